import type { MapTier } from '../tiers';
import { countyBase, type CountyBase } from './base';
import { textWidth } from '../text';
import { beside, nudges, placeLabels, type Box, type LabelRequest, type TextAnchor } from './labels';
import { labelPoint } from './label-point';
import { glyph, glyphBox, groupByPoint, spread, type MarkerShape } from './markers';
import { titleOf } from './wording';

/** A county's fill: a tier colour ("none" is hatched), the neutral base of a non-tier map, or the place a locator map shows. */
export type CountyFill = MapTier | 'base' | 'highlight';

/** Font size of every label on the map, in SVG units: 22 stays 11 px at 320 px across (640-unit viewBox). */
export const LABEL_SIZE = 22;
const LINE_HEIGHT = LABEL_SIZE * 1.2;
/** Size of a marker glyph, in SVG units. */
export const MARKER_SIZE = 18;
/** Distance between markers that share a point. */
const MARKER_SPACING = 22;
/** Clear space kept around markers, so no label seems to belong to a marker it only touches. */
const MARKER_PAD = 6;

/**
 * A county to draw: its fill, its data-tier (if the map shows tiers) and its tooltip lines
 * (none on a base map, where a county carries no data: it is then neither focusable nor announced).
 */
export interface CountyInput {
  id: string;
  name: string;
  fill: CountyFill;
  tier?: MapTier;
  lines?: string[];
}

/** A point to mark: its place, glyph, CSS class, tooltip lines, map label and data attributes. */
export interface MarkInput {
  id: string;
  point: [number, number];
  shape: MarkerShape;
  className: string;
  lines: string[];
  label: string;
  attrs: Record<string, string>;
}

/** What a map component draws, all computed: nothing left to decide in the markup. */
export interface MapModel {
  /** Base of the ids in the SVG (title, desc, hatch pattern), unique on a page. */
  id: string;
  title: string;
  desc: string;
  /** Panel heading when a figure has several maps. */
  heading?: string;
  width: number;
  height: number;
  counties: { id: string; d: string; fill: CountyFill; tier?: MapTier; title?: string; tip?: string }[];
  borders: string;
  outline: string;
  marks: { id: string; d: string; className: string; title: string; tip: string; attrs: Record<string, string> }[];
  /** Labels with the box each was placed in (estimated from the text, for checking overlaps). */
  labels: { className: string; anchor: TextAnchor; lines: { text: string; x: number; y: number }[]; box: Box }[];
  scale: { d: string; label: string; x: number; y: number };
  /** Whether some county uses the hatch pattern (drawn only then). */
  hatched: boolean;
}

export interface MapSpec {
  id: string;
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

function request(id: string, lines: string[], candidates: LabelRequest['candidates']): LabelRequest {
  return { id, width: Math.max(...lines.map((line) => textWidth(line, LABEL_SIZE))), height: lines.length * LINE_HEIGHT, candidates };
}

/**
 * Lays a map out: county shapes from the base map, marker glyphs (markers at one point side by
 * side, with one combined label), county labels at their label points nudged clear of markers
 * and of each other, then marker labels beside their markers.
 */
export function drawMap(spec: MapSpec, base: CountyBase = countyBase()): MapModel {
  const shapeOf = (id: string) => {
    const feature = base.features.get(id);
    const d = base.shapes.get(id);
    if (!feature || !d) throw new Error(`map "${spec.id}": county "${id}" has no feature in the topology`);
    return { feature, d };
  };
  const counties = spec.counties.map(({ id, fill, tier, lines }) =>
    ({ id, d: shapeOf(id).d, fill, tier, title: lines && titleOf(lines), tip: lines?.join('\n') }));

  const project = (mark: MarkInput): [number, number] => {
    const at = base.projection(mark.point);
    if (!at || !at.every(Number.isFinite)) throw new Error(`map "${spec.id}": marker "${mark.id}" at ${mark.point.join(', ')} cannot be projected`);
    return at;
  };
  const groups = groupByPoint(spec.marks, project).map((group) => {
    const centres = spread(group.at, group.items.length, MARKER_SPACING);
    const boxes = centres.map((centre) => glyphBox(centre, MARKER_SIZE));
    const left = Math.min(...boxes.map((b) => b.x)) - MARKER_PAD;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + MARKER_PAD;
    const box: Box = { x: left, y: boxes[0]!.y - MARKER_PAD, width: right - left, height: boxes[0]!.height + 2 * MARKER_PAD };
    return { ...group, centres, box };
  });
  const marks = groups.flatMap((group) => group.items.map((mark, index) => ({
    id: mark.id,
    d: glyph(mark.shape, group.centres[index]!, MARKER_SIZE),
    className: mark.className,
    title: titleOf(mark.lines),
    tip: mark.lines.join('\n'),
    attrs: mark.attrs,
  })));

  const { scale } = base;
  const scaleBox: Box = { x: scale.x, y: scale.y - 8 - LINE_HEIGHT, width: scale.width, height: LINE_HEIGHT + 8 };
  const texts = [
    ...spec.counties.map((county) => ({
      id: county.id,
      lines: [county.name],
      className: `map-label map-label-county map-ink-${county.fill}`,
      candidates: nudges(labelPoint(shapeOf(county.id).feature, base.projection), 8, 3),
    })),
    ...groups.map((group, index) => ({
      id: `marks-${index}`,
      lines: group.items.map((mark) => mark.label),
      className: 'map-label map-label-mark',
      candidates: beside(group.box, 0, group.items.length * LINE_HEIGHT),
    })),
  ];
  const placed = placeLabels(
    texts.map((text) => request(text.id, text.lines, text.candidates)),
    [...groups.map((group) => group.box), scaleBox],
    { x: 2, y: 2, width: base.width - 4, height: base.height - 4 },
  );
  const labels = texts.map((text, index) => {
    const label = placed[index]!;
    const baselines = lineBaselines(label.y, text.lines.length);
    return {
      className: text.className,
      anchor: label.anchor,
      lines: text.lines.map((line, at) => ({ text: line, x: r1(label.x), y: baselines[at]! })),
      box: label.box,
    };
  });

  return {
    id: spec.id,
    title: spec.title,
    desc: spec.desc,
    heading: spec.heading,
    width: base.width,
    height: base.height,
    counties,
    borders: base.borders,
    outline: base.outline,
    marks,
    labels,
    scale: { d: `M${r1(scale.x)},${r1(scale.y - 6)}V${r1(scale.y)}H${r1(scale.x + scale.width)}V${r1(scale.y - 6)}`, label: `${scale.km}公里`, x: r1(scale.x + scale.width), y: r1(scale.y - 12) },
    hatched: counties.some((county) => county.fill === 'none'),
  };
}
