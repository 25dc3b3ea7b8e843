import { describe, expect, test } from 'vitest';
import { drawMap, EN_LABEL_MAX, LABEL_SIZE, labelLines, labelShapes, type MapSpec } from '../../../src/lib/map/model';
import { MAP_WIDTH } from '../../../src/lib/map/projection';
import { textWidth } from '../../../src/lib/text';
import { countyBase } from '../../../src/lib/map/base';
import { overlapArea, segmentHitsBox } from '../../../src/lib/map/labels';
import { glyphBox } from '../../../src/lib/map/markers';
import { MARKER_SIZE } from '../../../src/lib/map/model';
import { tipLines } from '../../../src/lib/map/wording';

/** The centre of a diamond glyph: its top vertex is the first point, half a diagonal above the centre. */
const glyphCentre = (d: string): [number, number] => {
  const [top, right] = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return [top![0]!, right![1]!];
};

const COUNTIES: MapSpec['counties'] = [
  { id: '330482', name: '平湖市', fill: 'global', tier: 'global', lines: ['平湖市', '某集群（全球性）'] },
  { id: '330424', name: '海盐县', fill: 'none', tier: 'none', lines: ['海盐县', '报道未点名为任何集群的核心区'] },
];
const mark = (id: string, point: [number, number], county?: string): MapSpec['marks'][number] =>
  ({ id, point, shape: 'diamond', className: 'map-facility', lines: [id, '说明'], label: [id], attrs: { 'data-facility': id }, county });
/** The numbers of a path's first move-to, and of every point it passes. */
const points = (d: string) => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);

describe('drawMap(spec)', () => {
  test('draws the counties asked for, with title and tip from their lines', () => {
    const map = drawMap({ id: 'm', title: 'T', desc: 'D', counties: COUNTIES, marks: [] });
    expect(map.counties.map((c) => [c.id, c.fill, c.title, c.tip])).toEqual([
      ['330482', 'global', '平湖市：某集群（全球性）', '3 8'],
      ['330424', 'none', '海盐县：报道未点名为任何集群的核心区', '3 14'],
    ]);
    expect(map.counties.map((c) => tipLines(c.title!, c.tip!))).toEqual([['平湖市', '某集群（全球性）'], ['海盐县', '报道未点名为任何集群的核心区']]);
    expect(map.hatched).toBe(true);
    expect(map.labels.map((l) => [l.className, l.lines[0]!.text])).toEqual([
      ['map-label map-label-county map-ink-global', '平湖市'],
      ['map-label map-label-county map-ink-none', '海盐县'],
    ]);
  });

  test('markers at one point are stacked, each with its own label, no label over another', () => {
    const map = drawMap({ id: 'm', title: 'T', desc: 'D', counties: COUNTIES, marks: [mark('甲', [121.02, 30.7]), mark('乙', [121.02, 30.7])] });
    const [a, b] = map.marks;
    expect(points(a!.d)[0]![0]).toBe(points(b!.d)[0]![0]);
    expect(points(b!.d)[0]![1]).toBeGreaterThan(points(a!.d)[0]![1]);
    const own = map.labels.filter((l) => l.className === 'map-label map-label-mark');
    expect(own.map((l) => l.lines.map((line) => line.text))).toEqual([['甲'], ['乙']]);
    for (const [i, label] of map.labels.entries()) {
      for (const other of map.labels.slice(i + 1)) expect(overlapArea(label.box, other.box)).toBe(0);
    }
  });

  test('a label set away from its marker gets a leader line from the marker to the label', () => {
    // Six markers at one point: not every label fits beside the stack.
    const marks = Array.from({ length: 6 }, (_, i) => mark(`设施${i}`, [120.75, 30.75]));
    const map = drawMap({ id: 'm', title: 'T', desc: 'D', counties: COUNTIES, marks });
    expect(map.leaders.length).toBeGreaterThan(0);
    for (const leader of map.leaders) {
      const [from, to] = points(leader);
      const label = map.labels.find((l) => to![0] >= l.box.x - 0.1 && to![0] <= l.box.x + l.box.width + 0.1 && to![1] >= l.box.y - 0.1 && to![1] <= l.box.y + l.box.height + 0.1);
      expect(label?.className).toBe('map-label map-label-mark');
      expect(map.marks.some((m) => glyphCentre(m.d)[0] === from![0] && Math.abs(glyphCentre(m.d)[1] - from![1]) < 0.2)).toBe(true);
    }
  });

  test('a marker on the city\'s outer edge is moved inside its county; without a county it stays put', () => {
    // 乌镇 sits on the edge of 桐乡市.
    const onEdge: [number, number] = [120.49, 30.74];
    const moved = drawMap({ id: 'm', title: 'T', desc: 'D', counties: [{ id: '330483', name: '桐乡市', fill: 'base' }], marks: [mark('乌镇', onEdge, '330483')] });
    const kept = drawMap({ id: 'm', title: 'T', desc: 'D', counties: [{ id: '330483', name: '桐乡市', fill: 'base' }], marks: [mark('乌镇', onEdge)] });
    expect(moved.marks[0]!.d).not.toBe(kept.marks[0]!.d);
    const base = countyBase();
    const [x, y] = glyphCentre(moved.marks[0]!.d);
    expect(base.edge.some((segment) => segmentHitsBox(segment, glyphBox([x, y], MARKER_SIZE)))).toBe(false);
    const [kx, ky] = glyphCentre(kept.marks[0]!.d);
    expect(base.edge.some((segment) => segmentHitsBox(segment, glyphBox([kx, ky], MARKER_SIZE)))).toBe(true);
  });

  test('a county without a feature is an error naming the map and the code', () => {
    expect(() => drawMap({ id: 'm', title: 'T', desc: 'D', counties: [{ id: '330499', name: '无', fill: 'base' }], marks: [] }))
      .toThrow('map "m": county "330499" has no feature in the topology');
  });

  test('a county without lines is drawn without title or tip (a base map)', () => {
    const map = drawMap({ id: 'm', title: 'T', desc: 'D', counties: [{ id: '330402', name: '南湖区', fill: 'base' }], marks: [] });
    expect(map.counties[0]).toMatchObject({ fill: 'base', title: undefined, tip: undefined });
    expect(map.hatched).toBe(false);
  });
});

describe('English labels: labelLines and labelShapes', () => {
  test('Chinese lines stay as given; English lines wider than EN_LABEL_MAX break between words, never inside one', () => {
    expect(labelShapes(['“乌镇之光”', '超算中心'], 'zh')).toEqual([['“乌镇之光”', '超算中心']]);
    const lines = labelLines(['Runze International Information Port'], 'en');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Runze International Information Port');
    expect(lines.every((line) => textWidth(line, LABEL_SIZE) <= EN_LABEL_MAX)).toBe(true);
    expect(labelLines(['Supercomputing'], 'en')).toEqual(['Supercomputing']);
    expect(labelLines(['Runze International Information Port'], 'en', 2 * MAP_WIDTH).length).toBeLessThan(lines.length);
  });

  test('the other shapes of an English label are narrower, the same words, each once', () => {
    const shapes = labelShapes(['Yuxin Town', 'AI industrial park'], 'en');
    expect(shapes[0]).toEqual(labelLines(['Yuxin Town', 'AI industrial park'], 'en'));
    for (const shape of shapes) expect(shape.join(' ')).toBe('Yuxin Town AI industrial park');
    expect(new Set(shapes.map((shape) => shape.join('\n'))).size).toBe(shapes.length);
  });

  test('an English map: a tooltip keeps its English lines, the scale says km', () => {
    const map = drawMap({ id: 'en', title: 'Test', desc: 'Test map', lang: 'en', counties: [{ id: '330482', name: 'Pinghu', fill: 'base', lines: ['Pinghu', 'County-level city'] }], marks: [] });
    expect(map.lang).toBe('en');
    expect(map.counties[0]!.title).toBe('Pinghu: County-level city');
    expect(tipLines(map.counties[0]!.title!, map.counties[0]!.tip!)).toEqual(['Pinghu', 'County-level city']);
    expect(map.scale.label).toMatch(/^\d+ km$/);
  });
});
