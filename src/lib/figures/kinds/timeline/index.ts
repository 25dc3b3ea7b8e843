/** timeline: the figure's milestones in date order; events filled, targets hollow and tagged 目标. */
import { z } from 'astro/zod';
import { ref } from '../../../data/ref';
import { recordPlaces } from '../../../places';
import { defineKind, needs } from '../../kind';
import { timelineEntries, timelineTable } from './model';
import Timeline from './Timeline.astro';

export default defineKind({
  name: 'timeline',
  fields: {
    /** The milestones, in any order (drawn by date). */
    milestones: needs('timeline', 'milestones', z.array(ref('milestones'))),
  },
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
