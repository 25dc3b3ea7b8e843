import type { Figure } from '../data/schemas';
import type { SiteData } from '../data/types';
import type { FigureTable } from './table';

/** The table of what a map figure plots. (Placeholder: the maps work replaces it.) */
export function mapTable(figure: Figure, _data: SiteData): FigureTable {
  throw new Error(`map figure "${figure.id}" (${figure.kind}) is not drawn yet`);
}
