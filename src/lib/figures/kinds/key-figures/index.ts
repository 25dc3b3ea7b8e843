/** key-figures: one card per indicator, in the figure's order; nothing joins them into a trend. */
import { chartScene } from '../../../charts/scene';
import { recordPlaces } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { keyFigureCards, keyFiguresTable } from './model';

export default defineKind(schema, {
  scene: (figure, data) => chartScene({
    chartClass: 'chart-key-figures',
    cards: keyFigureCards(figure, data),
    cardsLabel: figure.title,
    table: keyFiguresTable(figure, data),
  }),
  places: (figure, data) => recordPlaces(data, figure),
});
