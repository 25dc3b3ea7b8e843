import { fixtureData } from '../../helpers/fixture-data';
import type { Figure, FigureKindName } from '../../../src/lib/figures/schemas';
import { pick, type SiteData } from '../../../src/lib/data/types';

/** A fresh copy of the frozen test data (tests/helpers/fixture-data.ts), safe to doctor in a test. */
export { fixtureData as siteData };

/** The record of a figure of kind K. */
export type FigureOf<K extends FigureKindName> = Extract<Figure, { kind: K }>;

const data = fixtureData();

/** A figure of the registry by id, which the test expects to be of kind `kind` (it fails if not). */
export function figureOf<K extends FigureKindName>(id: string, kind: K, from: SiteData = data): FigureOf<K> {
  const figure = pick(from, 'figures', id);
  if (figure.kind !== kind) throw new Error(`test fixture: figure "${id}" is a ${figure.kind}, not a ${kind}`);
  return figure as FigureOf<K>;
}
