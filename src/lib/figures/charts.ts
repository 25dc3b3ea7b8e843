import type { Figure } from '../data/schemas';
import type { SiteData } from '../data/types';
import type { FigureTable } from './table';
import { computeModel, computeTable } from '../charts/compute';
import { investmentModel, investmentTable } from '../charts/investment';
import { keyFiguresTable } from '../charts/key-figures';
import { outputModel, outputTable } from '../charts/output';
import { timelineTable } from '../charts/timeline';
import { barModel, barTable } from '../charts/bar';
import { lineModel, lineTable } from '../charts/line';

/** The table of what a chart figure plots: one row per mark, from the same model the chart draws. */
export function chartTable(figure: Figure, data: SiteData): FigureTable {
  switch (figure.kind) {
    case 'output-chart': return outputTable(outputModel(figure, data));
    case 'compute-chart': return computeTable(computeModel(figure, data));
    case 'investment-chart': return investmentTable(investmentModel(figure, data));
    case 'key-figures': return keyFiguresTable(figure, data);
    case 'timeline': return timelineTable(figure, data);
    case 'bar-chart': return barTable(barModel(figure, data));
    case 'line-chart': return lineTable(lineModel(figure, data));
    default: throw new Error(`figure "${figure.id}": kind "${figure.kind}" is not a chart`);
  }
}
