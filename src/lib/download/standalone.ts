/**
 * The standalone SVG of a figure, for download and as the source of its PNG: headline, dek, the
 * graphic (its panels and legend, or cards for HTML graphics), notes, the source line and the
 * site's name, all as SVG, in the light theme with literal colours, 640 units wide.
 */
import type { DownloadCard, GraphicParts, LegendEntry } from './graphic';
import { viewBoxOf } from './xml';
import { escapeMarkup } from '../escape';
import { textWidth, wrapText } from '../text';

/** Width of the standalone SVG in its own units; the PNG is PNG_SCALE times larger. */
export const STANDALONE_WIDTH = 640;
/** How much larger than the SVG's own size the PNG is drawn (2×: 1,280 px wide, sharp on phones). */
export const PNG_SCALE = 2;
const PAD = 24;
/** Width available to the graphic inside the margins. */
export const STANDALONE_INNER = STANDALONE_WIDTH - 2 * PAD;
const INNER = STANDALONE_INNER;

/** Literal light-theme colours and the font stack for the parts this file draws itself. */
export interface Palette {
  paper: string;
  ink: string;
  ink2: string;
  muted: string;
  rule: string;
  font: string;
}

export interface DownloadTexts {
  title: string;
  dek: string;
  notes: string[];
  /** The full source line: "来源：…". */
  source: string;
  /** Site name and address: "嘉兴集群观察 · https://…". */
  credit: string;
}

/** Text styles: font size, line height, class. */
const STYLE = {
  title: { size: 22, line: 30, cls: 'dl-title' },
  dek: { size: 15, line: 22, cls: 'dl-dek' },
  heading: { size: 15, line: 22, cls: 'dl-heading' },
  legend: { size: 13, line: 22, cls: 'dl-legend' },
  value: { size: 26, line: 34, cls: 'dl-value' },
  label: { size: 13.5, line: 20, cls: 'dl-label' },
  tag: { size: 11.5, line: 18, cls: 'dl-tag' },
  meta: { size: 12, line: 18, cls: 'dl-meta' },
  note: { size: 13, line: 20, cls: 'dl-note' },
  source: { size: 12, line: 18, cls: 'dl-source' },
  credit: { size: 12, line: 18, cls: 'dl-credit' },
} as const;
type Style = (typeof STYLE)[keyof typeof STYLE];

const round = (n: number) => Math.round(n * 10) / 10;

/** Lines of text from `top`, wrapped to `width`; returns the markup and the height used. */
function textBlock(text: string, style: Style, x: number, top: number, width: number): { markup: string; height: number } {
  const lines = wrapText(text, width, style.size);
  const markup = lines.map((line, index) => {
    const baseline = top + index * style.line + (style.line - style.size) / 2 + style.size * 0.88;
    return `<text class="${style.cls}" x="${round(x)}" y="${round(baseline)}">${escapeMarkup(line)}</text>`;
  }).join('');
  return { markup, height: lines.length * style.line };
}

/** An SVG placed at a box: its own position and size replaced, overflow visible as on the page. */
function placeSvg(svg: string, x: number, y: number, width: number, height: number): string {
  const start = svg.match(/^<svg\b[^>]*>/)![0];
  const kept = start
    .replace(/\s(?:x|y|width|height|overflow)="[^"]*"/g, '')
    .replace(/^<svg/, `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" overflow="visible"`);
  return kept + svg.slice(start.length);
}

function legendBlock(entries: LegendEntry[], top: number): { markup: string; height: number } {
  const style = STYLE.legend;
  const swatchHeight = 14;
  let x = PAD;
  let y = top;
  const parts: string[] = [];
  for (const entry of entries) {
    const [, , vw, vh] = viewBoxOf(entry.swatch, `legend swatch "${entry.label}"`);
    const swatchWidth = Math.min(24, (swatchHeight * vw) / vh);
    const width = swatchWidth + 6 + textWidth(entry.label, style.size);
    if (x > PAD && x + width > PAD + INNER) {
      x = PAD;
      y += style.line;
    }
    parts.push(placeSvg(entry.swatch, x, y + (style.line - swatchHeight) / 2, swatchWidth, swatchHeight));
    parts.push(`<text class="${style.cls}" x="${round(x + swatchWidth + 6)}" y="${round(y + (style.line - style.size) / 2 + style.size * 0.88)}">${escapeMarkup(entry.label)}</text>`);
    x += width + 16;
  }
  return { markup: parts.join(''), height: entries.length > 0 ? y - top + style.line : 0 };
}

function cardsBlock(cards: DownloadCard[], top: number): { markup: string; height: number } {
  const columns = 2;
  const gap = 16;
  const width = (INNER - gap * (columns - 1)) / columns;
  const parts: string[] = [];
  let y = top;
  for (let row = 0; row < cards.length; row += columns) {
    let rowHeight = 0;
    cards.slice(row, row + columns).forEach((card, index) => {
      const x = PAD + index * (width + gap);
      const pieces = [`<rect class="dl-card-rule" x="${round(x)}" y="${round(y)}" width="${round(width)}" height="2"/>`];
      let h = 10;
      if (card.tag) {
        const tagWidth = textWidth(card.tag, STYLE.tag.size) + 10;
        pieces.push(`<rect class="dl-tag-box" x="${round(x + 0.5)}" y="${round(y + h + 0.5)}" width="${round(tagWidth)}" height="${STYLE.tag.line - 1}" rx="3"/>`);
        pieces.push(textBlock(card.tag, STYLE.tag, x + 5, y + h, width).markup);
        h += STYLE.tag.line + 4;
      }
      for (const [text, style] of [[card.value, STYLE.value], [card.label, STYLE.label], [card.meta, STYLE.meta]] as const) {
        if (!text) continue;
        const block = textBlock(text, style, x, y + h, width);
        pieces.push(block.markup);
        h += block.height;
      }
      parts.push(...pieces);
      rowHeight = Math.max(rowHeight, h + 14);
    });
    y += rowHeight;
  }
  return { markup: parts.join(''), height: y - top };
}

/** The <style> rules for the parts drawn here (header, legend labels, cards, footer). */
function ownStyles(p: Palette): string {
  return [
    `.dl-root{font-family:"Noto Sans SC",${p.font};color:${p.ink}}`,
    `.dl-paper{fill:${p.paper}}`,
    `.dl-title{font-size:${STYLE.title.size}px;font-weight:700;fill:${p.ink}}`,
    `.dl-dek{font-size:${STYLE.dek.size}px;fill:${p.ink2}}`,
    `.dl-heading{font-size:${STYLE.heading.size}px;font-weight:700;fill:${p.ink}}`,
    `.dl-legend{font-size:${STYLE.legend.size}px;fill:${p.ink2}}`,
    `.dl-value{font-size:${STYLE.value.size}px;font-weight:700;fill:${p.ink}}`,
    `.dl-label{font-size:${STYLE.label.size}px;fill:${p.ink}}`,
    `.dl-meta{font-size:${STYLE.meta.size}px;fill:${p.muted}}`,
    `.dl-note{font-size:${STYLE.note.size}px;fill:${p.muted}}`,
    `.dl-source{font-size:${STYLE.source.size}px;fill:${p.muted}}`,
    `.dl-credit{font-size:${STYLE.credit.size}px;font-weight:700;fill:${p.ink2}}`,
    `.dl-tag{font-size:${STYLE.tag.size}px;fill:${p.ink2}}`,
    `.dl-tag-box{fill:none;stroke:${p.muted};stroke-width:1}`,
    `.dl-card-rule{fill:${p.ink}}`,
    `.dl-rule{fill:${p.rule}}`,
  ].join('\n');
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The standalone SVG document. The graphic's SVGs in `parts` carry their styles already
 * (inlineStyles()); `palette` colours what is drawn here. Width is fixed; height follows the
 * content, rounded up to whole units.
 */
export function standaloneSvg(id: string, texts: DownloadTexts, parts: GraphicParts, palette: Palette): StandaloneSvg {
  const body: string[] = [];
  let y = PAD;
  const add = (block: { markup: string; height: number }, gapAfter: number) => {
    body.push(block.markup);
    y += block.height + (block.height > 0 ? gapAfter : 0);
  };
  add(textBlock(texts.title, STYLE.title, PAD, y, INNER), 4);
  add(textBlock(texts.dek, STYLE.dek, PAD, y, INNER), 14);
  add(legendBlock(parts.legend, y), 10);

  if (parts.panels.length > 0) {
    const gap = 16;
    const count = parts.panels.length;
    const width = (INNER - gap * (count - 1)) / count;
    const headed = parts.panels.some((panel) => panel.heading);
    const headings = parts.panels.map((panel) => (panel.heading ? wrapText(panel.heading, width, STYLE.heading.size).length : 0));
    const headingHeight = headed ? Math.max(...headings) * STYLE.heading.line + 4 : 0;
    let rowHeight = 0;
    parts.panels.forEach((panel, index) => {
      const x = PAD + index * (width + gap);
      if (panel.heading) body.push(textBlock(panel.heading, STYLE.heading, x, y, width).markup);
      // Never drawn larger than its own viewBox: its text sizes are set for that size or smaller.
      const [, , vw, vh] = viewBoxOf(panel.svg, `figure "${id}" panel ${index + 1}`);
      const drawn = Math.min(width, vw);
      const height = (drawn * vh) / vw;
      body.push(placeSvg(panel.svg, x, y + headingHeight, drawn, height));
      rowHeight = Math.max(rowHeight, headingHeight + height);
    });
    y += rowHeight + 14;
  }
  if (parts.cards.length > 0) add(cardsBlock(parts.cards, y), 6);
  if (parts.panels.length === 0 && parts.cards.length === 0) {
    throw new Error(`figure "${id}": its graphic has neither an SVG nor cards to draw`);
  }

  for (const note of texts.notes) add(textBlock(`注：${note}`, STYLE.note, PAD, y, INNER), 2);
  y += 8;
  body.push(`<rect class="dl-rule" x="${PAD}" y="${round(y)}" width="${INNER}" height="1"/>`);
  y += 9;
  add(textBlock(texts.source, STYLE.source, PAD, y, INNER), 2);
  add(textBlock(texts.credit, STYLE.credit, PAD, y, INNER), 0);
  const height = Math.ceil(y + PAD - 4);
  const width = STANDALONE_WIDTH;

  const xlink = body.some((part) => part.includes('xlink:')) ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '';
  const css = ownStyles(palette).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg"${xlink} version="1.1" class="dl-root" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="zh-CN" role="img" aria-labelledby="${id}-dl-title ${id}-dl-desc">\n`
    + `<title id="${id}-dl-title">${escapeMarkup(texts.title)}</title>\n<desc id="${id}-dl-desc">${escapeMarkup(`${texts.dek} ${texts.source}`)}</desc>\n`
    + `<style>\n${css}\n</style>\n`
    + `<rect class="dl-paper" width="${width}" height="${height}"/>\n`
    + body.filter(Boolean).join('\n')
    + '\n</svg>\n';
  return { svg, width, height };
}
