/**
 * What a figure kind draws. Each kind is one folder under ./kinds/: its schema.ts says what its
 * records take in content/data/figures.yaml (./kind-schema.ts), its index.ts how to draw one record
 * as a scene (KindScene) and which places it is about. ./registry.ts lists the kinds' index.ts,
 * ./schemas.ts their schema.ts; no other file names one. Adding a kind: copy a folder, change it,
 * add it to both lists.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { z } from 'astro/zod';
import type { DataRecords } from '../data/records';
import type { Card } from '../charts/cards';
import type { Milestone } from '../data/schemas';
import type { LegendItem } from '../map/legend';
import type { FigureTable } from './table';

/** One milestone as the timeline prints it. */
export interface TimelineEntry {
  id: string;
  /** Machine-readable date for <time datetime>: "2024", "2026-03" or "2022-07-23". */
  datetime: string;
  /** The date as the source allows it to be printed, inferred parts marked: "2025年秋*". */
  date: string;
  /** The date split for a narrow date column: the date and a bracketed note after it, "（企业预计）" (or ""). */
  dateMain: string;
  dateNote: string;
  kind: Milestone['kind'];
  /** The tag a target carries before its title, in the data's language ("目标", "Target"). */
  tag?: string;
  title: string;
  description: string;
  source: string;
}

/** A viewBox size in SVG units. */
export interface Size {
  width: number;
  height: number;
}

/** The style sheets of figure graphics (src/styles/): maps, the charts, and the general charts' extras. */
export type GraphicStyle = 'maps' | 'charts' | 'general-charts';

/** One SVG of a panel: the component that draws it, its props, and the size of its viewBox. */
export interface Drawing {
  component: AstroComponentFactory;
  props: Record<string, unknown>;
  size: Size;
  /** Which chart size it is drawn for ("wide", "narrow"), where a chart is drawn twice. */
  variant?: string;
  /** The widest it is shown, in CSS px, where its style sheet lets it grow past its viewBox width (a map: maps.css). */
  maxWidth?: number;
}

/** One SVG panel of a figure: a county map, a chart. */
export interface Panel {
  /** Heading over the panel (the two maps of a compare map). */
  heading?: string;
  /** Its drawings, the wide one first (the one downloads and print use); two where a phone gets its own. */
  drawings: Drawing[];
  /** The widest it is ever drawn, in CSS px, where its style sheet caps it (the compute chart's waffle). */
  maxWidth?: number;
  /** The container width, CSS px, from which its wide drawing shows, where not BREAKPOINT.wideChart (a map's: maps.css). */
  wideFrom?: number;
}

/**
 * A figure drawn, as its kind describes it: everything any output needs, computed once. The page
 * graphic, embed, data table, CSV and spreadsheet, the embed's starting height and the SVG/PNG
 * downloads are all made from it (see ./scene.ts).
 */
export interface KindScene {
  /** The component that lays the scene out on a page and in an embed (it receives `scene`). */
  graphic: AstroComponentFactory;
  /** The graphic style sheets the figure needs (src/styles/<name>.css). */
  styles: readonly GraphicStyle[];
  /** The class of the chart's wrapper on the page ("chart-bars"), for charts. */
  chartClass?: string;
  /** The key above a map: swatches and labels. */
  legend: LegendItem[];
  panels: Panel[];
  /** Number cards (HTML), with the accessible name of their list. */
  cards: Card[];
  cardsLabel: string;
  /** Timeline entries (HTML). */
  timeline: TimelineEntry[];
  /** One row per mark drawn, each citing its source: the data table, CSV and spreadsheet. */
  table: FigureTable;
  /** The county or zone whose page the figure belongs to (generated place figures), if any. */
  place?: string;
}

/** What a figure's graphic is made of, for the outputs that lay it out themselves (standalone SVG, embed height). */
export type GraphicParts = Pick<KindScene, 'legend' | 'panels' | 'cards' | 'timeline'>;

/** What a kind's index.ts says about drawing its records (see defineKind). */
export interface DrawingSpec<KindRecord> {
  /** The scene of one figure of this kind. */
  scene(figure: KindRecord, data: DataRecords): KindScene;
  /**
   * The places (county adcodes, zone ids) the figure carries data about, so their pages link to it
   * and stories that show it list them. A county drawn only as background does not count.
   */
  places(figure: KindRecord, data: DataRecords): string[];
  /**
   * Figures of this kind the site makes from data rather than figures.yaml (the place pages'
   * maps and charts), as records of its schema; they are validated like those of figures.yaml.
   */
  generate?(data: DataRecords): Record<string, unknown>[];
}

/** A figure kind: its schema (its folder's schema.ts) and how it draws a record of it. */
export function defineKind<const Schema extends { name: string; schema: z.ZodType }>(kind: Schema, drawing: DrawingSpec<z.infer<Schema['schema']>>) {
  return { ...kind, ...drawing };
}
