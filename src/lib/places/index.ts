/**
 * Places: Jiaxing's county-level divisions (counties.yaml) and functional zones (zones.yaml), each
 * with a page at /places/<slug>/. Which records and figures belong to a place is read from data
 * references only (a record's `counties`/`zones`/`county`, a cluster's core areas, a figure's
 * records, a story's figures and frontmatter `places`), never from searching text.
 */
import type { Cluster, County, Zone } from '../data/schemas';
import { pick, type DataRecords } from '../data/records';
import { countySlug } from '../urls';
import { langRoot, type Lang } from '../i18n/lang';
import { fill, wordingOf } from '../wording';

/** Records with the language they are in (SiteData has it; plain records are Chinese). */
type LangRecords = DataRecords & { lang?: Lang };

/** A county or a zone, as its place page names it. */
export interface Place {
  /** Record id: the county's adcode or the zone's id (what data files and frontmatter use). */
  id: string;
  /** URL segment: the county's romanised name in lower case ("pinghu"), or the zone's id. */
  slug: string;
  kind: 'county' | 'zone';
  /** Official name: "平湖市", "嘉兴经济技术开发区". */
  name: string;
  /** Name in running text and on maps: "平湖市", "嘉兴经开区". */
  shortName: string;
  /** 市辖区, 县, 县级市 or 功能区 (in English: district, county, county-level city, development zone). */
  kindLabel: string;
  /** Source of the record that defines the place. */
  source: string;
  /** For a zone, the counties it lies in; for a county, none. */
  counties: string[];
  /** For a county, the zones lying (partly) in it; for a zone, none. */
  zones: string[];
  /** What the place page opens with (counties.yaml / zones.yaml `intro`), and the sources it uses. */
  intro: string;
  introSources: string[];
}

/** How an edition names each kind of place (content/wording*.yaml, group `edition`). */
export function placeKindLabels(lang: Lang): Record<County['kind'] | 'zone', string> {
  const words = wordingOf(lang).edition;
  return { district: words.kindDistrict, county: words.kindCounty, 'county-level-city': words.kindCity, zone: words.kindZone };
}

/** How the site names each kind of place, in Chinese. */
export const PLACE_KIND_LABEL: Record<County['kind'] | 'zone', string> = placeKindLabels('zh');

/** A county's page slug: its romanised name in lower case ("Pinghu" → "pinghu"); a zone's is its id. */
function countyPlace(county: County, zones: Zone[], kinds: Record<County['kind'] | 'zone', string>): Place {
  return {
    id: county.id, slug: countySlug(county.romanised), kind: 'county',
    name: county.name, shortName: county.name, kindLabel: kinds[county.kind], source: county.source,
    counties: [], zones: zones.filter((zone) => zone.counties.includes(county.id)).map((zone) => zone.id),
    intro: county.intro, introSources: county.introSources,
  };
}

function zonePlace(zone: Zone, kinds: Record<County['kind'] | 'zone', string>): Place {
  return {
    id: zone.id, slug: zone.id, kind: 'zone', name: zone.name, shortName: zone.shortName,
    kindLabel: kinds.zone, source: zone.source, counties: [...zone.counties], zones: [],
    intro: zone.intro, introSources: zone.introSources,
  };
}

/**
 * Every place, in the data's language: the counties in counties.yaml order, then the zones; two
 * places sharing a slug is an error.
 */
export function placeList(data: LangRecords): Place[] {
  const zones = [...data.zones.values()];
  const kinds = placeKindLabels(data.lang ?? 'zh');
  const places = [...[...data.counties.values()].map((county) => countyPlace(county, zones, kinds)), ...zones.map((zone) => zonePlace(zone, kinds))];
  const seen = new Map<string, string>();
  for (const place of places) {
    const other = seen.get(place.slug);
    if (other) throw new Error(`places: "${other}" and "${place.id}" would share the page /places/${place.slug}/; give one another romanised name or id`);
    seen.set(place.slug, place.id);
  }
  return places;
}

/** The place with a record id (adcode or zone id); an unknown id is an error. */
export function placeOf(data: LangRecords, id: string): Place {
  const place = placeList(data).find((candidate) => candidate.id === id);
  if (!place) throw new Error(`unknown place "${id}"; expected a county adcode or zone id: ${placeList(data).map((p) => p.id).join(', ')}`);
  return place;
}

/** A place page's URL under the base path (an edition's root, langRoot(), for its pages); without a slug, the index /places/. */
export function placeUrl(slug: string | undefined, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return slug ? `${root}places/${slug}/` : `${root}places/`;
}

/** The text of a map tooltip's link to a place page, in an edition's words. */
export function placeLinkLabel(place: Pick<Place, 'name'>, lang: Lang = 'zh'): string {
  return fill(wordingOf(lang).edition.placeLink, { name: place.name });
}

/** A link from a map mark to its place page. */
export interface PlaceLink {
  href: string;
  /** "查看平湖市 →", the tooltip's link. */
  label: string;
  name: string;
}

/** Record id → link to its place page in the data's edition (/places/… or /en/places/…), for maps that link counties and zones. */
export function placeLinks(data: LangRecords, base = '/'): Map<string, PlaceLink> {
  const root = langRoot(data.lang ?? 'zh', base);
  return new Map(placeList(data).map((place) => [place.id, { href: placeUrl(place.slug, root), label: placeLinkLabel(place, data.lang), name: place.name }]));
}

/** The places (record ids) a cluster names as core areas. */
export const clusterPlaces = (cluster: Cluster): string[] => [...cluster.counties, ...cluster.zones];

/** The places a record with `counties`/`zones` lists is about. */
export const listedPlaces = (record: { counties?: readonly string[]; zones?: readonly string[] }): string[] =>
  [...(record.counties ?? []), ...(record.zones ?? [])];

/**
 * The places that records a figure lists are about: the counties of its facilities, the places its
 * indicators, projects and milestones are scoped to.
 */
export function recordPlaces(data: DataRecords, lists: { indicators?: readonly string[]; projects?: readonly string[]; facilities?: readonly string[]; milestones?: readonly string[] }): string[] {
  return [
    ...(lists.facilities ?? []).map((id) => pick(data, 'facilities', id).county),
    ...(lists.indicators ?? []).flatMap((id) => listedPlaces(pick(data, 'indicators', id))),
    ...(lists.projects ?? []).flatMap((id) => listedPlaces(pick(data, 'projects', id))),
    ...(lists.milestones ?? []).flatMap((id) => listedPlaces(pick(data, 'milestones', id))),
  ];
}

/** What a story is known to refer to: its slug, title, the figures in its body and its frontmatter places. */
export interface StoryPlaces {
  slug: string;
  title: string;
  figures: readonly string[];
  places: readonly string[];
}

/** Id of the generated figure charting a place's clusters of one plan (the output chart kind makes them). */
export const placeChartId = (place: Place, planId: string): string => `place-${place.slug}-${planId}`;
/** Id of the generated map of every place, on /places/. */
export const PLACES_OVERVIEW_ID = 'places-overview';
/** Id of the generated locator map of a place. */
export const placeMapId = (place: Place): string => `place-${place.slug}-map`;

/** The clusters of a plan that name a place as a core area. */
export function placeClusters(place: Place, planId: string, data: DataRecords): Cluster[] {
  return [...data.clusters.values()].filter((cluster) => cluster.plan === planId && clusterPlaces(cluster).includes(place.id));
}
