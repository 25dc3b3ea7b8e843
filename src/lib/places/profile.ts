/**
 * The profile of one place: every line of its page as a template filled from records, each line
 * with the id of the source its record cites. Where no record speaks about a topic for the place,
 * the profile says so in a line of its own (`none`), rather than leaving a hole.
 * In the data's language (getSiteData('en') gives English): the templates are the wording group
 * `edition` (content/wording*.yaml), numbers come from src/lib/i18n/numbers.ts.
 */
import type { Cluster, Plan } from '../data/schemas';
import { pick } from '../data/records';
import { langOf, type SiteData } from '../data/types';
import { amountText, indicatorText, numberText, valueText } from '../i18n/numbers';
import { capitalized, PUNCTUATION } from '../i18n/punctuation';
import { fill, wordingOf, type Wording } from '../wording';
import { publishedFigures } from '../figures';
import { figurePlaces } from '../figures/registry';
import type { Figure } from '../figures/schemas';
import { clusterPlaces, listedPlaces, placeChartId, placeClusters, placeList, placeMapId, type Place, type StoryPlaces } from '.';

/** One line of a place page and the source of the record it comes from. */
export interface Fact {
  text: string;
  source: string;
}

/** A cluster naming the place: headline, facts, other core areas (linked), the chart of its value added. */
export interface ClusterEntry {
  id: string;
  heading: string;
  tier: Cluster['tier'];
  facts: Fact[];
  /** Other places the cluster names as core areas. */
  alsoCore: Place[];
  /** Id of the generated figure charting its value added, if it has one. */
  chart?: string;
}

export interface PlanEntry {
  plan: Plan;
  clusters: ClusterEntry[];
  /** Said (in the page's one line of what the sources leave out) when the plan names the place as no cluster's core area. */
  none?: string;
}

export interface RecordEntry {
  id: string;
  facts: Fact[];
}

export interface Topic {
  key: 'facilities' | 'projects' | 'indicators' | 'milestones';
  heading: string;
  entries: RecordEntry[];
  /** Said when no record of this kind is located in or scoped to the place. */
  none?: string;
}

export interface PlaceProfile {
  place: Place;
  /** One line made from data: kind and the clusters that name the place. */
  summary: string;
  identity: Fact[];
  /**
   * The zones lying (partly) in a county, or the counties a zone lies in: general geography
   * recorded in zones.yaml, not reported by the sources, so the page says so instead of citing one.
   */
  related: Place[];
  plans: PlanEntry[];
  topics: Topic[];
  /**
   * What the sources and the site's records leave out about the place (a plan that does not name
   * it, a topic with no record, a list a plan gives other clusters but not this one), said once,
   * in one line, instead of a box per topic.
   */
  unsaid: string[];
  /** Figures (other than the place's own) that carry data about the place. */
  figures: Figure[];
  stories: { slug: string; title: string }[];
}


/** What a profile's lines are made with: the data, its edition's words and punctuation. */
interface Speech {
  data: SiteData;
  words: Wording['edition'];
  tiers: Wording['tiers'];
  facilities: Wording['facilities'];
  p: (typeof PUNCTUATION)['zh'];
}

const speechOf = (data: SiteData): Speech => {
  const wording = wordingOf(langOf(data));
  return { data, words: wording.edition, tiers: wording.tiers, facilities: wording.facilities, p: PUNCTUATION[langOf(data)] };
};

/** A cluster as readers name it: "新材料集群" / "new materials cluster". */
const clusterLabel = (say: Speech, cluster: Cluster) => fill(say.words.clusterName, { name: cluster.name });

/** Whether any cluster of the plan has a non-empty list field (the source covers that topic). */
const planLists = (planId: string, data: SiteData, field: 'leadFirms' | 'institutes' | 'funds') =>
  [...data.clusters.values()].some((cluster) => cluster.plan === planId && cluster[field].length > 0);

function clusterEntry(say: Speech, place: Place, cluster: Cluster, places: Place[], unsaid: string[]): ClusterEntry {
  const { data, words, p } = say;
  const list = (items: readonly string[]) => items.join(p.list);
  const fact = (text: string): Fact => ({ text, source: cluster.source });
  const name = clusterLabel(say, cluster);
  const facts: Fact[] = [fact(fill(words.clusterTier, { cluster: name, tier: say.tiers[cluster.tier] }))];
  if (cluster.fullName) facts.push(fact(fill(words.fullName, { text: cluster.fullName })));
  const value = cluster.valueAdded;
  if (value) {
    const amount = (n: number) => valueText(data, n, value.unit, words.yuan);
    const targets = value.targets.map((target) => fill(words.valueTarget, { year: String(target.year), value: amount(target.value) }));
    facts.push(fact(fill(words.valueAdded, { year: String(value.actual.year), value: amount(value.actual.value), targets: targets.join(p.clause) })));
    facts.push(fact(fill(words.targetText, { text: value.targetText })));
  }
  if (cluster.scaleTarget) facts.push(fact(fill(words.scaleTarget, { text: cluster.scaleTarget.text })));
  const lists = [['leadFirms', words.leadFirms], ['institutes', words.institutes], ['funds', words.funds]] as const;
  const missing: string[] = [];
  for (const [field, label] of lists) {
    if (cluster[field].length > 0) facts.push(fact(fill(words.listLine, { label, items: list(cluster[field]) })));
    else if (planLists(cluster.plan, data, field)) missing.push(label);
  }
  if (missing.length > 0) {
    unsaid.push(fill(words.unsaidLists, { plan: pick(data, 'plans', cluster.plan).shortName, cluster: name, lists: list(missing.map((label) => (langOf(data) === 'en' ? label.toLowerCase() : label))) }));
  }
  if (cluster.partners.length > 0) facts.push(fact(fill(words.listLine, { label: words.partners, items: list(cluster.partners) })));
  if (cluster.note) facts.push(fact(fill(words.note, { text: cluster.note })));
  const alsoCore = places.filter((other) => other.id !== place.id && clusterPlaces(cluster).includes(other.id));
  return {
    id: cluster.id, heading: name, tier: cluster.tier, facts, alsoCore,
    chart: value ? placeChartId(place, cluster.plan) : undefined,
  };
}

function planEntry(say: Speech, place: Place, plan: Plan, places: Place[], unsaid: string[]): PlanEntry {
  const { data, words } = say;
  const clusters = placeClusters(place, plan.id, data).map((cluster) => clusterEntry(say, place, cluster, places, unsaid));
  if (clusters.length > 0) return { plan, clusters };
  const naming = [...data.clusters.values()].filter((cluster) => cluster.plan === plan.id && clusterPlaces(cluster).length > 0).length;
  // Not "…so it does not name this place": a source that names no core area may still mention the place otherwise (the intro says so).
  const none = naming === 0
    ? fill(words.planNamesNone, { plan: plan.shortName })
    : fill(words.planNotNamed, { plan: plan.shortName, count: numberText(data, naming), place: place.name });
  unsaid.push(none);
  return { plan, clusters, none };
}

const about = (record: { counties?: readonly string[]; zones?: readonly string[] }, place: Place) =>
  listedPlaces(record).includes(place.id);

function topics(say: Speech, place: Place): Topic[] {
  const { data, words, p } = say;
  const note = (text: string | undefined, source: string): Fact[] => (text ? [{ text: fill(words.note, { text }), source }] : []);
  const facilities = [...data.facilities.values()].filter((facility) => facility.county === place.id).map((facility) => ({
    id: facility.id,
    facts: [
      { text: fill(words.facility, { name: facility.name, kind: say.facilities[facility.kind], place: facility.place, description: facility.description }), source: facility.source },
      ...note(facility.note, facility.source),
    ],
  }));
  const projects = [...data.projects.values()].filter((project) => about(project, place)).map((project) => ({
    id: project.id,
    facts: [
      {
        text: fill(words.project, { name: project.name, amount: amountText(data, project), date: project.place ? `${project.date.label}${p.comma}${project.place}` : project.date.label }),
        source: project.source,
      },
      ...note(project.note, project.source),
    ],
  }));
  const indicators = [...data.indicators.values()].filter((indicator) => about(indicator, place)).map((indicator) => ({
    id: indicator.id,
    facts: [
      { text: fill(words.indicator, { label: indicator.label, value: indicatorText(data, indicator), period: indicator.period.label, scope: indicator.scope, measures: indicator.measures }), source: indicator.source },
      ...note(indicator.note, indicator.source),
    ],
  }));
  const milestones = [...data.milestones.values()].filter((milestone) => about(milestone, place)).map((milestone) => ({
    id: milestone.id,
    facts: [{ text: fill(words.milestone, { date: milestone.date.label, title: milestone.title, description: milestone.description }), source: milestone.source }],
  }));
  const topic = (key: Topic['key'], heading: string, entries: RecordEntry[], none: string): Topic =>
    ({ key, heading, entries, none: entries.length === 0 ? none : undefined });
  return [
    topic('facilities', words.topicFacilities, facilities, words.noneFacilities),
    topic('projects', words.topicProjects, projects, words.noneProjects),
    topic('indicators', words.topicIndicators, indicators, words.noneIndicators),
    topic('milestones', words.topicMilestones, milestones, words.noneMilestones),
  ];
}

/**
 * The summary line of a place: its kind and, for each plan that names core areas at all, the
 * clusters naming it, or that the plan does not name it. Each plan is its own clause ("列为…"),
 * so a later plan never reads as replacing an earlier one's cluster.
 */
export function placeSummary(place: Place, data: SiteData): string {
  const say = speechOf(data);
  const { words, p } = say;
  const parts = [...data.plans.values()]
    .sort((a, b) => a.year - b.year)
    .filter((plan) => [...data.clusters.values()].some((cluster) => cluster.plan === plan.id && clusterPlaces(cluster).length > 0))
    .map((plan) => {
      const clusters = placeClusters(place, plan.id, data);
      const named = clusters.map((cluster) => fill(words.summaryCluster, { cluster: clusterLabel(say, cluster), tier: say.tiers[cluster.tier] }));
      return named.length > 0 ? fill(words.summaryNamed, { plan: plan.shortName, clusters: named.join(p.list) }) : fill(words.summaryNotNamed, { plan: plan.shortName });
    });
  return capitalized([place.kindLabel, ...parts].join(p.clause) + p.stop);
}

/**
 * How the plans that name core areas differ, for the places index, from data: a plan that names
 * every county and zone ("…给每个县（市、区）和功能区都指定了集群") against one that names core areas
 * for only some clusters ("…只为2个集群点名了核心区"), and what that does not mean. Undefined when
 * fewer than two plans name core areas.
 */
export function planCoverageNote(data: SiteData): string | undefined {
  const { words, p } = speechOf(data);
  const places = placeList(data);
  const plans = [...data.plans.values()].sort((a, b) => a.year - b.year).map((plan) => {
    const clusters = [...data.clusters.values()].filter((cluster) => cluster.plan === plan.id);
    const naming = clusters.filter((cluster) => clusterPlaces(cluster).length > 0);
    const named = new Set(naming.flatMap(clusterPlaces));
    return { plan, naming: naming.length, all: places.every((place) => named.has(place.id)) };
  }).filter((entry) => entry.naming > 0);
  if (plans.length < 2) return undefined;
  const clauses = plans.map(({ plan, naming, all }) => (all
    ? fill(words.coverageAll, { plan: plan.shortName })
    : fill(words.coverageSome, { plan: plan.shortName, count: numberText(data, naming) })));
  const [earlier, later] = [plans[0]!.plan, plans[plans.length - 1]!.plan];
  return fill(words.coverageNote, { clauses: clauses.join(p.clause), later: later.shortName, earlier: earlier.shortName });
}

/** Everything a place page says, from data. `stories`: the published stories with their references. */
export function placeProfile(place: Place, data: SiteData, stories: readonly StoryPlaces[]): PlaceProfile {
  const places = placeList(data);
  const byId = (id: string) => places.find((candidate) => candidate.id === id)!;
  const related = [...place.zones, ...place.counties].map(byId);
  const say = speechOf(data);
  const identity: Fact[] = [{ text: fill(say.words.identity, { name: place.name, kind: place.kindLabel }), source: place.source }];
  const own = new Set([placeMapId(place), ...[...data.plans.keys()].map((plan) => placeChartId(place, plan))]);
  const figures = publishedFigures(data.figures.values()).filter((figure) => !own.has(figure.id) && figurePlaces(figure, data).has(place.id));
  const figureIds = new Set(figures.map((figure) => figure.id));
  const unsaid: string[] = [];
  const plans = [...data.plans.values()].sort((a, b) => a.year - b.year).map((plan) => planEntry(say, place, plan, places, unsaid));
  const placeTopics = topics(say, place);
  const noRecords = placeTopics.flatMap((topic) => (topic.none ? [topic.none] : []));
  if (noRecords.length > 0) unsaid.push(fill(say.words.noRecords, { place: place.name, topics: noRecords.join(say.p.list) }));
  return {
    place,
    summary: placeSummary(place, data),
    identity,
    related,
    plans,
    topics: placeTopics.filter((topic) => topic.entries.length > 0),
    unsaid,
    figures,
    stories: stories
      .filter((story) => story.places.includes(place.id) || story.figures.some((id) => figureIds.has(id)))
      .map(({ slug, title }) => ({ slug, title })),
  };
}

/** The source ids a profile cites, in order of first use (for the page's numbered source list). */
export function profileSources(profile: PlaceProfile): string[] {
  const facts = [
    ...profile.place.introSources.map((source) => ({ text: '', source })),
    ...profile.identity,
    ...profile.plans.flatMap((plan) => plan.clusters.flatMap((cluster) => cluster.facts)),
    ...profile.topics.flatMap((topic) => topic.entries.flatMap((entry) => entry.facts)),
  ];
  return [...new Set(facts.map((fact) => fact.source))];
}
