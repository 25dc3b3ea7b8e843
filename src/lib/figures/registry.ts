/**
 * The figure kinds that draw: one line each. A kind is a folder under ./kinds/ (see ./kind.ts);
 * this list finds a figure's kind, its places and the figures the kinds make from data. Their
 * records' schema is ./schemas.ts.
 */
import type { DataRecords } from '../data/records';
import type { KindScene } from './kind';
import { KIND_NAMES, type Figure } from './schemas';
import tierMap from './kinds/tier-map';
import compareMap from './kinds/compare-map';
import clusterMap from './kinds/cluster-map';
import facilityMap from './kinds/facility-map';
import nationalClusterMap from './kinds/national-cluster-map';
import locatorMap from './kinds/locator-map';
import outputChart from './kinds/output-chart';
import computeChart from './kinds/compute-chart';
import investmentChart from './kinds/investment-chart';
import keyFigures from './kinds/key-figures';
import timeline from './kinds/timeline';
import barChart from './kinds/bar-chart';
import lineChart from './kinds/line-chart';

export const KINDS = [
  tierMap, compareMap, clusterMap, facilityMap, nationalClusterMap, locatorMap,
  outputChart, computeChart, investmentChart, keyFigures, timeline, barChart, lineChart,
] as const;

/** What the rest of the site asks of a figure's kind. */
export interface KindOf {
  scene(figure: Figure, data: DataRecords): KindScene;
  places(figure: Figure, data: DataRecords): string[];
}

/** The kind of a figure. */
export function kindOf(figure: Figure): KindOf {
  const kind = KINDS.find((candidate) => candidate.name === figure.kind);
  if (!kind) throw new Error(`figure "${figure.id}": unknown kind "${figure.kind}"; expected one of: ${KIND_NAMES.join(', ')}`);
  // A kind receives only figures of its own kind: the name was matched just above.
  return kind as unknown as KindOf;
}

/** The places (county adcodes, zone ids) a figure carries data about. */
export function figurePlaces(figure: Figure, data: DataRecords): Set<string> {
  return new Set(kindOf(figure).places(figure, data));
}

/**
 * The figures the kinds make from data (the place pages' maps and charts), validated by their
 * kind's schema: for each place its map, then its charts, in place order.
 */
export function generatedFigures(data: DataRecords): Figure[] {
  const made = KINDS.flatMap((kind) => ('generate' in kind && kind.generate ? kind.generate(data) : []).map((record) => kind.schema.parse(record) as Figure));
  const placeOrder = (figure: Figure) => ('place' in figure ? [...data.counties.keys(), ...data.zones.keys()].indexOf(String(figure.place)) : -1);
  return made.map((figure, index) => ({ figure, index })).sort((a, b) => placeOrder(a.figure) - placeOrder(b.figure) || a.index - b.index).map(({ figure }) => figure);
}

/** The data with the generated figures added to figures.yaml's; an id used twice is an error. */
export function withGeneratedFigures<D extends DataRecords & { figures: Map<string, Figure> }>(data: D): D {
  const figures = new Map(data.figures);
  for (const figure of generatedFigures(data)) {
    if (figures.has(figure.id)) throw new Error(`content/data/figures.yaml → ${figure.id}: this id is reserved for a generated place figure (/places/); choose another id`);
    figures.set(figure.id, figure);
  }
  return { ...data, figures };
}
