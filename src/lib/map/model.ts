import type { MapTier } from '../tiers';
import { countyBase, wideBase, type CountyBase } from './base';
import { textWidth, wrapText } from '../text';
import { geoContains } from 'd3-geo';
import type { CountyFeature } from '../geo';
import { around, farther, labelBox, nearestOnBox, nudges, placeLabels, segmentHitsBox, type Box, type Candidate, type LabelRequest, type PlacedLabel, type Segment, type TextAnchor } from './labels';
import { labelPoint } from './label-point';
import { MAP_WIDTH } from './projection';
import { glyph, glyphBox, groupByPoint, spread, type MarkerShape } from './markers';
import { tipOf, titleOf } from './wording';
import { wordsOf } from './words';
import type { Lang } from '../i18n/lang';
import { plainText } from '../i18n/zh-marks';

/** A county's fill: a tier colour ("none" is hatched), the neutral base of a non-tier map, or the place a locator map shows. */
export type CountyFill = MapTier | 'base' | 'highlight';

/** Font size of every text on the map, in SVG units: 12–14 px on a map shown 288–332 px wide (see projection.ts). */
export const LABEL_SIZE = 13;
const LINE_HEIGHT = LABEL_SIZE * 1.2;
/** Size of a marker glyph, in SVG units. */
export const MARKER_SIZE = 11;
/** Distance between markers that share a point (stacked one above the other, each with its label). */
const MARKER_SPACING = 15;
/** Clear space kept around markers, so no label seems to belong to a marker it only touches. */
const MARKER_PAD = 2;
/** How far from its marker a label may go, with a leader line, when nothing beside it is clear. */
const LEADER_REACHES = [6, 12, 20, 30];
/** Beyond those, the farthest a label may go (on an 8-unit grid, nearest first). */
const LEADER_MAX = 160;

/**
 * A county to draw: its fill, its data-tier (if the map shows tiers) and its tooltip lines
 * (none on a base map, where a county carries no data: it is then neither focusable nor announced).
 */
export interface CountyInput {
  id: string;
  /** Its map label (countyLabel(): the name, or in English the romanised name alone, "Pinghu"). */
  name: string;
  fill: CountyFill;
  tier?: MapTier;
  lines?: string[];
}

/** A point to mark: its place, glyph, CSS class, tooltip lines, map label (one string per line) and data attributes. */
export interface MarkInput {
  id: string;
  point: [number, number];
  shape: MarkerShape;
  className: string;
  lines: string[];
  label: string[];
  attrs: Record<string, string>;
  /** The county the point lies in: a glyph that would straddle the map's outer edge is moved into it. */
  county?: string;
}

/** What a map component draws, all computed: nothing left to decide in the markup. */
export interface MapModel {
  /** Base of the ids in the SVG (title, desc, hatch pattern), unique on a page. */
  id: string;
  /** The language of its words (which may hold {zh:…} marks: CountyMap prints them as plain text). */
  lang: Lang;
  title: string;
  desc: string;
  /** Panel heading when a figure has several maps. */
  heading?: string;
  width: number;
  height: number;
  /** How much the county shapes, borders and outline are scaled when drawn (CountyBase.geometryScale). */
  geometryScale: number;
  /** `title`: the accessible name, the tooltip's words; `tip`: where its lines break (tipOf). */
  counties: { id: string; d: string; fill: CountyFill; tier?: MapTier; title?: string; tip?: string }[];
  borders: string;
  outline: string;
  marks: { id: string; d: string; className: string; title: string; tip: string; attrs: Record<string, string> }[];
  /** Labels with the box each was placed in (estimated from the text, for checking overlaps). */
  labels: { className: string; anchor: TextAnchor; lines: { text: string; x: number; y: number }[]; box: Box }[];
  /** Path data of the leader lines joining labels set away from their markers. */
  leaders: string[];
  scale: { d: string; label: string; x: number; y: number };
  /** Whether some county uses the hatch pattern (drawn only then). */
  hatched: boolean;
}

export interface MapSpec {
  id: string;
  /** The language of its words; Chinese where not given. */
  lang?: Lang;
  title: string;
  desc: string;
  heading?: string;
  counties: CountyInput[];
  marks: MarkInput[];
}

const r1 = (value: number) => Math.round(value * 10) / 10;

/** Baselines for the lines of a label block centred vertically on `y` (CJK glyphs sit about 0.88 em above the baseline). */
function lineBaselines(y: number, count: number): number[] {
  const top = y - (count * LINE_HEIGHT) / 2;
  return Array.from({ length: count }, (_, index) => r1(top + index * LINE_HEIGHT + (LINE_HEIGHT - LABEL_SIZE) / 2 + 0.88 * LABEL_SIZE));
}

/**
 * The widest an English label line is set on a map MAP_WIDTH units wide (in proportion on a wider
 * drawing): about the widest Chinese marker label (seven characters). English names run two to
 * three times as wide as the Chinese, so an English label line wider than this is broken between
 * words (never inside one: a longer word sets the width; a {zh:…} mark is kept whole).
 */
export const EN_LABEL_MAX = 92;

/** `text` broken into lines no wider than `max` between words (a longer word sets the width); a {zh:…} mark is kept whole. */
function wrapLabel(text: string, max: number): string[] {
  if (text.includes('{zh:')) return [text];
  const widest = Math.max(max, ...text.split(/\s+/).map((word) => labelWidth(word, 400)));
  return wrapText(text, widest, LABEL_SIZE, 400);
}

/** A marker's label lines as a map `width` units wide sets them: Chinese as given, English lines broken at EN_LABEL_MAX. */
export function labelLines(lines: readonly string[], lang: Lang, width: number = MAP_WIDTH): string[] {
  if (lang === 'zh') return [...lines];
  return lines.flatMap((line) => wrapLabel(line, (EN_LABEL_MAX * width) / MAP_WIDTH));
}

/** How much narrower than EN_LABEL_MAX the other shapes of an English label are broken, when its own lines find no clear place. */
const EN_NARROWER = [0.75, 0.5] as const;

/**
 * The shapes a marker's label may take, best first: its lines (labelLines()); in English then the
 * whole label broken narrower and narrower (EN_NARROWER), for a place its own lines do not fit.
 */
export function labelShapes(lines: readonly string[], lang: Lang, width: number = MAP_WIDTH): string[][] {
  const first = labelLines(lines, lang, width);
  if (lang === 'zh') return [first];
  const max = (EN_LABEL_MAX * width) / MAP_WIDTH;
  const shapes = [first, ...EN_NARROWER.map((factor) => wrapLabel(lines.join(' '), max * factor))];
  return shapes.filter((shape, index) => shapes.findIndex((other) => other.join('\n') === shape.join('\n')) === index);
}

/** The grid step and reach (SVG units) of the farther places an English county name may take (countyCandidates in drawMap). */
const EN_GRID_STEP = 4;
const EN_GRID_REACH = 64;

/** The width of a label line as the SVG prints it (marks as plain text), measured in the map's type. */
const labelWidth = (line: string, weight: number) => textWidth(plainText(line), LABEL_SIZE, weight);

/** `weight`: the label's font weight (maps.css: county names 600, measured with the bold face). */
function request(id: string, lines: string[], candidates: LabelRequest['candidates'], weight: number): LabelRequest {
  return { id, width: Math.max(...lines.map((line) => labelWidth(line, weight))), height: lines.length * LINE_HEIGHT, candidates };
}

/** Where a projected point lies: inside `feature`, inside another area of the base map, or off the map. */
export function placeOf(point: [number, number], feature: CountyFeature, base: CountyBase): 'in' | 'other' | 'off' {
  const position = base.projection.invert?.(point);
  if (!position) return 'off';
  if (geoContains(feature, position)) return 'in';
  return [...base.features.values()].some((other) => geoContains(other, position)) ? 'other' : 'off';
}

/**
 * The candidates whose `point` lies inside the county (a name is never set in its neighbour), then
 * those off the map altogether (in the sea, for an island too small to hold it); each group in
 * its own order. Only when none is left, the first candidate.
 */
function inCounty(candidates: Candidate[], feature: CountyFeature, base: CountyBase, point = (c: Candidate): [number, number] => [c.x, c.y]): Candidate[] {
  const places = candidates.map((candidate) => placeOf(point(candidate), feature, base));
  const kept = [...candidates.filter((_, i) => places[i] === 'in'), ...candidates.filter((_, i) => places[i] === 'off')];
  return kept.length > 0 ? kept : candidates.slice(0, 1);
}

/** `make()`'s result, made the first time it is asked for (both label orders drawMap tries share it). */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The middle of the box a label of `width` × `height` covers at a candidate. */
const boxMiddle = (width: number, height: number) => (candidate: Candidate): [number, number] => {
  const box = labelBox(width, height, candidate);
  return [box.x + box.width / 2, box.y + box.height / 2];
};

/** Moves `centre` toward `target` until a glyph there clears every segment of `edge` (at most two glyphs' width). */
function offEdge(centre: [number, number], target: [number, number], edge: readonly Segment[]): [number, number] {
  const distance = Math.hypot(target[0] - centre[0], target[1] - centre[1]);
  for (let step = 0; step <= 2 * MARKER_SIZE && step <= distance; step += 1) {
    const t = distance === 0 ? 0 : step / distance;
    const at: [number, number] = [r1(centre[0] + (target[0] - centre[0]) * t), r1(centre[1] + (target[1] - centre[1]) * t)];
    const box = glyphBox(at, MARKER_SIZE);
    if (!edge.some((segment) => segmentHitsBox(segment, box))) return at;
  }
  return centre;
}

/**
 * Lays a map out: county shapes from the base map; marker glyphs (markers at one point stacked
 * one above the other, a glyph that would straddle the outer edge moved into its county); each
 * marker's own label beside it, or farther out with a leader line when nothing beside it is
 * clear; each county's label inside it near its label point, off borders, markers and labels.
 */
export function drawMap(spec: MapSpec, base: CountyBase = countyBase()): MapModel {
  const lang = spec.lang ?? 'zh';
  const words = wordsOf(lang);
  const shapeOf = (id: string) => {
    const feature = base.features.get(id);
    const d = base.shapes.get(id);
    if (!feature || !d) throw new Error(`map "${spec.id}": county "${id}" has no feature in the topology`);
    return { feature, d };
  };
  const counties = spec.counties.map(({ id, fill, tier, lines }) =>
    ({ id, d: shapeOf(id).d, fill, tier, title: lines && titleOf(lines, lang), tip: lines && tipOf(lines, lang) }));

  const project = (mark: MarkInput): [number, number] => {
    const at = base.projection(mark.point);
    if (!at || !at.every(Number.isFinite)) throw new Error(`map "${spec.id}": marker "${mark.id}" at ${mark.point.join(', ')} cannot be projected`);
    return at;
  };
  const placedMarks = groupByPoint(spec.marks, project).flatMap((group) => {
    const county = group.items[0]!.county;
    const at = county ? offEdge(group.at, labelPoint(shapeOf(county).feature, base.projection), base.edge) : group.at;
    const centres = spread(at, group.items.length, MARKER_SPACING);
    return group.items.map((mark, index) => {
      const centre = centres[index]!;
      const glyphAt = glyphBox(centre, MARKER_SIZE);
      const box: Box = { x: glyphAt.x - MARKER_PAD, y: glyphAt.y - MARKER_PAD, width: glyphAt.width + 2 * MARKER_PAD, height: glyphAt.height + 2 * MARKER_PAD };
      return { mark, centre, box };
    });
  });
  const marks = placedMarks.map(({ mark, centre }) => ({
    id: mark.id,
    d: glyph(mark.shape, centre, MARKER_SIZE),
    className: mark.className,
    title: titleOf(mark.lines, lang),
    tip: tipOf(mark.lines, lang),
    attrs: mark.attrs,
  }));

  const { scale } = base;
  const bounds: Box = { x: 1, y: 1, width: base.width - 2, height: base.height - 2 };
  const scaleBox: Box = { x: scale.x, y: scale.y - 4 - LINE_HEIGHT, width: scale.width, height: LINE_HEIGHT + 4 };
  /**
   * Where a county's name may go: nudges around its label point inside it. An English name, two to
   * three times as wide as the Chinese, may need more room than they leave: if none of them is
   * clear, the label takes the nearest clear point of a grid farther out (still inside the county,
   * or off the map).
   */
  const countyCandidates = (id: string): { candidates: Candidate[]; more?: () => Candidate[] } => {
    const { feature } = shapeOf(id);
    const point = labelPoint(feature, base.projection);
    const candidates = inCounty(nudges(point, 3, 16), feature, base);
    if (lang === 'zh') return { candidates };
    const grid = farther(point, bounds, EN_GRID_STEP, EN_GRID_REACH).map(({ x, y }): Candidate => ({ x, y, anchor: 'middle' }));
    return { candidates, more: once(() => inCounty(grid, feature, base)) };
  };
  const texts = [
    ...placedMarks.map(({ mark, centre, box }) => {
      const shapes = labelShapes(mark.label, lang, base.width);
      const candidatesOf = (label: string[], index: number): Candidate[] => {
        const width = Math.max(...label.map((line) => labelWidth(line, 400)));
        const height = label.length * LINE_HEIGHT;
        const shape = index === 0 ? {} : { shape: { index, width, height } };
        const all = [...around(box, height, LEADER_REACHES), ...farther(centre, bounds, 8, LEADER_MAX)].map((candidate): Candidate => ({ ...candidate, ...shape }));
        // A marker in a county keeps its label over that county or off the map (with a leader),
        // never over a neighbour, where it would read as the neighbour's.
        return mark.county ? inCounty(all, shapeOf(mark.county).feature, base, boxMiddle(width, height)) : all;
      };
      return {
        id: mark.id,
        lines: shapes[0]!,
        shapes,
        className: 'map-label map-label-mark',
        weight: 400,
        candidates: candidatesOf(shapes[0]!, 0),
        ...(shapes.length > 1 ? { more: once(() => shapes.slice(1).flatMap((label, index) => candidatesOf(label, index + 1))) } : {}),
        marker: centre,
      };
    }),
    ...spec.counties.map((county) => ({
      id: county.id,
      lines: [county.name],
      shapes: [[county.name]],
      className: `map-label map-label-county map-ink-${county.fill}`,
      weight: 600,
      ...countyCandidates(county.id),
      marker: undefined,
    })),
  ];
  // Markers' labels first keeps them beside their markers; on a crowded map that can push a
  // county's name onto a border, so the other order is tried too and the cleaner layout kept.
  const requests = texts.map((text) => ({ ...request(text.id, text.lines, text.candidates, text.weight), from: text.marker, ...('more' in text && text.more ? { more: text.more } : {}) }));
  const obstacles = [...placedMarks.map((item) => item.box), scaleBox];
  const markCount = placedMarks.length;
  const marksFirst = placeLabels(requests, obstacles, bounds, base.lines);
  const countiesFirst = placeLabels([...requests.slice(markCount), ...requests.slice(0, markCount)], obstacles, bounds, base.lines);
  const problems = (layout: PlacedLabel[]) => layout.filter((label) => label.crossing || label.overlap > 0).length;
  const placed = problems(countiesFirst) < problems(marksFirst)
    ? [...countiesFirst.slice(texts.length - markCount), ...countiesFirst.slice(0, texts.length - markCount)]
    : marksFirst;
  /**
   * A county's name that does not lie wholly on its county (an English name pushed off the coast):
   * set in the page's ink on a paper halo, as a marker's label is, not in the tier's ink, which is
   * made for the tier's fill and fades on the paper beside it.
   */
  const offCounty = (text: (typeof texts)[number], box: Box) => text.marker === undefined
    && [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]]
      .some((corner) => placeOf(corner as [number, number], shapeOf(text.id).feature, base) !== 'in');
  const labels = texts.map((text, index) => {
    const label = placed[index]!;
    const lines = text.shapes[label.shape?.index ?? 0]!;
    const baselines = lineBaselines(label.y, lines.length);
    return {
      className: offCounty(text, label.box) ? `${text.className} map-label-off` : text.className,
      anchor: label.anchor,
      lines: lines.map((line, at) => ({ text: line, x: r1(label.x), y: baselines[at]! })),
      box: label.box,
    };
  });
  const leaders = texts.flatMap((text, index) => {
    const label = placed[index]!;
    if (!text.marker || !label.leader) return [];
    const [x, y] = nearestOnBox(text.marker, label.box);
    return [`M${r1(text.marker[0])},${r1(text.marker[1])}L${r1(x)},${r1(y)}`];
  });

  return {
    id: spec.id,
    lang,
    title: spec.title,
    desc: spec.desc,
    heading: spec.heading,
    width: base.width,
    height: base.height,
    geometryScale: base.geometryScale,
    counties,
    borders: base.borders,
    outline: base.outline,
    marks,
    labels,
    leaders,
    scale: { d: `M${r1(scale.x)},${r1(scale.y - 4)}V${r1(scale.y)}H${r1(scale.x + scale.width)}V${r1(scale.y - 4)}`, label: words.fill(words.maps.scale, { km: String(scale.km) }), x: r1(scale.x + scale.width), y: r1(scale.y - 7) },
    hatched: counties.some((county) => county.fill === 'none'),
  };
}

/**
 * The wide drawing of a single map (a desktop column, downloads): the same spec laid out on
 * wideBase(base), its ids suffixed "-wide" so that both drawings can share a page.
 */
export function drawWideMap(spec: MapSpec, base: CountyBase = countyBase()): MapModel {
  return drawMap({ ...spec, id: `${spec.id}-wide` }, wideBase(base));
}
