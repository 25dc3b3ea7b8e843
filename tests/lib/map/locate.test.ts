import { describe, expect, test } from 'vitest';
import { loadCounties } from '../../../src/lib/geo';
import { assertInCounties, kmOutside } from '../../../src/lib/map/locate';

const byId = new Map(loadCounties().features.map((f) => [f.id, f]));
const county = (id: string) => ({ id, feature: byId.get(id)! });

describe('kmOutside(point, feature) and assertInCounties(what, point, counties)', () => {
  test('a point inside its county is 0 km outside', () => {
    expect(kmOutside([121.02, 30.7], byId.get('330482')!)).toBe(0);
  });

  test('a point just across a simplified border is a fraction of a km outside, and allowed', () => {
    // 余新镇 as recorded in facilities.yaml: on the 南湖区/嘉善县 border of the simplified map.
    const km = kmOutside([120.86, 30.79], byId.get('330402')!);
    expect(km).toBeGreaterThan(0);
    expect(km).toBeLessThan(0.5);
    expect(() => assertInCounties('facilities.yaml → yuxin-ai-park', [120.86, 30.79], [county('330402')])).not.toThrow();
  });

  test('a point in another county fails, naming the record, the point and the distance', () => {
    // 平湖市's facility point claimed for 海宁市, across the city.
    expect(() => assertInCounties('facilities.yaml → x', [121.02, 30.7], [county('330481')]))
      .toThrow(/^facilities\.yaml → x: point \[121\.02, 30\.7\] is \d+\.\d km outside 330481 \(allowed: 2 km\)$/);
  });

  test('a zone spanning two counties may lie in either', () => {
    expect(() => assertInCounties('zones.yaml → jx-etdz', [120.72, 30.73], [county('330411'), county('330402')])).not.toThrow();
  });

  test('swapped coordinates are caught', () => {
    expect(() => assertInCounties('zones.yaml → jx-port', [30.6, 121.09], [county('330482')])).toThrow(/jx-port/);
  });
});
