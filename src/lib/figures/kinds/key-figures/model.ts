/**
 * Key-figure strips (figure kind "key-figures"): one card per indicator of the figure, in its
 * order. Each is a single published figure: nothing joins the cards, nothing makes them a trend.
 */
import type { DataRecords } from '../../../data/records';
import type { FigureTable } from '../../table';
import { indicatorCard, type Card } from '../../../charts/cards';
import { chartWords, indicatorColumns, indicatorRow } from '../../../charts/words';
import { listed } from '../../../charts/fail';

const CHART = 'key-figures strip';

/** The cards of a key-figures figure, in figure.indicators order. */
export function keyFigureCards(figure: { id: string; indicators: readonly string[] }, data: DataRecords): Card[] {
  const words = chartWords(data);
  return listed(figure, data, 'indicators').map((indicator) => indicatorCard(indicator, CHART, undefined, words));
}

/** The strip's table: one row per card. */
export function keyFiguresTable(figure: { id: string; title: string; indicators: readonly string[] }, data: DataRecords): FigureTable {
  const indicators = listed(figure, data, 'indicators');
  const cards = keyFigureCards(figure, data);
  const words = chartWords(data);
  return {
    caption: words.fill(words.charts.keyFiguresCaption, { title: figure.title }),
    columns: indicatorColumns(words, 'colIndicator', 'colScope'),
    rows: indicators.map((indicator, index) => indicatorRow(indicator, cards[index]!.values[0]!.text, words)),
  };
}
