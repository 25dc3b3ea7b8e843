/**
 * locator-map: where a place lies in Jiaxing. A county highlighted among Jiaxing's counties with
 * the zones inside it as dots, or a zone as a highlighted dot; without a place, every county and
 * zone (the map of /places/). Generated for /places/ and every place page (src/lib/places/), not
 * written in figures.yaml. Its table lists what the map marks, from the county and zone records.
 */
import { pick, type DataRecords } from '../../../data/records';
import type { LegendItem } from '../../../map/legend';
import { countyBase } from '../../../map/base';
import { drawMap, drawWideMap, type MapSpec, type MarkInput } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { countyLabel, mapWords, type MapWords } from '../../../map/words';
import { langOf } from '../../../data/types';
import { placeList, placeMapId, placeOf, PLACES_OVERVIEW_ID, type Place } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';

/** The zones a locator map marks: the place itself (a zone), or the zones in a county. */
const markedZones = (place: Place) => (place.kind === 'zone' ? [place.id] : place.zones);

/** A place's kind in running text: "县级市", "county-level city". */
const placeKind = (place: Place, data: DataRecords, words: MapWords) =>
  words.placeKind(place.kind === 'zone' ? 'zone' : pick(data, 'counties', place.id).kind);

/**
 * A county's name with its kind where the name does not say it: "海宁市（县级市）", "Haining
 * (county-level city)", but "海盐县" and "Nanhu District", never "海盐县（县）".
 */
const namedWithKind = (name: string, kind: string, words: MapWords) =>
  (name.toLowerCase().endsWith(kind.toLowerCase()) ? name : words.fill(words.maps.placeNamedKind, { name, kind }));

/** The names of counties, listed: "南湖区、秀洲区". */
const countyNames = (ids: readonly string[], data: DataRecords, words: MapWords) => words.list(ids.map((id) => pick(data, 'counties', id).name));

/** One sentence saying what the map shows, for the SVG's <desc>. */
export function locatorDescription(place: Place, data: DataRecords, words: MapWords = mapWords(data)): string {
  if (place.kind === 'zone') return words.fill(words.maps.locatorZone, { name: place.name, counties: countyNames(place.counties, data, words) });
  const zones = place.zones.map((id) => pick(data, 'zones', id).name);
  return zones.length > 0
    ? words.fill(words.maps.locatorCountyZones, { name: place.name, zones: words.list(zones) })
    : words.fill(words.maps.locatorCounty, { name: place.name });
}

const locatorMap = defineKind(schema, {
  scene(figure, data) {
    const base = countyBase();
    const words = mapWords(data);
    const place = figure.place === undefined ? undefined : placeOf(data, figure.place);
    const zones = (place ? markedZones(place) : [...data.zones.keys()]).map((id) => pick(data, 'zones', id));
    const spec: MapSpec = {
      id: figure.id,
      title: figure.title,
      lang: langOf(data),
      desc: place
        ? locatorDescription(place, data, words)
        : words.fill(words.maps.locatorAll, { counties: words.list([...data.counties.values()].map((c) => c.name)), zones: words.list(zones.map((z) => z.name)) }),
      counties: [...data.counties.values()].map((county) => ({
        id: county.id, name: countyLabel(county, words), fill: county.id === place?.id ? 'highlight' as const : 'base' as const,
        lines: [county.name, words.alone(words.placeKind(county.kind))],
      })),
      marks: zones.map((zone): MarkInput => ({
        id: zone.id, point: zone.point, shape: 'circle',
        className: zone.id === place?.id ? 'map-zone map-fill-highlight' : 'map-zone map-zone-other',
        lines: [zone.name, words.alone(words.fill(words.maps.zoneIn, { kind: words.placeKind('zone'), counties: countyNames(zone.counties, data, words) }))],
        label: [zone.shortName], attrs: { 'data-zone': zone.id },
      })),
    };
    const map = drawMap(spec, base);
    const zoneKey: LegendItem = { label: words.alone(words.placeKind('zone')), swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-zone-other' } };
    const legend: LegendItem[] = !place ? [zoneKey]
      : place.kind === 'zone'
        ? [{ label: place.name, swatch: { kind: 'marker', shape: 'circle', className: 'map-zone map-fill-highlight' } }]
        : [{ label: place.name, swatch: { kind: 'area', fill: 'highlight' } }, ...(zones.length > 0 ? [zoneKey] : [])];
    return mapScene([map], legend, place ? locatorTable(figure.title, place, data, words) : overviewTable(figure.title, data, words), place?.id, drawWideMap(spec, base));
  },
  places: (figure) => (figure.place === undefined ? [] : [figure.place]),
  /** The map of every place on /places/ (each a link to its page), and the map on each place page. */
  generate: (data) => {
    const words = mapWords(data);
    return [{
      id: PLACES_OVERVIEW_ID, kind: 'locator-map', title: words.maps.overviewTitle, dek: words.maps.overviewDek,
    }, ...placeList(data).map((place) => {
      const kind = placeKind(place, data, words);
      const dek = place.kind === 'zone'
        ? words.fill(words.maps.placeZoneDek, { name: place.name, kind })
        : words.fill(place.zones.length > 0 ? words.maps.placeCountyDekZones : words.maps.placeCountyDek, { place: namedWithKind(place.name, kind, words) });
      return { id: placeMapId(place), kind: 'locator-map', place: place.id, title: words.fill(words.maps.placeTitle, { name: place.name }), dek };
    })];
  },
});

export default locatorMap;

/**
 * The table of a locator map: the place and the zones it marks, with their kind. Where a zone lies
 * is general geography that no source gives (zones.yaml), so the table, whose rows cite sources,
 * does not state it; the map shows it.
 */
function locatorTable(title: string, place: Place, data: DataRecords, words: MapWords) {
  const places = placeList(data);
  const rows = [place, ...(place.kind === 'county' ? place.zones.map((id) => places.find((p) => p.id === id)!) : [])];
  const { maps } = words;
  return {
    caption: words.fill(maps.locatorCaption, { title }),
    columns: [
      { key: 'area', label: maps.colArea },
      { key: 'kind', label: maps.colKind },
      { key: 'mark', label: maps.colMark },
    ],
    rows: rows.map((row) => ({
      cells: { area: row.name, kind: words.alone(placeKind(row, data, words)), mark: row.id === place.id ? (row.kind === 'zone' ? maps.markHighlightDot : maps.markHighlight) : maps.markDot },
      source: row.source,
    })),
  };
}

/** The table of the map of every place: each county and zone with its kind. */
function overviewTable(title: string, data: DataRecords, words: MapWords) {
  return {
    caption: words.fill(words.maps.locatorCaption, { title }),
    columns: [
      { key: 'area', label: words.maps.colArea },
      { key: 'kind', label: words.maps.colKind },
    ],
    rows: placeList(data).map((place) => ({ cells: { area: place.name, kind: words.alone(placeKind(place, data, words)) }, source: place.source })),
  };
}
