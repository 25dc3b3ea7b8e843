/** timeline: the figure's milestones in date order; events filled, targets hollow and tagged 目标. */
import { recordPlaces } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { timelineEntries, timelineTable } from './model';
import Timeline from './Timeline.astro';

export default defineKind(schema, {
  scene: (figure, data) => ({
    graphic: Timeline,
    styles: ['charts'],
    legend: [],
    panels: [],
    cards: [],
    cardsLabel: '',
    timeline: timelineEntries(figure, data),
    table: timelineTable(figure, data),
  }),
  places: (figure, data) => recordPlaces(data, figure),
});
