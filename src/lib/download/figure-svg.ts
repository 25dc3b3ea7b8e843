/**
 * One figure's standalone SVG from what its embed page shows: the graphic's HTML (the inside of
 * the frame's [data-figure-graphic] box) and the page's CSS, plus the figure's data table for
 * the source line and for graphics that are HTML rather than SVG.
 */
import type { Figure, Source } from '../data/schemas';
import type { FigureTable } from '../figures/table';
import { parseCss, resolveValue, rootVariables } from './css';
import { inlineStyles } from './cascade';
import { graphicParts } from './graphic';
import { STANDALONE_INNER, standaloneSvg, type Palette, type StandaloneSvg } from './standalone';
import { downloadTexts } from './texts';

/** The light-theme colours and font stack of the site, read from its CSS variables. */
export function lightPalette(css: string): Palette {
  const variables = rootVariables(parseCss(css));
  const get = (name: string) => resolveValue(`var(${name})`, variables, `palette ${name}`);
  return { paper: get('--paper'), ink: get('--ink'), ink2: get('--ink-2'), muted: get('--muted'), rule: get('--rule'), font: get('--font-sans') };
}

/** A palette for measuring only (the gallery needs the image's size, not its colours). */
export const MEASURE_PALETTE: Palette = { paper: '#fff', ink: '#000', ink2: '#000', muted: '#000', rule: '#000', font: 'sans-serif' };

export interface FigureSvgInput {
  figure: Figure;
  table: FigureTable;
  sources: Map<string, Source>;
  /** Absolute site root (siteRoot()), printed in the credit line. */
  siteRoot: string;
  /** Inner HTML of the figure's graphic box. */
  graphicHtml: string;
  /** Start tags of the page elements around the graphic box's content, outermost first. */
  ancestors?: string[];
  /** Every style sheet the page uses, concatenated; omit to measure only. */
  css?: string;
}

/** The figure's standalone SVG, or (without css) its layout with placeholder colours, to measure. */
export function figureSvg({ figure, table, sources, siteRoot, graphicHtml, ancestors = [], css }: FigureSvgInput): StandaloneSvg {
  const parts = graphicParts(graphicHtml, table, STANDALONE_INNER, ancestors);
  const texts = downloadTexts(figure, table, sources, siteRoot);
  if (css === undefined) return standaloneSvg(figure.id, texts, parts, MEASURE_PALETTE);
  const styled = {
    ...parts,
    panels: parts.panels.map((panel) => ({ ...panel, svg: inlineStyles(panel.svg, css, panel.ancestors) })),
    legend: parts.legend.map((entry) => ({ ...entry, swatch: inlineStyles(entry.swatch, css, entry.ancestors) })),
  };
  return standaloneSvg(figure.id, texts, styled, lightPalette(css));
}
