/**
 * Number cards laid out: their height on a page at a width, as charts.css and Cards.astro lay them
 * out (for the embed's starting height, src/lib/embed/height.ts), and their drawing in a still
 * image (the standalone SVG, the gallery thumbnail). Both read the cards from the scene.
 */
import { GAP, round, STYLE, textBlock, type Block } from '../image';
import { BREAKPOINT, LAYOUT, px, REM } from '../layout';
import { PAGE_TEXT, textHeight, type PageText } from '../page-text';
import { lineUnits } from '../linebreak';
import { textWidth, type FontWeight } from '../text';
import { balancedColumns, hasWords, type Card } from './cards';

/** The gap between a card's values side by side, px (charts.css .chart-card-values: 1rem). */
const VALUES_GAP = REM;
/** The narrowest a figure is laid out: a 320 px phone less the page's margins (./sizes.ts, NARROW). */
const NARROWEST = 288;

const L = LAYOUT;
/** Container widths where charts.css switches the cards' layout. */
const WIDE_CHART = BREAKPOINT.wideChart * REM;
const FOUR_CARDS = BREAKPOINT.fourCards * REM;

/**
 * Whether `text` holds a unit no line may break (lineUnits(): a word such as "supercomputing", a
 * number with its unit, a name kept whole such as 高性能智算中心) wider than `room` at `size`.
 */
function tooWide(text: string | undefined, room: number, size: number, weight: FontWeight): boolean {
  return text !== undefined && lineUnits(text).some((unit) => textWidth(unit.trim(), size, weight) > room);
}

/**
 * One card on the page: on a phone two columns (an odd last card takes the whole row), compact
 * padding, the number sized by the figure's width; from 34rem balanced rows of up to three, from
 * 50rem four. The tag sits on the meta line, so it adds no line of its own.
 */
function cardHeight(card: Card, width: number, wide: boolean): number {
  const lineHeight = wide ? L.cardLineWide.value : L.cardLine.value;
  const border = 2 * px(L.cardBorder);
  const inner = width - 2 * px(wide ? L.cardPadXWide : L.cardPadX) - border;
  const style = (size: number, weight = 400): PageText => ({ size, line: size * lineHeight, weight });
  let height = 2 * px(wide ? L.cardPadYWide : L.cardPadY) + border;
  if (card.values.length > 0) {
    const fluid = L.cardNumberFluid.value / 100;
    const number = wide ? px(L.cardNumberWide) : Math.min(px(L.cardNumberMax), Math.max(px(L.cardNumberMin), fluid * width));
    // A value in words may wrap (charts.css): as many lines as it takes at the number's size in its column.
    const column = (inner - VALUES_GAP * (card.values.length - 1)) / card.values.length;
    const figure = card.values.some(hasWords)
      ? Math.max(...card.values.map((value) => textHeight(value.text, style(number, 700), column) / lineHeight * L.cardNumberLine.value))
      : number * L.cardNumberLine.value;
    height += figure + (card.values.some((value) => value.when) ? PAGE_TEXT.cardWhen.line : 0);
  }
  height += px(L.cardLabelGap) + textHeight(card.label, style(px(L.cardLabelSize), 700), inner) + textHeight(`${card.tag ?? ''}${card.meta}`, style(px(L.cardMetaSize)), inner);
  if (card.note) height += px(L.cardNoteGap) + textHeight(card.note, PAGE_TEXT.cardNote, inner);
  return height;
}

/**
 * How many columns the cards take on a phone: two, or one where a word of a label or value
 * (English: "supercomputing") is wider than a card of two columns holds at the narrowest phone, so
 * no word is cut. Cards.astro writes 1 as data-cols-phone (charts.css).
 */
export function phoneColumns(cards: readonly Card[]): 1 | 2 {
  const border = 2 * px(L.cardBorder);
  const inner = (NARROWEST - px(L.cardsGap)) / 2 - 2 * px(L.cardPadX) - border;
  const size = px(L.cardLabelSize);
  return cards.some((card) => tooWide(card.label, inner, size, 700)
    || card.values.some((value) => tooWide(`${value.before} ${value.after}`, (inner - VALUES_GAP * (card.values.length - 1)) / card.values.length, size, 700)))
    ? 1 : 2;
}

/**
 * Height in px of cards `width` px wide on a page, laid out by the width of the chart they are in
 * (their container: wider than they are where they stand beside a drawing, the waffle, and there
 * in two columns: charts.css .chart-compute-grid).
 */
export function cardsPageHeight(cards: Card[], width: number, container = width): number {
  const wide = container >= WIDE_CHART;
  const beside = container > width;
  const columns = !wide ? phoneColumns(cards) : beside ? 2 : balancedColumns(cards.length, container >= FOUR_CARDS ? 4 : 3);
  const gap = px(wide ? L.cardsGapWide : L.cardsGap);
  const cardWidth = (width - gap * (columns - 1)) / columns;
  let height = 0;
  for (let row = 0; row < cards.length; row += columns) {
    const inRow = cards.slice(row, row + columns);
    // In two columns a lone last card spans the row.
    const rowWidth = columns === 2 && inRow.length === 1 ? width : cardWidth;
    height += Math.max(...inRow.map((card) => cardHeight(card, rowWidth, wide))) + (row > 0 ? gap : 0);
  }
  return height;
}

/** One card in an image: a rule on top, its tag, the value(s) set large with their dates, label, meta, note. */
function cardImage(card: Card, x: number, top: number, width: number): Block {
  const pieces = [`<rect class="dl-card-rule" x="${round(x)}" y="${round(top)}" width="${round(width)}" height="2"/>`];
  let h = 10;
  if (card.tag) {
    pieces.push(`<rect class="${card.kind === 'target' ? 'dl-tag-box dl-tag-box-target' : 'dl-tag-box'}" x="${round(x + 0.5)}" y="${round(top + h + 0.5)}" width="${round(textWidth(card.tag, STYLE.tag.size) + 10)}" height="${STYLE.tag.line - 1}" rx="3"/>`);
    pieces.push(textBlock(card.tag, STYLE.tag, x + 5, top + h, width).markup);
    h += STYLE.tag.line + 4;
  }
  if (card.values.length > 0) {
    const columnWidth = (width - GAP * (card.values.length - 1)) / card.values.length;
    const heights = card.values.map((value, index) => {
      const at = x + index * (columnWidth + GAP);
      const figure = textBlock(value.text, STYLE.value, at, top + h, columnWidth);
      const when = value.when ? textBlock(value.when, STYLE.when, at, top + h + figure.height, columnWidth) : { markup: '', height: 0 };
      pieces.push(figure.markup, when.markup);
      return figure.height + when.height;
    });
    h += Math.max(...heights);
  }
  for (const [text, style] of [[card.label, STYLE.label], [card.meta, STYLE.meta], [card.note, STYLE.cardNote]] as const) {
    if (!text) continue;
    const block = textBlock(text, style, x, top + h, width);
    pieces.push(block.markup);
    h += block.height;
  }
  return { markup: pieces.join(''), height: h + 14 };
}

/**
 * Whether cards fit an image's two columns across `inner` units: no unit a line cannot break (a
 * word, a number with its unit, a name kept whole) wider than its line, at the image's type sizes.
 */
export function cardsImageFit(cards: readonly Card[], inner: number): boolean {
  const width = (inner - GAP) / 2;
  const fits = (text: string | undefined, style: { size: number; weight: FontWeight }, room: number) => !tooWide(text, room, style.size, style.weight);
  return cards.every((card) => {
    const column = (width - GAP * (card.values.length - 1)) / Math.max(1, card.values.length);
    return card.values.every((value) => fits(value.text, STYLE.value, column) && fits(value.when, STYLE.when, column))
      && fits(card.label, STYLE.label, width) && fits(card.meta, STYLE.meta, width) && fits(card.note, STYLE.cardNote, width);
  });
}

/**
 * Cards in an image, in two columns, row by row, from `x` across `inner` units; with
 * `maxHeight`, only the rows that end within it (the thumbnail's).
 */
export function cardsImage(cards: Card[], top: number, x: number, inner: number, maxHeight = Infinity): Block {
  const columns = 2;
  const width = (inner - GAP * (columns - 1)) / columns;
  const parts: string[] = [];
  let y = top;
  for (let row = 0; row < cards.length; row += columns) {
    const blocks = cards.slice(row, row + columns).map((card, index) => cardImage(card, x + index * (width + GAP), y, width));
    const height = Math.max(...blocks.map((block) => block.height));
    if (row > 0 && y + height - top > maxHeight) break;
    parts.push(...blocks.map((block) => block.markup));
    y += height;
  }
  return { markup: parts.join(''), height: y - top };
}
