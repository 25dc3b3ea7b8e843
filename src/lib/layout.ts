/**
 * The layout numbers: type sizes, line heights, paddings and gaps of the figure frame
 * (title, dek, notes, source line, links), the embed page, legends, map headings, key-figure
 * cards and timeline entries, a story's head on a phone, and the widths where a layout switches. The
 * style sheets read them as CSS custom properties (--figure-title-size and so on), generated
 * into src/styles/tokens.css with the theme's colours (themeCss() in src/lib/theme.ts), and the
 * embed height estimate (src/lib/embed/height.ts) reads them here, so a padding changed here
 * moves the page and the estimate together. A sheet's small details (rules, borders) stay in that sheet.
 */

/** CSS px in a rem: the browsers' default root font size, which the site keeps. */
export const REM = 16;

/** The units a layout number is written in; '' is a plain number (a line height). */
export type Unit = 'rem' | 'em' | 'px' | 'cqi' | '';

/** A layout number and its CSS unit. */
export interface Length {
  readonly value: number;
  readonly unit: Unit;
}

const rem = (value: number): Length => ({ value, unit: 'rem' });
const em = (value: number): Length => ({ value, unit: 'em' });
const cssPx = (value: number): Length => ({ value, unit: 'px' });
const cqi = (value: number): Length => ({ value, unit: 'cqi' });
/** A line height, as a multiple of the font size. */
const ratio = (value: number): Length => ({ value, unit: '' });

/**
 * Every layout number, by name; the custom property is the name in kebab case
 * (figureTitleSize → --figure-title-size). The comment on each group names the sheet reading it.
 */
export const LAYOUT = {
  // global.css: body text, which the links, the data summary and timeline entries inherit.
  bodySize: rem(1.0625),
  bodyLine: ratio(1.8),

  // figure.css: the figure frame, top to bottom.
  figureTitleSize: rem(1.15),
  figureTitleLine: ratio(1.4),
  /** Space above the dek, under the title. */
  figureDekGap: rem(0.25),
  figureDekSize: rem(0.95),
  figureDekLine: ratio(1.6),
  /** Space under the head (title and dek), above the graphic. */
  figureHeadGap: rem(0.75),
  /** Space above the notes, under the graphic. */
  figureNotesGap: rem(0.75),
  figureNotesSize: rem(0.85),
  figureNotesLine: ratio(1.6),
  /** Space above the data table's summary ("数据"). */
  figureDataGap: rem(0.75),
  figureDataSize: rem(0.9),
  figureSourceGap: rem(0.5),
  figureSourceSize: rem(0.8),
  figureSourceLine: ratio(1.6),
  /** Space above the links line ("嵌入 / 下载"). */
  figureLinksGap: rem(0.25),
  figureLinksSize: rem(0.85),

  // embed.css: the embed page's padding around the figure.
  embedPad: rem(0.75),

  // maps.css and charts.css: the graphic.
  /** Between the parts of a graphic: stacked or side-by-side panels, cards under a panel. */
  graphicGap: rem(1),
  /** The widest a waffle is drawn, and its column beside its cards. */
  waffleMax: rem(16),
  legendSize: rem(0.85),
  legendLine: ratio(1.5),
  /** Space under the legend, above the panels. */
  legendGap: rem(0.5),
  /** Between legend entries on a row. */
  legendItemGap: rem(1),
  /** Between a swatch and its label. */
  legendSwatchGap: rem(0.4),
  /** A swatch's width, in the legend's font size. */
  legendSwatchWidth: em(1.5),
  mapHeadingSize: rem(0.95),
  mapHeadingLine: ratio(1.5),
  /** Space under a map's heading. */
  mapHeadingGap: rem(0.25),

  // charts.css: key-figure cards, phone layout then (…Wide) from BREAKPOINT.wideChart.
  cardsGap: rem(0.5),
  cardsGapWide: rem(0.75),
  cardBorder: cssPx(1),
  cardPadY: rem(0.5),
  cardPadX: rem(0.6),
  cardPadYWide: rem(0.75),
  cardPadXWide: rem(0.85),
  cardLine: ratio(1.45),
  cardLineWide: ratio(1.5),
  /** On a phone a card's number follows the figure's width between a smallest and a largest size. */
  cardNumberMin: rem(1.15),
  cardNumberFluid: cqi(6.5),
  cardNumberMax: rem(1.5),
  cardNumberWide: rem(1.75),
  cardNumberLine: ratio(1.25),
  cardWhenSize: rem(0.8),
  /** Space above a card's label. */
  cardLabelGap: rem(0.15),
  cardLabelSize: rem(0.9),
  cardMetaSize: rem(0.8),
  /** Space above a card's note. */
  cardNoteGap: rem(0.35),
  cardNoteSize: rem(0.85),
  tagSize: rem(0.75),
  tagLine: ratio(1.4),

  // charts.css: timeline entries (at body size), then (wide) the date column beside the text.
  timelineLine: ratio(1.55),
  /** The text's indent from the rule on a phone. */
  timelineIndent: rem(1.75),
  /** Space under each entry. */
  timelineGap: rem(1.1),
  timelineDescSize: rem(0.9),
  timelineDateWidth: rem(8.5),
  timelineColumnGap: rem(2.5),

  // story.css: a story's head on a phone (below BREAKPOINT.phone), set tight so that the lead
  // figure's drawing is on the first screen of a 390 × 844 phone (tests/browser/first-screen.test.ts).
  storyTitleSizePhone: rem(1.35),
  storyTitleLinePhone: ratio(1.25),
  /** Space above the title, under the masthead. */
  storyTitleGapPhone: rem(0.75),
  storyDekSizePhone: rem(1),
  storyDekLinePhone: ratio(1.55),
  keyPointsSizePhone: rem(0.9375),
  keyPointsLinePhone: ratio(1.45),
  keyPointsPadYPhone: rem(0.5),
  keyPointsPadXPhone: rem(0.75),
  /** Space above the lead figure, under the dek (the 要点 box follows the figure). */
  leadFigureGapPhone: rem(1),
  /** A figure's dek in a story on a phone (embeds keep figureDekSize: their height estimate reads it). */
  figureDekSizePhone: rem(0.9),
  figureDekLinePhone: ratio(1.5),
} as const satisfies Record<string, Length>;

export type LayoutName = keyof typeof LAYOUT;

/**
 * Container widths in rem where a figure's layout switches (charts.css @container, maps.css
 * @media). A condition cannot read a custom property, so the sheets write these as literals;
 * tests/lib/layout.test.ts fails when a sheet's condition differs from the number here.
 */
export const BREAKPOINT = {
  /** Charts switch to their wide drawing, cards to rows of up to three, the timeline to two columns. */
  wideChart: 34,
  /** Two panels (maps, the waffle and its cards) stand side by side. */
  sideBySide: 40,
  /** Cards go to rows of up to four. */
  fourCards: 50,
  /**
   * Below this a screen is a phone's (story.css, @media max-width): a story's head is set tight;
   * a figure's data table narrower than this scrolls in its own box (figure.css, @container).
   */
  phone: 30,
} as const;

/** A layout number in CSS px; only rem and px lengths have a size of their own. */
export function px(length: Length): number {
  if (length.unit === 'rem') return length.value * REM;
  if (length.unit === 'px') return length.value;
  throw new Error(`layout: ${length.value}${length.unit || ' (a plain number)'} has no size in px of its own`);
}

/** A layout number as CSS ("1.15rem", "1.4"). */
export function cssLength({ value, unit }: Length): string {
  return `${value}${unit}`;
}

/** The custom property's name of a layout number, without the leading "--". */
export function layoutProperty(name: LayoutName): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Every layout custom property (name without "--") and its CSS value, in LAYOUT's order. */
export function layoutProperties(): [string, string][] {
  return (Object.keys(LAYOUT) as LayoutName[]).map((name) => [layoutProperty(name), cssLength(LAYOUT[name])]);
}

const LAYOUT_VALUES: ReadonlyMap<string, string> = new Map(layoutProperties());

/**
 * CSS with every var(--<layout number>) replaced by the number itself ("1.15rem"). The style
 * sheets are written with the custom properties, so each number has one source; the build
 * (src/integrations/figure-downloads.ts) and the standalone downloads write the literal values,
 * so no page carries a block of properties that never change. Other var() calls stay.
 */
export function withLayoutValues(css: string): string {
  return css.replace(/var\(\s*--([\w-]+)\s*\)/g, (call, name: string) => LAYOUT_VALUES.get(name) ?? call);
}
