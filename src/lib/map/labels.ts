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
}

/** A label to place: its block size and the positions it may take, best first. */
export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  candidates: Candidate[];
}

/** A placed label; `overlap` is the area it still shares with others or sticks out by (0 when clear). */
export interface PlacedLabel extends Candidate {
  id: string;
  box: Box;
  overlap: number;
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
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of a box that lies outside the bounds. */
function outsideArea(box: Box, bounds: Box): number {
  return box.width * box.height - overlapArea(box, bounds);
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
 * Places labels one after another, in the order given: each takes its first candidate that
 * stays inside `bounds` and clear of the obstacles and of the labels placed before it; when
 * none is clear, the candidate with the least overlap (the earliest on a tie). Pure and
 * deterministic: the same requests always give the same positions.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    if (request.candidates.length === 0) throw new Error(`placeLabels: label "${request.id}" has no candidate position`);
    let best: PlacedLabel | undefined;
    for (const candidate of request.candidates) {
      const box = labelBox(request.width, request.height, candidate);
      // Sticking out of the map is worse than touching a neighbour: weigh it double.
      const overlap = taken.reduce((sum, other) => sum + overlapArea(box, other), 0) + 2 * outsideArea(box, bounds);
      if (!best || overlap < best.overlap) best = { id: request.id, ...candidate, box, overlap };
      if (overlap === 0) break;
    }
    const placed = best as PlacedLabel;
    taken.push(placed.box);
    return placed;
  });
}
