/**
 * The locator map of a place (figure kind "locator-map"): a county highlighted among Jiaxing's
 * counties with the zones inside it as markers, or a zone as a highlighted marker within its
 * counties. Its table lists what the map marks, from the county and zone records.
 */
import type { Figure } from './data/schemas';
import { pick, type SiteData } from './data/types';
import type { FigureTable } from './figures/table';
import type { CountyBase } from './map/base';
import type { LegendItem, MapFigure } from './map/figure';
import { drawMap, type MarkInput } from './map/model';
import { placeList, placeOf, PLACE_KIND_LABEL, type Place } from './places';

function placeOfFigure(figure: Figure, data: SiteData): Place {
  if (!figure.place) throw new Error(`figures.yaml → ${figure.id}: a locator-map needs "place"`);
  return placeOf(data, figure.place);
}

/** The zones a locator map marks: the place itself (a zone), or the zones in a county. */
const markedZones = (place: Place) => (place.kind === 'zone' ? [place.id] : place.zones);

/** One sentence saying what the map shows, for the SVG's <desc>. */
export function locatorDescription(place: Place, data: SiteData): string {
  if (place.kind === 'zone') {
    const counties = place.counties.map((id) => pick(data, 'counties', id).name).join('、');
    return `嘉兴市地图，圆点标出${place.name}，位于${counties}。`;
  }
  const zones = place.zones.map((id) => pick(data, 'zones', id).name);
  return `嘉兴市地图，突出显示${place.name}${zones.length > 0 ? `；圆点为其境内（或部分在境内）的功能区：${zones.join('、')}` : ''}。`;
}

/** The map of every place on /places/ (a locator map with no place: all counties, all zones). */
export function overviewFigure(): Figure {
  return {
    id: 'places-overview', kind: 'locator-map', title: '嘉兴的县（市、区）和功能区',
    dek: '点击一个县（市、区）或功能区圆点，查看它的页面。',
    notes: [], indicators: [], projects: [], facilities: [], milestones: [], clusters: [],
  };
}

/** The locator map of figure.place (without a place: every county and zone, none highlighted), with its legend. */
export function locatorMap(figure: Figure, data: SiteData, base?: CountyBase): MapFigure {
  const place = figure.place === undefined ? undefined : placeOfFigure(figure, data);
  const zones = (place ? markedZones(place) : [...data.zones.keys()]).map((id) => pick(data, 'zones', id));
  const map = drawMap({
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
  }, base);
  const zoneKey: LegendItem = { label: '功能区', swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-zone-other' } };
  if (!place) return { maps: [map], legend: [zoneKey] };
  const legend: LegendItem[] = place.kind === 'zone'
    ? [{ label: place.name, swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-fill-highlight' } }]
    : [
      { label: place.name, swatch: { kind: 'area', fill: 'highlight' } },
      ...(zones.length > 0 ? [zoneKey] : []),
    ];
  return { maps: [map], legend };
}

/**
 * The table of a locator map: the place and the zones it marks, with their kind. Where a zone lies
 * is general geography that no source gives (zones.yaml), so the table, whose rows cite sources,
 * does not state it; the map shows it.
 */
export function locatorTable(figure: Figure, data: SiteData): FigureTable {
  const place = placeOfFigure(figure, data);
  const places = placeList(data);
  const rows = [place, ...(place.kind === 'county' ? place.zones.map((id) => places.find((p) => p.id === id)!) : [])];
  return {
    caption: `${figure.title}：图中标出的地区`,
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
