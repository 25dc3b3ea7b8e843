/**
 * What a figure kind is. Each kind is one folder under ./kinds/ whose index.ts exports a
 * FigureKind: the fields its records take in content/data/figures.yaml (a variant of the figure
 * schema), and how to draw one record as a scene (KindScene). ./registry.ts lists the kinds; no
 * other file names one. Adding a kind: copy a folder, change it, add it to the registry.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { z } from 'astro/zod';
import type { DataRecords } from '../data/records';
import { english } from '../data/schemas';
import type { Card } from '../charts/cards';
import type { Milestone } from '../data/schemas';
import type { LegendItem } from '../map/legend';
import type { FigureTable } from './table';

/** The fields every figure has, whatever its kind. */
export const figureBase = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case id with hyphens, such as "map-2022-tiers"'),
  /** Headline. */
  title: z.string().min(2),
  /** One-line standfirst saying what the figure shows. */
  dek: z.string().min(2),
  /** Notes printed under the graphic: what a target means, where sources disagree. */
  notes: z.array(z.string()).default([]),
  /** Slug of the story the figure belongs to (embeds link back to it). */
  story: z.string().optional(),
  /** Other stories that place the figure too (a story may place another story's figure only if listed here). */
  stories: z.array(z.string()).optional(),
  /** A draft figure has no figure page, embed page, downloads or gallery entry; no published story may place it. */
  draft: z.boolean().optional(),
  /** The English of its text fields (title, dek, notes and the kind's own `text` fields: src/lib/i18n/text-fields.ts). */
  en: english,
};

/** The text fields every figure has, for its English (src/lib/i18n/text-fields.ts): the paths and what each is. */
export const FIGURE_TEXT_FIELDS = {
  title: 'the headline in English', dek: 'the standfirst in English', 'notes.*': 'each note in English, in the order of the Chinese notes',
} as const;

/** "a bar-chart figure", "an output-chart figure": the kind's name with its article, for messages. */
export function aFigureOf(kind: string): string {
  return `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} figure`;
}

/** A field a kind cannot do without: when it is missing (or an empty list), the message says which kind needs it. */
export function needs<T extends z.ZodType>(kind: string, field: string, schema: T, hint = '') {
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) ctx.addIssue({ code: 'custom', message: `${aFigureOf(kind)} needs "${field}"${hint}` });
  }).pipe(schema);
}

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

/** The record of a figure of kind `Name` with the kind's own fields `Shape`, as validated. */
export type KindFigure<Name extends string, Shape extends z.ZodRawShape> =
  z.infer<z.ZodObject<typeof figureBase & { kind: z.ZodLiteral<Name> } & Shape>>;

/** What a kind module says about its kind (see defineKind). */
export interface KindSpec<Name extends string, Shape extends z.ZodRawShape> {
  /** The kind's name, as figures.yaml writes it in `kind:`. */
  name: Name;
  /** The fields the kind takes besides the common ones (figureBase); wrap required ones in needs(). */
  fields: Shape;
  /**
   * The kind's own text fields, whose English the record's `en:` block carries besides the title,
   * dek and notes: dotted paths as in src/lib/i18n/text-fields.ts ("groups.*.label") and what each is.
   */
  text?: Readonly<Record<string, string>>;
  /** Checks across fields, beyond what each field's schema says. */
  refine?: (figure: KindFigure<Name, Shape>, ctx: z.RefinementCtx) => void;
  /** The scene of one figure of this kind. */
  scene(figure: KindFigure<Name, Shape>, data: DataRecords): KindScene;
  /**
   * The places (county adcodes, zone ids) the figure carries data about, so their pages link to it
   * and stories that show it list them. A county drawn only as background does not count.
   */
  places(figure: KindFigure<Name, Shape>, data: DataRecords): string[];
  /**
   * Figures of this kind the site makes from data rather than figures.yaml (the place pages'
   * maps and charts), as records of its schema; they are validated like those of figures.yaml.
   */
  generate?(data: DataRecords): Record<string, unknown>[];
}

/**
 * A figure kind: its spec and its variant of the figure schema, strict so that a field that
 * belongs to another kind (a `plan:` on a bar chart) is an error naming the fields it does take.
 */
export function defineKind<const Name extends string, Shape extends z.ZodRawShape>(spec: KindSpec<Name, Shape>) {
  const known = ['id', 'kind', 'title', 'dek', 'notes', 'story', 'stories', 'draft', 'en', ...Object.keys(spec.fields)];
  const object = z.strictObject({ ...figureBase, kind: z.literal(spec.name), ...spec.fields }, {
    error: (issue) => issue.code === 'unrecognized_keys'
      ? `${aFigureOf(spec.name)} takes no ${issue.keys.map((key) => `"${key}"`).join(', ')}; its fields are: ${known.join(', ')}`
      : undefined,
  });
  const schema = spec.refine ? object.superRefine((figure, ctx) => spec.refine!(figure as KindFigure<Name, Shape>, ctx)) : object;
  return { ...spec, schema };
}
