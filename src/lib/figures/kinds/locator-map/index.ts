/**
 * locator-map: where a place lies in Jiaxing. A county highlighted among Jiaxing's counties with
 * the zones inside it as dots, or a zone as a highlighted dot; without a place, every county and
 * zone (the map of /places/). Generated for /places/ and every place page (src/lib/places/), not
 * written in figures.yaml. Its table lists what the map marks, from the county and zone records.
 */
import { pick, type DataRecords } from '../../../data/records';
import { placeRef } from '../../../data/ref';
import type { LegendItem } from '../../../map/legend';
import { countyBase } from '../../../map/base';
import { drawMap, drawWideMap, type MapSpec, type MarkInput } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { placeList, placeMapId, placeOf, PLACE_KIND_LABEL, PLACES_OVERVIEW_ID, type Place } from '../../../places';
import { defineKind } from '../../kind';

/** The zones a locator map marks: the place itself (a zone), or the zones in a county. */
const markedZones = (place: Place) => (place.kind === 'zone' ? [place.id] : place.zones);

/** One sentence saying what the map shows, for the SVG's <desc>. */
export function locatorDescription(place: Place, data: DataRecords): string {
  if (place.kind === 'zone') {
    const counties = place.counties.map((id) => pick(data, 'counties', id).name).join('、');
    return `嘉兴市地图，圆点标出${place.name}，位于${counties}。`;
  }
  const zones = place.zones.map((id) => pick(data, 'zones', id).name);
  return `嘉兴市地图，突出显示${place.name}${zones.length > 0 ? `；圆点为其境内（或部分在境内）的功能区：${zones.join('、')}` : ''}。`;
}

const locatorMap = defineKind({
  name: 'locator-map',
  fields: {
    /** The county (adcode) or zone (id) to show; without it, every place, none highlighted. */
    place: placeRef().optional(),
  },
  scene(figure, data) {
    const base = countyBase();
    const place = figure.place === undefined ? undefined : placeOf(data, figure.place);
    const zones = (place ? markedZones(place) : [...data.zones.keys()]).map((id) => pick(data, 'zones', id));
    const spec: MapSpec = {
      id: figure.id,
      title: figure.title,
      desc: place ? locatorDescription(place, data) : `嘉兴市地图：${[...data.counties.values()].map((c) => c.name).join('、')}，圆点为功能区：${zones.map((z) => z.name).join('、')}。`,
      counties: [...data.counties.values()].map((county) => ({
        id: county.id, name: county.name, fill: county.id === place?.id ? 'highlight' as const : 'base' as const,
        lines: [county.name, PLACE_KIND_LABEL[county.kind]],
      })),
      marks: zones.map((zone): MarkInput => ({
        id: zone.id, point: zone.point, shape: 'circle',
        className: zone.id === place?.id ? 'map-zone map-fill-highlight' : 'map-zone map-zone-other',
        lines: [zone.name, `${PLACE_KIND_LABEL.zone}，位于${zone.counties.map((id) => pick(data, 'counties', id).name).join('、')}`],
        label: [zone.shortName], attrs: { 'data-zone': zone.id },
      })),
    };
    const map = drawMap(spec, base);
    const zoneKey: LegendItem = { label: '功能区', swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-zone-other' } };
    const legend: LegendItem[] = !place ? [zoneKey]
      : place.kind === 'zone'
        ? [{ label: place.name, swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-fill-highlight' } }]
        : [{ label: place.name, swatch: { kind: 'area', fill: 'highlight' } }, ...(zones.length > 0 ? [zoneKey] : [])];
    return mapScene([map], legend, place ? locatorTable(figure.title, place, data) : overviewTable(figure.title, data), place?.id, drawWideMap(spec, base));
  },
  places: (figure) => (figure.place === undefined ? [] : [figure.place]),
  /** The map of every place on /places/ (each a link to its page), and the map on each place page. */
  generate: (data) => [{
    id: PLACES_OVERVIEW_ID, kind: 'locator-map', title: '嘉兴的县（市、区）和功能区',
    dek: '点击一个县（市、区）或功能区圆点，查看它的页面。',
  }, ...placeList(data).map((place) => ({
    id: placeMapId(place), kind: 'locator-map', place: place.id,
    title: `${place.name}在嘉兴的位置`,
    dek: place.kind === 'zone'
      ? `${place.name}是${place.kindLabel}，不是县级行政区，图中以圆点标出。`
      : `${place.name}（${place.kindLabel}）在嘉兴市的位置${place.zones.length > 0 ? '，圆点为境内的功能区' : ''}。`,
  }))],
});

export default locatorMap;

/**
 * The table of a locator map: the place and the zones it marks, with their kind. Where a zone lies
 * is general geography that no source gives (zones.yaml), so the table, whose rows cite sources,
 * does not state it; the map shows it.
 */
function locatorTable(title: string, place: Place, data: DataRecords) {
  const places = placeList(data);
  const rows = [place, ...(place.kind === 'county' ? place.zones.map((id) => places.find((p) => p.id === id)!) : [])];
  return {
    caption: `${title}：图中标出的地区`,
    columns: [
      { key: 'area', label: '地区' },
      { key: 'kind', label: '类型' },
      { key: 'mark', label: '图中' },
    ],
    rows: rows.map((row) => ({
      cells: { area: row.name, kind: row.kindLabel, mark: row.id === place.id ? (row.kind === 'zone' ? '突出显示的圆点' : '突出显示') : '圆点' },
      source: row.source,
    })),
  };
}

/** The table of the map of every place: each county and zone with its kind. */
function overviewTable(title: string, data: DataRecords) {
  return {
    caption: `${title}：图中标出的地区`,
    columns: [
      { key: 'area', label: '地区' },
      { key: 'kind', label: '类型' },
    ],
    rows: placeList(data).map((place) => ({ cells: { area: place.name, kind: place.kindLabel }, source: place.source })),
  };
}
