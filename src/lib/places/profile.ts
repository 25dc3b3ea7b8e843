/**
 * The profile of one place: every line of its page as a template filled from records, each line
 * with the id of the source its record cites. Where no record speaks about a topic for the place,
 * the profile says so in a line of its own (`none`), rather than leaving a hole.
 */
import type { Cluster, Plan } from '../data/schemas';
import { pick, type DataRecords } from '../data/records';
import type { SiteData } from '../data/types';
import { formatIndicator, formatNumber, formatValue } from '../format';
import { FACILITY_KINDS } from '../map/markers';
import { clusterName } from '../map/wording';
import { TIER_LABEL } from '../tiers';
import { publishedFigures } from '../figures';
import { figurePlaces, type Figure } from '../figures/registry';
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


const list = (items: readonly string[]) => items.join('、');


/** Whether any cluster of the plan has a non-empty list field (the source covers that topic). */
const planLists = (planId: string, data: DataRecords, field: 'leadFirms' | 'institutes' | 'funds') =>
  [...data.clusters.values()].some((cluster) => cluster.plan === planId && cluster[field].length > 0);

function clusterEntry(place: Place, cluster: Cluster, data: DataRecords, places: Place[], unsaid: string[]): ClusterEntry {
  const fact = (text: string): Fact => ({ text, source: cluster.source });
  const facts: Fact[] = [fact(`${clusterName(cluster)}：${TIER_LABEL[cluster.tier]}集群`)];
  if (cluster.fullName) facts.push(fact(`集群全称：${cluster.fullName}`));
  const value = cluster.valueAdded;
  if (value) {
    const targets = value.targets.map((target) => `${target.year}年目标${formatValue(target.value, value.unit)}`);
    facts.push(fact(`增加值：${value.actual.year}年${formatValue(value.actual.value, value.unit)}；${targets.join('；')}`));
    facts.push(fact(`方案正文的目标表述：“${value.targetText}”`));
  }
  if (cluster.scaleTarget) facts.push(fact(`规模目标：“${cluster.scaleTarget.text}”`));
  const lists = [['leadFirms', '龙头企业'], ['institutes', '研究院所'], ['funds', '基金']] as const;
  const missing: string[] = [];
  for (const [field, label] of lists) {
    if (cluster[field].length > 0) facts.push(fact(`${label}：${list(cluster[field])}`));
    else if (planLists(cluster.plan, data, field)) missing.push(label);
  }
  if (missing.length > 0) unsaid.push(`${pick(data, 'plans', cluster.plan).shortName}没有为${clusterName(cluster)}集群列出${list(missing)}`);
  if (cluster.partners.length > 0) facts.push(fact(`共建城市：${list(cluster.partners)}`));
  if (cluster.note) facts.push(fact(`注：${cluster.note}`));
  const alsoCore = places.filter((other) => other.id !== place.id && clusterPlaces(cluster).includes(other.id));
  return {
    id: cluster.id, heading: clusterName(cluster), tier: cluster.tier, facts, alsoCore,
    chart: value ? placeChartId(place, cluster.plan) : undefined,
  };
}

function planEntry(place: Place, plan: Plan, data: DataRecords, places: Place[], unsaid: string[]): PlanEntry {
  const clusters = placeClusters(place, plan.id, data).map((cluster) => clusterEntry(place, cluster, data, places, unsaid));
  if (clusters.length > 0) return { plan, clusters };
  const naming = [...data.clusters.values()].filter((cluster) => cluster.plan === plan.id && clusterPlaces(cluster).length > 0).length;
  // Not "…so it does not name this place": a source that names no core area may still mention the place otherwise (the intro says so).
  const none = naming === 0
    ? `${plan.shortName}的来源没有为任何集群点名嘉兴境内的核心区`
    : `${plan.shortName}为${formatNumber(naming)}个集群点名了核心区，${place.name}不在其中`;
  unsaid.push(none);
  return { plan, clusters, none };
}

const about = (record: { counties?: readonly string[]; zones?: readonly string[] }, place: Place) =>
  listedPlaces(record).includes(place.id);

function topics(place: Place, data: DataRecords): Topic[] {
  const note = (text: string | undefined, source: string): Fact[] => (text ? [{ text: `注：${text}`, source }] : []);
  const facilities = [...data.facilities.values()].filter((facility) => facility.county === place.id).map((facility) => ({
    id: facility.id,
    facts: [
      { text: `${facility.name}（${FACILITY_KINDS[facility.kind].label}，${facility.place}）：${facility.description}`, source: facility.source },
      ...note(facility.note, facility.source),
    ],
  }));
  const projects = [...data.projects.values()].filter((project) => about(project, place)).map((project) => ({
    id: project.id,
    facts: [
      {
        text: `${project.name}：${formatValue(project.amount.value, project.amount.unit, project.amount.qualifier)}（${project.date.label}${project.place ? `，${project.place}` : ''}）`,
        source: project.source,
      },
      ...note(project.note, project.source),
    ],
  }));
  const indicators = [...data.indicators.values()].filter((indicator) => about(indicator, place)).map((indicator) => ({
    id: indicator.id,
    facts: [
      { text: `${indicator.label}：${formatIndicator(indicator)}（${indicator.period.label}，${indicator.scope}）。${indicator.measures}`, source: indicator.source },
      ...note(indicator.note, indicator.source),
    ],
  }));
  const milestones = [...data.milestones.values()].filter((milestone) => about(milestone, place)).map((milestone) => ({
    id: milestone.id,
    facts: [{ text: `${milestone.date.label}：${milestone.title}。${milestone.description}`, source: milestone.source }],
  }));
  const topic = (key: Topic['key'], heading: string, entries: RecordEntry[], none: string): Topic =>
    ({ key, heading, entries, none: entries.length === 0 ? none : undefined });
  return [
    topic('facilities', '算力设施与产业园', facilities, '算力设施或产业园'),
    topic('projects', '具名投资项目', projects, '具名投资项目'),
    topic('indicators', '单项数据', indicators, '以它为范围的单项数据'),
    topic('milestones', '大事与目标', milestones, '专属它的大事或目标'),
  ];
}

/**
 * The summary line of a place: its kind and, for each plan that names core areas at all, the
 * clusters naming it, or that the plan does not name it. Each plan is its own clause ("列为…"),
 * so a later plan never reads as replacing an earlier one's cluster.
 */
export function placeSummary(place: Place, data: DataRecords): string {
  const parts = [...data.plans.values()]
    .sort((a, b) => a.year - b.year)
    .filter((plan) => [...data.clusters.values()].some((cluster) => cluster.plan === plan.id && clusterPlaces(cluster).length > 0))
    .map((plan) => {
      const clusters = placeClusters(place, plan.id, data);
      const named = clusters.map((cluster) => `${clusterName(cluster)}（${TIER_LABEL[cluster.tier]}）`);
      return `${plan.shortName}${named.length > 0 ? `把它列入${list(named)}` : '没有把它点名为任何集群的核心区'}`;
    });
  return [place.kindLabel, ...parts].join('；') + '。';
}

/**
 * How the plans that name core areas differ, for the places index, from data: a plan that names
 * every county and zone ("…给每个县（市、区）和功能区都指定了集群") against one that names core areas
 * for only some clusters ("…只为2个集群点名了核心区"), and what that does not mean. Undefined when
 * fewer than two plans name core areas.
 */
export function planCoverageNote(data: DataRecords): string | undefined {
  const places = placeList(data);
  const plans = [...data.plans.values()].sort((a, b) => a.year - b.year).map((plan) => {
    const clusters = [...data.clusters.values()].filter((cluster) => cluster.plan === plan.id);
    const naming = clusters.filter((cluster) => clusterPlaces(cluster).length > 0);
    const named = new Set(naming.flatMap(clusterPlaces));
    return { plan, naming: naming.length, all: places.every((place) => named.has(place.id)) };
  }).filter((entry) => entry.naming > 0);
  if (plans.length < 2) return undefined;
  const clauses = plans.map(({ plan, naming, all }) => (all
    ? `${plan.shortName}给每个县（市、区）和功能区都指定了集群`
    : `${plan.shortName}只为${formatNumber(naming)}个集群点名了核心区`));
  const [earlier, later] = [plans[0]!.plan, plans[plans.length - 1]!.plan];
  return `读下面的名单时请注意，各版方案的分法不同：${clauses.join('；')}。一个地方没有被${later.shortName}点名，不说明它在${earlier.shortName}里分到的集群被撤销了，只是没有交代。`;
}

/** Everything a place page says, from data. `stories`: the published stories with their references. */
export function placeProfile(place: Place, data: SiteData, stories: readonly StoryPlaces[]): PlaceProfile {
  const places = placeList(data);
  const byId = (id: string) => places.find((candidate) => candidate.id === id)!;
  const related = [...place.zones, ...place.counties].map(byId);
  const identity: Fact[] = [{ text: `正式名称：${place.name}；类型：${place.kindLabel}`, source: place.source }];
  const own = new Set([placeMapId(place), ...[...data.plans.keys()].map((plan) => placeChartId(place, plan))]);
  const figures = publishedFigures(data.figures.values()).filter((figure) => !own.has(figure.id) && figurePlaces(figure, data).has(place.id));
  const figureIds = new Set(figures.map((figure) => figure.id));
  const unsaid: string[] = [];
  const plans = [...data.plans.values()].sort((a, b) => a.year - b.year).map((plan) => planEntry(place, plan, data, places, unsaid));
  const placeTopics = topics(place, data);
  const noRecords = placeTopics.flatMap((topic) => (topic.none ? [topic.none] : []));
  if (noRecords.length > 0) unsaid.push(`本站整理的数据记录里没有落在${place.name}的${list(noRecords)}`);
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
