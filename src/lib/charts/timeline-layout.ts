/**
 * Timeline entries laid out: their height on a page at a width, as charts.css lays the timeline
 * out (for the embed's starting height, src/lib/embed/height.ts), and their drawing in a still
 * image (the standalone SVG, the gallery thumbnail). Both read the entries from the scene.
 */
import { escapeMarkup } from '../escape';
import type { TimelineEntry } from '../figures/kind';
import { baseline, round, STYLE, textBlock, type Block } from '../image';
import { BREAKPOINT, LAYOUT, px, REM } from '../layout';
import { PAGE_TEXT, textHeight } from '../page-text';
import { textWidth } from '../text';
import { wordingOf } from '../wording';

const L = LAYOUT;
/** The least width of the image's date column, in image units. */
const DATE_COLUMN = 112;

/** The tag before an entry's title: its own (in its data's language), else 目标 for a target (Chinese entries made by hand); none for an event. */
export function entryTag(entry: Pick<TimelineEntry, 'kind' | 'tag'>): string | undefined {
  return entry.tag ?? (entry.kind === 'target' ? wordingOf('zh').charts.kindTarget : undefined);
}
/** From this container width the dates stand in a column of their own (charts.css). */
const WIDE_CHART = BREAKPOINT.wideChart * REM;

/** Height in px of the timeline on a page whose graphic is `width` px wide. */
export function timelinePageHeight(entries: TimelineEntry[], width: number): number {
  const wide = width >= WIDE_CHART;
  const text = wide ? width - px(L.timelineDateWidth) - px(L.timelineColumnGap) : width - px(L.timelineIndent);
  return entries.reduce((sum, entry) => sum
    + (wide ? 0 : PAGE_TEXT.timeline.line)
    + textHeight(entryTag(entry) ? `${entryTag(entry)} ${entry.title}` : entry.title, PAGE_TEXT.timeline, text)
    + textHeight(entry.description, PAGE_TEXT.timelineDesc, text)
    + px(L.timelineGap), 0);
}

/**
 * The timeline in an image: dates in a left column, a rule with a dot per entry (hollow for
 * targets), then the text, from `x` across `inner` units; with `maxHeight`, only the entries that
 * end within it.
 */
export function timelineImage(entries: TimelineEntry[], top: number, x: number, inner: number, maxHeight = Infinity): Block {
  // The date column: 112 units, wider where a date needs it (English "1 September 2022"), up to three tenths of the width.
  const widest = Math.max(0, ...entries.flatMap((entry) => [textWidth(entry.dateMain, STYLE.date.size, STYLE.date.weight), textWidth(entry.dateNote, STYLE.meta.size, STYLE.meta.weight)]));
  const dateWidth = Math.min(Math.max(DATE_COLUMN, Math.ceil(widest)), Math.round(inner * 0.3));
  const ruleX = x + dateWidth + 12;
  const textX = ruleX + 16;
  const textWidthAvail = x + inner - textX;
  const parts: string[] = [];
  const dots: number[] = [];
  let y = top;
  for (const entry of entries) {
    const drawn = parts.length;
    parts.push(`<text class="${STYLE.date.cls}" x="${x + dateWidth}" y="${baseline(y, STYLE.date)}" text-anchor="end">${escapeMarkup(entry.dateMain)}</text>`);
    // A date's bracketed note ("（企业预计）") goes on a line of its own under it, as on the page.
    if (entry.dateNote) parts.push(`<text class="${STYLE.meta.cls}" x="${x + dateWidth}" y="${baseline(y + STYLE.date.line, STYLE.meta)}" text-anchor="end">${escapeMarkup(entry.dateNote)}</text>`);
    const dateHeight = STYLE.date.line + (entry.dateNote ? STYLE.meta.line : 0);
    dots.push(y + STYLE.date.line / 2);
    parts.push(`<circle class="${entry.kind === 'target' ? 'dl-dot dl-dot-target' : 'dl-dot'}" cx="${ruleX}" cy="${round(y + STYLE.date.line / 2)}" r="5"/>`);
    let h = 0;
    let titleX = textX;
    const tag = entryTag(entry);
    if (tag) {
      parts.push(`<rect class="dl-tag-box dl-tag-box-target" x="${textX + 0.5}" y="${round(y + 2.5)}" width="${round(textWidth(tag, STYLE.tag.size) + 10)}" height="${STYLE.tag.line - 1}" rx="3"/>`);
      parts.push(textBlock(tag, STYLE.tag, textX + 5, y + 2, textWidthAvail).markup);
      titleX = textX + textWidth(tag, STYLE.tag.size) + 16;
    }
    const title = textBlock(entry.title, STYLE.event, titleX, y, x + inner - titleX);
    parts.push(title.markup);
    h += title.height;
    const desc = textBlock(entry.description, STYLE.desc, textX, y + h, textWidthAvail);
    parts.push(desc.markup);
    h += desc.height;
    if (dots.length > 1 && y + Math.max(h, dateHeight) - top > maxHeight) {
      parts.length = drawn;
      dots.pop();
      break;
    }
    y += Math.max(h, dateHeight) + 14;
  }
  const rule = dots.length > 1 ? `<rect class="dl-rule" x="${ruleX - 1}" y="${round(dots[0]!)}" width="2" height="${round(dots.at(-1)! - dots[0]!)}"/>` : '';
  return { markup: rule + parts.join(''), height: entries.length > 0 ? y - top - 14 : 0 };
}
