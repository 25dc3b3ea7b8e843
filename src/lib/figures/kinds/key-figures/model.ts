/**
 * Key-figure strips (figure kind "key-figures"): one card per indicator of the figure, in its
 * order. Each is a single published figure: nothing joins the cards, nothing makes them a trend.
 */
import type { DataRecords } from '../../../data/records';
import { quantityOf, type FigureTable } from '../../table';
import { indicatorCard, KIND_LABEL, type Card } from '../../../charts/cards';
import { listed } from '../../../charts/fail';

const CHART = 'key-figures strip';

/** The cards of a key-figures figure, in figure.indicators order. */
export function keyFigureCards(figure: { id: string; indicators: readonly string[] }, data: DataRecords): Card[] {
  return listed(figure, data, 'indicators').map((indicator) => indicatorCard(indicator, CHART));
}

/** The strip's table: one row per card. */
export function keyFiguresTable(figure: { id: string; title: string; indicators: readonly string[] }, data: DataRecords): FigureTable {
  const indicators = listed(figure, data, 'indicators');
  const cards = keyFigureCards(figure, data);
  return {
    caption: `${figure.title}：报道公布的数字`,
    columns: [
      { key: 'item', label: '指标' },
      { key: 'value', label: '数值（按报道）', quantity: true },
      { key: 'kind', label: '类型' },
      { key: 'date', label: '时间' },
      { key: 'place', label: '范围' },
      { key: 'note', label: '说明' },
    ],
    rows: indicators.map((indicator, index) => ({
      cells: {
        item: indicator.label,
        value: cards[index]!.values[0]!.text,
        kind: KIND_LABEL[indicator.kind],
        date: indicator.period.label,
        place: indicator.scope,
        note: indicator.measures,
      },
      source: indicator.source,
      quantity: quantityOf(indicator),
    })),
  };
}
