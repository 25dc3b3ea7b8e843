/**
 * Schemas of the data collections in content/data/. Every record cites a `source`; every
 * cross-reference is an id (`ref`, `placeRef`: src/lib/data/ref.ts) that must exist in the named
 * collection, checked once all collections are loaded (src/lib/data/references.ts), as is the rule
 * that a target year does not precede its plan. A schema checks only what its record says. Types
 * are derived from these schemas, so a field documented here is the field the site uses.
 */
import { z } from 'astro/zod';
import { numberHint, quote } from './messages';
import { placeRef, ref } from './ref';

export { placeRef, ref };

/** A number; a number written as text ("1,400", "973.43亿") is told how to write it (src/lib/data/messages.ts). */
const finite = (what = 'value') =>
  z.number({ error: (issue) => `${issue.input === undefined ? 'missing' : `got ${quote(issue.input)}`}; expected a finite number for the ${what}${numberHint(issue.input)}` })
    .refine(Number.isFinite, { message: `expected a finite number for the ${what}` });

const year = z.number().int().min(1990, 'expected a four-digit year').max(2100, 'expected a four-digit year');

/**
 * A date or period label. What the site infers is marked one way, with `*` after the inferred part
 * (src/lib/inferred.ts), never in words: "2025年（年份推断）" is refused with that hint.
 */
function markedLabel() {
  return z.string().min(1).refine((label) => !/推断|推算/.test(label), {
    message: 'the label says 推断 in words; mark an inferred date one way, with * straight after the inferred part, e.g. "2025年*" or "2026年上半年*"',
  });
}

/** A date as precise as the source allows: a year always, month and day only when printed. */
export const sourceDate = z.strictObject({
  /** Calendar year. */
  year,
  /** Month 1–12, only if the source states it. */
  month: z.number().int().min(1).max(12).optional(),
  /** Day of the month, only with a month. */
  day: z.number().int().min(1).max(31).optional(),
  /** How the site prints the date, e.g. "2026年春" or "2022年7月23日". */
  label: markedLabel(),
});

/**
 * How a source's date is known: `printed` on the page or document (e.g. a government document's
 * date of issue), or `inferred` from its contents. An inferred date is always printed with the
 * inference mark after it ("2026年下半年*", src/lib/inferred.ts); `basis` says why, in full, on the about page.
 */
export const dateBasis = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('printed'),
    /** Where the date is printed, e.g. "文件落款日期". */
    basis: z.string().min(2, 'expected where the date is printed, e.g. "文件落款日期"'),
  }),
  z.strictObject({
    kind: z.literal('inferred'),
    /** The reasoning in full: what the text shows and what it does not. */
    basis: z.string().min(8, 'expected the reasoning behind the inferred date, in a sentence'),
  }),
], { error: () => 'expected dateBasis { kind: printed, basis } or { kind: inferred, basis }' });

/** A reporting period: label always; year when the period has one (used to order and check targets). */
const period = z.strictObject({
  year: year.optional(),
  /** As printed: "2026年上半年"; an inferred part carries the mark straight after it: "2025年*". */
  label: markedLabel(),
});

/** How the source qualifies a number: 约 (about), 近 (nearly), 超 (over), 以上 (at-least), 高达 (up-to), …级 (order: "5000亿级"). */
const qualifier = z.enum(['exact', 'about', 'nearly', 'over', 'at-least', 'up-to', 'order']).default('exact');
export const tiers = ['global', 'national', 'regional', 'rising'] as const;
const tier = z.enum(tiers);

/**
 * The English of a record's text fields, by the same names and in the same shape (`en: { name:
 * Pinghu }`). Which fields, and the rules of the English, are in src/lib/i18n/text-fields.ts; the
 * loaders check them. Chinese consumers never read it; `localize()` (src/lib/i18n/localize.ts) does.
 */
export const english = z.record(z.string(), z.unknown()).optional();

const adcode = z.string().regex(/^3304\d\d$/, 'expected a six-digit Jiaxing adcode such as "330402"');
const point = z.tuple([finite('longitude'), finite('latitude')]);

export const sourceSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  /** Who published it, named only by what the text shows (no masthead or agency the page does not print). */
  publication: z.string().min(1),
  /** Headline or document title as printed. */
  headline: z.string().min(1),
  /** Reporters as printed, if any. */
  byline: z.string().optional(),
  kind: z.enum(['news-report', 'government-document']),
  date: sourceDate,
  /** How the date is known, so the site can tell a printed date from an inferred one. */
  dateBasis: dateBasis,
  /** File name in shared/articles/. */
  article: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'expected an article file name such as "000_5a463b015cf49cf5.txt"'),
  note: z.string().optional(),
});

export const countySchema = z.strictObject({
  id: adcode,
  /** The English of its text fields. */
  en: english,
  name: z.string().min(2),
  romanised: z.string().min(2),
  kind: z.enum(['district', 'county', 'county-level-city']),
  source: ref('sources'),
  /**
   * What the place page opens with, for someone who lives there: what it makes, what is planned
   * there and what that means, 2–4 sentences from the articles, each naming its document.
   */
  intro: z.string().min(40, 'expected 2–4 sentences (at least 40 characters) for the top of the place page'),
  /** Every source the intro uses. */
  introSources: z.array(ref('sources')).min(1, 'expected the ids of the sources the intro uses'),
});

export const zoneSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  name: z.string().min(2),
  shortName: z.string().min(2),
  /** County-level division(s) the zone lies in. */
  counties: z.array(ref('counties')).min(1),
  /** Town or area the marker stands for. */
  place: z.string(),
  /** [longitude, latitude] of the marker, approximate. */
  point,
  source: ref('sources'),
  /**
   * What the place page opens with, for someone who lives there: what it makes, what is planned
   * there and what that means, 2–4 sentences from the articles, each naming its document.
   */
  intro: z.string().min(40, 'expected 2–4 sentences (at least 40 characters) for the top of the place page'),
  /** Every source the intro uses. */
  introSources: z.array(ref('sources')).min(1, 'expected the ids of the sources the intro uses'),
});

export const planSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  name: z.string(),
  shortName: z.string(),
  documentNumber: z.string().optional(),
  issuer: z.string(),
  /** Year issued: no target of the plan may precede it (src/lib/data/references.ts). */
  year,
  issued: z.coerce.date().optional(),
  effective: z.coerce.date().optional(),
  summary: z.string(),
  source: ref('sources'),
});

const yearValue = z.strictObject({ year, value: finite('value') });

export const clusterSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
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
  valueAdded: z.strictObject({
    unit: z.literal('亿元'),
    actual: yearValue,
    targets: z.array(yearValue).min(1),
    /** The plan body's wording of the last target. */
    targetText: z.string(),
  }).optional(),
  scaleTarget: z.strictObject({ value: finite('scale target'), unit: z.string(), text: z.string() }).optional(),
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
});

export const indicatorSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  /** Short label for a key-figure card. */
  label: z.string().min(1),
  value: finite('value'),
  unit: z.string().min(1),
  qualifier,
  /**
   * actual (a measured level), planned (investment signed or planned: not an outcome), size (of a
   * fund or programme), growth (a change in %), share (a part of a whole, %), rate (a rate that is
   * not a part of a whole, e.g. a support rate), count, rank, target (a goal).
   */
  kind: z.enum(['actual', 'planned', 'size', 'growth', 'share', 'rate', 'count', 'rank', 'target']),
  /** The plan that sets a target, if any. */
  plan: ref('plans').optional(),
  period,
  /** The area or body the figure describes. */
  scope: z.string(),
  /** County-level divisions (adcodes) the scope is, or lies in; empty for the city or wider. Puts the figure on those place pages. */
  counties: z.array(ref('counties')).default([]),
  /** Functional zones the scope is, or lies in; puts the figure on those place pages. */
  zones: z.array(ref('zones')).default([]),
  /** What exactly is measured, in a sentence. */
  measures: z.string().min(4),
  topic: z.enum(['clusters', 'compute', 'ai', 'investment']),
  source: ref('sources'),
  note: z.string().optional(),
});

export const projectSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  name: z.string(),
  amount: z.strictObject({
    value: finite('amount'),
    unit: z.enum(['亿元', '万元', '亿美元', '万美元']),
    currency: z.enum(['CNY', 'USD']),
    qualifier,
  }).refine((amount) => amount.unit.includes('美元') === (amount.currency === 'USD'), { message: 'the unit and the currency disagree (美元 units go with USD)' }),
  counties: z.array(ref('counties')).default([]),
  /** Functional zones the project is placed in, only where the article says so. */
  zones: z.array(ref('zones')).default([]),
  place: z.string().optional(),
  date: period,
  source: ref('sources'),
  note: z.string().optional(),
});

export const facilitySchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
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

export const milestoneSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  date: sourceDate,
  kind: z.enum(['event', 'target']),
  title: z.string(),
  description: z.string(),
  /** County-level divisions (adcodes) the event or target concerns; empty for the whole city. */
  counties: z.array(ref('counties')).default([]),
  /** Functional zones the event or target concerns. */
  zones: z.array(ref('zones')).default([]),
  source: ref('sources'),
});

/**
 * A glossary entry (content/data/glossary.yaml, the /glossary/ page). Stories mark a term with
 * <Term>text</Term>, where the text is the `term` or one of its `aliases`.
 */
export const glossarySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case ASCII id with hyphens, such as "guishang" (the anchor /glossary/#guishang)'),
  /** The English of its text fields. */
  en: english,
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** In the site's own words, for a reader who knows none of the documents. */
  definition: z.string().min(20, 'expected a definition of at least 20 characters, in our own words'),
  /** The article that uses the term as defined, if any. */
  source: ref('sources').optional(),
  /** A general reference for what the articles do not define (e.g. a statistics standard). */
  reference: z.string().min(2).optional(),
});

/**
 * A promotional claim that only its speaker may make (content/data/claims.yaml): wherever `text`
 * appears in a story it must stand inside quotation marks “…”, in a paragraph that cites `source`.
 */
export const claimSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  /** The words of the claim, as the story would quote them. */
  text: z.string().min(2),
  /** Who makes the claim: "报道", "平湖市经信局负责人"… */
  speaker: z.string().min(2),
  source: ref('sources'),
});

/** A correction (content/data/corrections.yaml): listed on /corrections/ and on the page it corrects. */
export const correctionSchema = z.strictObject({
  id: z.string(),
  /** The English of its text fields. */
  en: english,
  /** The day the correction was published, YYYY-MM-DD. */
  date: z.coerce.date({ error: 'expected the day of the correction as YYYY-MM-DD' }),
  /** The story corrected (its slug), if the correction is in a story. */
  story: z.string().optional(),
  /** Otherwise the page corrected, as a site path without the base: "places/pinghu/". */
  page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/, 'expected a site path such as "places/pinghu/"').optional(),
  /** What the page said. */
  was: z.string().min(4),
  /** What it says now, and why. */
  now: z.string().min(4),
}).refine((c) => (c.story === undefined) !== (c.page === undefined), { message: 'expected either "story" (a story slug) or "page" (a site path), not both' });

export type Source = z.infer<typeof sourceSchema>;
export type County = z.infer<typeof countySchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
/** What an indicator's number is: "actual", "target", "share"… */
export type IndicatorKind = Indicator['kind'];
export type Project = z.infer<typeof projectSchema>;
export type Facility = z.infer<typeof facilitySchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Tier = (typeof tiers)[number];

/** Frontmatter of a story in content/stories/. */
export const storySchema = z.strictObject({
  /** Headline. */
  title: z.string().min(4),
  /** Standfirst under the headline. */
  dek: z.string().min(4),
  /**
   * The 要点 box under the title: 2–5 short points that give the story's point on the first
   * phone screen. An inferred date carries the mark * after it.
   */
  keyPoints: z.array(z.string().trim().min(4, 'expected a short sentence').max(60, 'expected at most 60 characters: keep a key point short')).min(2, 'expected 2–5 key points (要点)').max(5, 'expected 2–5 key points (要点)'),
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
  /** Places (county adcodes, zone ids) the story covers beyond those its figures show; listed at its end. */
  places: z.array(placeRef()).default([]),
  /** Drafts are left out of the build. */
  draft: z.boolean().default(false),
  /** The story's old slugs: each old address /stories/<old>/ leads here (a redirect page and a _redirects line). */
  formerSlugs: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an old slug as it was in the address /stories/<slug>/, in lower case, e.g. "compute-power"')).default([]),
});

export type StoryFrontmatter = z.infer<typeof storySchema>;
