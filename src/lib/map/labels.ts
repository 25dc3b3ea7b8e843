/** An axis-aligned rectangle in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** A position a label may take: its text anchor point, vertically at the middle of the block. */
export interface Candidate {
  x: number;
  y: number;
  anchor: TextAnchor;
  /** Set away from its marker, so a leader line must join them. */
  leader?: boolean;
  /**
   * Another shape of the label's text (its lines broken otherwise): its index among the label's
   * shapes and the size of its block, instead of the request's.
   */
  shape?: { index: number; width: number; height: number };
}

/** Clear space kept between two labels, in SVG units. */
export const LABEL_GAP = 2;

/** A line segment of the map (a piece of a border or of the outline), in SVG units. */
export type Segment = [[number, number], [number, number]];

/** A label to place: its block size and the positions it may take, best first. */
export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  candidates: Candidate[];
  /** The marker a leader line starts from: a leader through another marker or label counts as an overlap. */
  from?: [number, number];
  /**
   * Further positions, tried only when none of `candidates` is clear: computed then, since they
   * may be many and costly to find (the far places and other shapes of an English label).
   */
  more?: () => Candidate[];
}

/**
 * A placed label; `overlap` is the area it still shares with others or sticks out by (0 when
 * clear), `crossing` whether it still lies across a line.
 */
export interface PlacedLabel extends Candidate {
  id: string;
  box: Box;
  overlap: number;
  crossing: boolean;
}

/** The box a label of the given size covers at a candidate position. */
export function labelBox(width: number, height: number, at: Candidate): Box {
  const x = at.anchor === 'start' ? at.x : at.anchor === 'middle' ? at.x - width / 2 : at.x - width;
  return { x, y: at.y - height / 2, width, height };
}

/** Area shared by two boxes. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  // Boxes that only touch may share a sliver of rounding error: that is not an overlap.
  return w > 1e-6 && h > 1e-6 ? w * h : 0;
}

/** Whether a segment crosses or touches the inside of a box (Liang–Barsky clipping). */
export function segmentHitsBox([[x0, y0], [x1, y1]]: Segment, box: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, x0 - box.x], [dx, box.x + box.width - x0], [-dy, y0 - box.y], [dy, box.y + box.height - y0]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Area of a box that lies outside the bounds (exactly 0 for a box inside them). */
function outsideArea(box: Box, bounds: Box): number {
  const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
  return inside ? 0 : box.width * box.height - overlapArea(box, bounds);
}

/**
 * Candidates for a label centred on `point`: the point itself, then nudges of `step`, 2·`step` …
 * up to `rings` steps away, up and down before left and right (Chinese names are wide and short).
 */
export function nudges(point: [number, number], step: number, rings = 3): Candidate[] {
  const out: Candidate[] = [{ x: point[0], y: point[1], anchor: 'middle' }];
  for (let ring = 1; ring <= rings; ring += 1) {
    const d = ring * step;
    for (const [dx, dy] of [[0, -d], [0, d], [-d, 0], [d, 0], [-d, -d], [d, -d], [-d, d], [d, d]] as const) {
      out.push({ x: point[0] + dx, y: point[1] + dy, anchor: 'middle' });
    }
  }
  return out;
}

/** Candidates beside a marker's box: right, left, below, above (a label of `height` units). */
export function beside(marker: Box, gap: number, height: number): Candidate[] {
  const middle = marker.y + marker.height / 2;
  const centre = marker.x + marker.width / 2;
  return [
    { x: marker.x + marker.width + gap, y: middle, anchor: 'start' },
    { x: marker.x - gap, y: middle, anchor: 'end' },
    { x: centre, y: marker.y + marker.height + gap + height / 2, anchor: 'middle' },
    { x: centre, y: marker.y - gap - height / 2, anchor: 'middle' },
  ];
}

/**
 * Candidates for a marker's label: beside it, then farther out at each of `reaches` (and on the
 * diagonals), those marked `leader` so that a line joins label and marker.
 */
export function around(marker: Box, height: number, reaches: readonly number[]): Candidate[] {
  const out = beside(marker, 0, height);
  for (const reach of reaches) {
    const top = marker.y - reach - height / 2;
    const bottom = marker.y + marker.height + reach + height / 2;
    out.push(
      ...beside(marker, reach, height).map((c) => ({ ...c, leader: true })),
      { x: marker.x + marker.width + reach, y: top, anchor: 'start', leader: true },
      { x: marker.x - reach, y: top, anchor: 'end', leader: true },
      { x: marker.x + marker.width + reach, y: bottom, anchor: 'start', leader: true },
      { x: marker.x - reach, y: bottom, anchor: 'end', leader: true },
    );
  }
  return out;
}

/**
 * Leader candidates anywhere on a `step` grid over `bounds` within `reach` of `from`, nearest
 * first: the last resort of a marker label with no clear place near its marker.
 */
export function farther(from: [number, number], bounds: Box, step: number, reach: number): Candidate[] {
  const out: (Candidate & { distance: number })[] = [];
  for (let y = bounds.y + step; y < bounds.y + bounds.height; y += step) {
    for (let x = bounds.x + step; x < bounds.x + bounds.width; x += step) {
      const distance = Math.hypot(x - from[0], y - from[1]);
      if (distance <= reach) out.push({ x, y, anchor: 'middle', leader: true, distance });
    }
  }
  return out.sort((a, b) => a.distance - b.distance || a.y - b.y || a.x - b.x).map(({ distance: _d, ...candidate }) => candidate);
}

/** The point of a box nearest to `p` (p itself when inside). */
export function nearestOnBox([x, y]: [number, number], box: Box): [number, number] {
  return [Math.max(box.x, Math.min(x, box.x + box.width)), Math.max(box.y, Math.min(y, box.y + box.height))];
}

/**
 * Places labels one after another, in the order given: each takes its first candidate that
 * stays inside `bounds`, clear of the obstacles and of the labels placed before it, and off
 * every line of `lines` (borders, the outline). When none is, the least bad one: least area
 * outside the bounds, then least overlap, then crossing no line, then the earliest. Pure and
 * deterministic: the same requests always give the same positions.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box, lines: readonly Segment[] = []): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    if (request.candidates.length === 0) throw new Error(`placeLabels: label "${request.id}" has no candidate position`);
    let best: (PlacedLabel & { cost: number[] }) | undefined;
    /** Tries `candidates` in order, keeping the least bad; true when one is clear. */
    const clearAmong = (candidates: readonly Candidate[]): boolean => {
      for (const candidate of candidates) {
        const box = labelBox(candidate.shape?.width ?? request.width, candidate.shape?.height ?? request.height, candidate);
        const outside = outsideArea(box, bounds);
        const overlap = taken.reduce((sum, other) => sum + overlapArea(box, other), 0) + outside
          + (candidate.leader && request.from ? leaderBlocked(request.from, box, taken) : 0);
        const cost = [outside, overlap, lines.some((line) => segmentHitsBox(line, box)) ? 1 : 0];

        if (!best || worse(best.cost, cost)) best = { id: request.id, ...candidate, box, overlap, crossing: cost[2] === 1, cost };
        if (cost.every((value) => value === 0)) return true;
      }
      return false;
    };
    if (!clearAmong(request.candidates) && request.more) clearAmong(request.more());
    const { cost: _cost, ...placed } = best!;
    // Keep a little air around a placed label, so two labels never read as one block.
    taken.push({ x: placed.box.x - LABEL_GAP, y: placed.box.y - LABEL_GAP, width: placed.box.width + 2 * LABEL_GAP, height: placed.box.height + 2 * LABEL_GAP });
    return placed;
  });
}

/** The area of the label when a leader from `from` to it runs through a box other than the marker's own, else 0. */
function leaderBlocked(from: [number, number], box: Box, taken: readonly Box[]): number {
  const leader: Segment = [from, nearestOnBox(from, box)];
  const own = (other: Box) => from[0] >= other.x && from[0] <= other.x + other.width && from[1] >= other.y && from[1] <= other.y + other.height;
  return taken.some((other) => !own(other) && segmentHitsBox(leader, other)) ? box.width * box.height : 0;
}

/** Whether cost `a` is worse than cost `b`, comparing their terms in order. */
function worse(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((value, index) => value !== b[index]);
  return at !== -1 && a[at]! > b[at]!;
}
