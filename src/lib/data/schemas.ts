/**
 * Schemas of the data collections in content/data/. Every record cites a `source`; every
 * cross-reference is an id that must exist in the named collection. Types are derived from
 * these schemas, so a field documented here is the field the site uses.
 */
import { z } from 'astro/zod';
import { readCollection, type DataCollection } from './files';

/** An id that must name an existing record of `collection` (checked against the data file). */
export function ref(collection: DataCollection) {
  return z.union([z.string(), z.number()]).transform((value) => String(value)).superRefine((id, ctx) => {
    const known = readCollection(collection).map((record) => record.id);
    if (!known.includes(id)) {
      const list = known.length <= 12 ? known.join(', ') : `${known.slice(0, 12).join(', ')}, …`;
      ctx.addIssue({ code: 'custom', message: `unknown ${collection} id "${id}"; expected one of: ${list}` });
    }
  });
}

const finite = (what = 'value') =>
  z.number({ error: (issue) => `expected a finite number for the ${what}, got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}` })
    .refine(Number.isFinite, { message: `expected a finite number for the ${what}` });

const year = z.number().int().min(1990, 'expected a four-digit year').max(2100, 'expected a four-digit year');

/** A date as precise as the source allows: a year always, month and day only when printed. */
export const sourceDate = z.object({
  /** Calendar year. */
  year,
  /** Month 1–12, only if the source states it. */
  month: z.number().int().min(1).max(12).optional(),
  /** Day of the month, only with a month. */
  day: z.number().int().min(1).max(31).optional(),
  /** How the site prints the date, e.g. "2026年春" or "2022年7月23日". */
  label: z.string().min(1),
});

/** A reporting period: label always; year when the period has one (used to order and check targets). */
const period = z.object({
  year: year.optional(),
  label: z.string().min(1),
});

const qualifier = z.enum(['exact', 'about', 'over', 'at-least', 'up-to']).default('exact');
export const tiers = ['global', 'national', 'regional', 'rising'] as const;
const tier = z.enum(tiers);

const adcode = z.string().regex(/^3304\d\d$/, 'expected a six-digit Jiaxing adcode such as "330402"');
const point = z.tuple([finite('longitude'), finite('latitude')]);

/** The year a plan was issued, for checking that its targets lie after it. */
function planYear(planId: string): number | undefined {
  const plan = readCollection('plans').find((record) => record.id === planId);
  return typeof plan?.data.year === 'number' ? plan.data.year : undefined;
}

function targetAfterPlan(ctx: z.RefinementCtx, planId: string | undefined, targetYear: number | undefined, path: (string | number)[]) {
  if (!planId || targetYear === undefined) return;
  const issued = planYear(planId);
  if (issued !== undefined && targetYear < issued) {
    ctx.addIssue({ code: 'custom', path, message: `target year ${targetYear} precedes its plan "${planId}" (issued ${issued}); expected ${issued} or later` });
  }
}

export const sourceSchema = z.object({
  id: z.string(),
  /** Newspaper, agency or issuing authority. */
  publication: z.string().min(1),
  /** Headline or document title as printed. */
  headline: z.string().min(1),
  /** Reporters as printed, if any. */
  byline: z.string().optional(),
  kind: z.enum(['news-report', 'government-document']),
  date: sourceDate,
  /** File name in shared/articles/. */
  article: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'expected an article file name such as "000_5a463b015cf49cf5.txt"'),
  note: z.string().optional(),
});

export const countySchema = z.object({
  id: adcode,
  name: z.string().min(2),
  romanised: z.string().min(2),
  kind: z.enum(['district', 'county', 'county-level-city']),
  source: ref('sources'),
});

export const zoneSchema = z.object({
  id: z.string(),
  name: z.string().min(2),
  shortName: z.string().min(2),
  /** County-level division(s) the zone lies in. */
  counties: z.array(ref('counties')).min(1),
  /** Town or area the marker stands for. */
  place: z.string(),
  /** [longitude, latitude] of the marker, approximate. */
  point,
  source: ref('sources'),
});

export const planSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  documentNumber: z.string().optional(),
  issuer: z.string(),
  /** Year issued: no target of the plan may precede it. */
  year,
  issued: z.coerce.date().optional(),
  effective: z.coerce.date().optional(),
  summary: z.string(),
  source: ref('sources'),
});

const yearValue = z.object({ year, value: finite('value') });

export const clusterSchema = z.object({
  id: z.string(),
  plan: ref('plans'),
  /** Industry, as the plan names it. */
  name: z.string().min(1),
  fullName: z.string().optional(),
  tier,
  /** Core counties (adcodes) the source names; empty where it names none. */
  counties: z.array(ref('counties')),
  /** Core functional zones the source names. */
  zones: z.array(ref('zones')),
  /** Value added: actual and targets (2022 plan appendix). */
  valueAdded: z.object({
    unit: z.literal('亿元'),
    actual: yearValue,
    targets: z.array(yearValue).min(1),
    /** The plan body's wording of the last target. */
    targetText: z.string(),
  }).optional(),
  scaleTarget: z.object({ value: finite('scale target'), unit: z.string(), text: z.string() }).optional(),
  leadFirms: z.array(z.string()).default([]),
  institutes: z.array(z.string()).default([]),
  funds: z.array(z.string()).default([]),
  /** Other cities in a cross-city cluster. */
  partners: z.array(z.string()).default([]),
  /**
   * True where the source ends its list of member cities with 等 ("台州、宁波、杭州、嘉兴等地"), so
   * other cities may take part: maps then say "not listed", never "not a member".
   */
  partnersIncomplete: z.boolean().default(false),
  source: ref('sources'),
  note: z.string().optional(),
}).superRefine((cluster, ctx) => {
  cluster.valueAdded?.targets.forEach((target, index) => {
    targetAfterPlan(ctx, cluster.plan, target.year, ['valueAdded', 'targets', index, 'year']);
  });
});

export const indicatorSchema = z.object({
  id: z.string(),
  /** Short label for a key-figure card. */
  label: z.string().min(1),
  value: finite('value'),
  unit: z.string().min(1),
  qualifier,
  kind: z.enum(['actual', 'growth', 'share', 'count', 'rank', 'target']),
  /** The plan that sets a target, if any. */
  plan: ref('plans').optional(),
  period,
  /** The area or body the figure describes. */
  scope: z.string(),
  /** What exactly is measured, in a sentence. */
  measures: z.string().min(4),
  topic: z.enum(['clusters', 'compute', 'ai', 'investment']),
  source: ref('sources'),
  note: z.string().optional(),
}).superRefine((indicator, ctx) => {
  targetAfterPlan(ctx, indicator.plan, indicator.period.year, ['period', 'year']);
});

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  amount: z.object({
    value: finite('amount'),
    unit: z.enum(['亿元', '万元', '亿美元', '万美元']),
    currency: z.enum(['CNY', 'USD']),
    qualifier,
  }).refine((amount) => amount.unit.includes('美元') === (amount.currency === 'USD'), { message: 'the unit and the currency disagree (美元 units go with USD)' }),
  counties: z.array(ref('counties')).default([]),
  place: z.string().optional(),
  date: period,
  source: ref('sources'),
  note: z.string().optional(),
});

export const facilitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['supercomputing-centre', 'intelligent-computing-centre', 'industrial-park']),
  county: ref('counties'),
  place: z.string(),
  point,
  /**
   * How maps label the marker, one string per line (default: the name on one line). Together the
   * lines must spell the name or a part of it (a place the county label already gives may be left out).
   */
  mapLabel: z.array(z.string().min(1)).min(1).max(3).optional(),
  description: z.string(),
  source: ref('sources'),
  note: z.string().optional(),
}).superRefine((facility, ctx) => {
  if (facility.mapLabel && !facility.name.includes(facility.mapLabel.join(''))) {
    ctx.addIssue({ code: 'custom', path: ['mapLabel'], message: `the lines spell "${facility.mapLabel.join('')}"; expected the name "${facility.name}", or a part of it, split into lines` });
  }
});

export const milestoneSchema = z.object({
  id: z.string(),
  date: sourceDate,
  kind: z.enum(['event', 'target']),
  title: z.string(),
  description: z.string(),
  source: ref('sources'),
});

export type Source = z.infer<typeof sourceSchema>;
export type County = z.infer<typeof countySchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Facility = z.infer<typeof facilitySchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Tier = (typeof tiers)[number];

export const figureKinds = [
  'tier-map', 'compare-map', 'cluster-map', 'facility-map', 'national-cluster-map',
  'output-chart', 'compute-chart', 'investment-chart', 'key-figures', 'timeline',
] as const;

/** What each figure kind needs from its record. */
const figureNeeds: Record<(typeof figureKinds)[number], 'plan' | 'plans' | 'cluster' | 'clusters' | 'facilities' | 'indicators' | 'milestones'> = {
  'tier-map': 'plan',
  'compare-map': 'plans',
  'cluster-map': 'cluster',
  'facility-map': 'facilities',
  'national-cluster-map': 'clusters',
  'output-chart': 'plan',
  'compute-chart': 'indicators',
  'investment-chart': 'indicators',
  'key-figures': 'indicators',
  timeline: 'milestones',
};

/** A figure (map or chart) that stories embed by id, and that embeds and downloads are made of. */
export const figureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case id with hyphens, such as "map-2022-tiers"'),
  kind: z.enum(figureKinds),
  /** Headline. */
  title: z.string().min(2),
  /** One-line standfirst saying what the figure shows. */
  dek: z.string().min(2),
  /** Notes printed under the graphic: what a target means, where sources disagree. */
  notes: z.array(z.string()).default([]),
  /** Slug of the story the figure belongs to (embeds link back to it). */
  story: z.string().optional(),
  plan: ref('plans').optional(),
  plans: z.array(ref('plans')).optional(),
  cluster: ref('clusters').optional(),
  /** Cross-city clusters whose member cities a national-cluster-map draws on Zhejiang's map, one panel each. */
  clusters: z.array(ref('clusters')).default([]),
  indicators: z.array(ref('indicators')).default([]),
  projects: z.array(ref('projects')).default([]),
  facilities: z.array(ref('facilities')).default([]),
  milestones: z.array(ref('milestones')).default([]),
}).superRefine((figure, ctx) => {
  const need = figureNeeds[figure.kind];
  const value = figure[need];
  const missing = value === undefined || (Array.isArray(value) && value.length === 0);
  if (missing) ctx.addIssue({ code: 'custom', path: [need], message: `a ${figure.kind} figure needs "${need}"` });
  if (figure.kind === 'compare-map' && figure.plans && figure.plans.length !== 2) {
    ctx.addIssue({ code: 'custom', path: ['plans'], message: 'a compare-map needs exactly two plans' });
  }
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureKind = Figure['kind'];

/** Frontmatter of a story in content/stories/. */
export const storySchema = z.object({
  /** Headline. */
  title: z.string().min(4),
  /** Standfirst under the headline. */
  dek: z.string().min(4),
  /** First publication date (YYYY-MM-DD). */
  published: z.coerce.date(),
  /** Date of the last substantive update, if any. */
  updated: z.coerce.date().optional(),
  byline: z.string().min(2),
  /** One or two sentences for cards and the meta description. */
  summary: z.string().min(10).max(160),
  /** Source articles the story draws on, listed in its 来源 section. */
  sources: z.array(ref('sources')).min(1),
  /** The figure shown on cards and as the social image. */
  leadFigure: ref('figures').optional(),
  tags: z.array(z.string()).default([]),
  /** Drafts are left out of the build. */
  draft: z.boolean().default(false),
});

export type StoryFrontmatter = z.infer<typeof storySchema>;
