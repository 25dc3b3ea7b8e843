import type { Figure } from '../data/schemas';
import type { SiteData } from '../data/types';
import type { FigureTable } from './table';

/** The table of what a chart figure plots. (Placeholder: the charts work replaces it.) */
export function chartTable(figure: Figure, _data: SiteData): FigureTable {
  throw new Error(`chart figure "${figure.id}" (${figure.kind}) is not drawn yet`);
}
