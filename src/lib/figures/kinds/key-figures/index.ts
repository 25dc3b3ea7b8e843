/** key-figures: one card per indicator, in the figure's order; nothing joins them into a trend. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { chartScene } from '../../../charts/scene';
import { recordPlaces } from '../../../places';
import { defineKind, needs } from '../../kind';
import { keyFigureCards, keyFiguresTable } from './model';

export default defineKind({
  name: 'key-figures',
  fields: {
    /** The numbers, one card each. */
    indicators: needs('key-figures', 'indicators', z.array(ref('indicators'))),
  },
  scene: (figure, data) => chartScene({
    chartClass: 'chart-key-figures',
    cards: keyFigureCards(figure, data),
    cardsLabel: figure.title,
    table: keyFiguresTable(figure, data),
  }),
  places: (figure, data) => recordPlaces(data, figure),
});
