/**
 * The figure schema: a union on `kind` of every kind's records (each kind's schema.ts, one line
 * each here), with which the content layer validates content/data/figures.yaml. What draws a kind
 * is listed in ./registry.ts.
 */
import { z } from 'astro/zod';
import { FIGURE_TEXT_FIELDS } from './kind-schema';
import tierMap from './kinds/tier-map/schema';
import compareMap from './kinds/compare-map/schema';
import clusterMap from './kinds/cluster-map/schema';
import facilityMap from './kinds/facility-map/schema';
import nationalClusterMap from './kinds/national-cluster-map/schema';
import locatorMap from './kinds/locator-map/schema';
import outputChart from './kinds/output-chart/schema';
import computeChart from './kinds/compute-chart/schema';
import investmentChart from './kinds/investment-chart/schema';
import keyFigures from './kinds/key-figures/schema';
import timeline from './kinds/timeline/schema';
import barChart from './kinds/bar-chart/schema';
import lineChart from './kinds/line-chart/schema';

export const KIND_SCHEMAS = [
  tierMap, compareMap, clusterMap, facilityMap, nationalClusterMap, locatorMap,
  outputChart, computeChart, investmentChart, keyFigures, timeline, barChart, lineChart,
] as const;

type KindSchema = (typeof KIND_SCHEMAS)[number];

/** The kinds' names, in the order above. */
export const KIND_NAMES: readonly string[] = KIND_SCHEMAS.map((kind) => kind.name);

/** A figure (map or chart) that stories embed by id, and that embeds and downloads are made of (content/data/figures.yaml). */
export const figureSchema = z.discriminatedUnion(
  'kind',
  KIND_SCHEMAS.map((kind) => kind.schema) as unknown as [KindSchema['schema'], ...KindSchema['schema'][]],
  { error: (issue) => (issue.code === 'invalid_union' ? `expected "kind" to be one of: ${KIND_NAMES.join(', ')}` : undefined) },
);

export type Figure = z.infer<typeof figureSchema>;
export type FigureKindName = Figure['kind'];

/**
 * The text fields of a figure of `kind`, for its English: those of every figure and the kind's
 * own. An unknown kind has only the common ones (the schema reports the kind).
 */
export function figureTextFields(kind: string): Readonly<Record<string, string>> {
  const found = KIND_SCHEMAS.find((candidate) => candidate.name === kind);
  return { ...FIGURE_TEXT_FIELDS, ...(found?.text ?? {}) };
}
