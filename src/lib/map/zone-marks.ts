/** What the tier and cluster maps share: zones as marks, checked to lie where their records say, and an area's kind. */
import type { MapTier } from '../tiers';
import type { MapArea } from './areas';
import type { CountyBase } from './base';
import { assertInCounties } from './locate';
import type { MarkInput } from './model';
import type { MapWords } from './words';

/** Checks that a marker's point lies in the county (or one of the counties) its record names. */
export function checkPlace(what: string, point: [number, number], countyIds: readonly string[], base: CountyBase): void {
  assertInCounties(what, point, countyIds.map((id) => {
    const feature = base.features.get(id);
    if (!feature) throw new Error(`${what}: county "${id}" has no feature in the topology`);
    return { id, feature };
  }));
}

/** A zone as a round mark, with its tooltip lines. */
export function zoneMark(area: MapArea, className: string, lines: string[], tier: MapTier, base: CountyBase): MarkInput {
  if (area.kind !== 'zone') throw new Error(`zoneMark: ${area.id} is not a zone`);
  checkPlace(`zones.yaml → ${area.id}`, area.record.point, area.record.counties, base);
  return {
    id: area.id, point: area.record.point, shape: 'circle', className, lines, county: area.record.counties[0],
    label: [area.record.shortName], attrs: { 'data-zone': area.id, 'data-tier': tier },
  };
}

/** An area's kind as a table prints it: 县级市, 市辖区, 功能区 … / County-level city, District, Functional zone … */
export function areaKind(area: MapArea, words: MapWords): string {
  return words.alone(words.placeKind(area.kind === 'zone' ? 'zone' : area.record.kind));
}
