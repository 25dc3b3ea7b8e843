import { describe, expect, test } from 'vitest';
import { drawMap, type MapSpec } from '../../../src/lib/map/model';
import { overlapArea } from '../../../src/lib/map/labels';

const COUNTIES: MapSpec['counties'] = [
  { id: '330482', name: '平湖市', fill: 'global', tier: 'global', lines: ['平湖市', '某集群（全球性）'] },
  { id: '330424', name: '海盐县', fill: 'none', tier: 'none', lines: ['海盐县', '报道未点名为任何集群的核心区'] },
];
const mark = (id: string, point: [number, number]): MapSpec['marks'][number] =>
  ({ id, point, shape: 'diamond', className: 'map-facility', lines: [id, '说明'], label: id, attrs: { 'data-facility': id } });

describe('drawMap(spec)', () => {
  test('draws the counties asked for, with title and tip from their lines', () => {
    const map = drawMap({ id: 'm', title: 'T', desc: 'D', counties: COUNTIES, marks: [] });
    expect(map.counties.map((c) => [c.id, c.fill, c.title, c.tip])).toEqual([
      ['330482', 'global', '平湖市：某集群（全球性）', '平湖市\n某集群（全球性）'],
      ['330424', 'none', '海盐县：报道未点名为任何集群的核心区', '海盐县\n报道未点名为任何集群的核心区'],
    ]);
    expect(map.hatched).toBe(true);
    expect(map.labels.map((l) => [l.className, l.lines[0]!.text])).toEqual([
      ['map-label map-label-county map-ink-global', '平湖市'],
      ['map-label map-label-county map-ink-none', '海盐县'],
    ]);
  });

  test('markers at one point are set side by side and share one label listing both', () => {
    const map = drawMap({ id: 'm', title: 'T', desc: 'D', counties: COUNTIES, marks: [mark('甲', [121.02, 30.7]), mark('乙', [121.02, 30.7])] });
    const [a, b] = map.marks;
    expect(a!.d).not.toBe(b!.d);
    const shared = map.labels.filter((l) => l.className === 'map-label map-label-mark');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.lines.map((l) => l.text)).toEqual(['甲', '乙']);
    expect(shared[0]!.lines[1]!.y).toBeGreaterThan(shared[0]!.lines[0]!.y);
    const [county] = map.labels;
    expect(overlapArea(county!.box, shared[0]!.box)).toBe(0);
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
