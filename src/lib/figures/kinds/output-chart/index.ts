/**
 * output-chart: value added of each cluster of a plan, one dumbbell per cluster (actual and
 * targets), grouped by tier. With `place`, only the clusters naming that place (place pages).
 */
import { chartScene } from '../../../charts/scene';
import { CHART_SIZES } from '../../../charts/sizes';
import { chartWords, countedUnit } from '../../../charts/words';
import { valueAxis } from '../../../i18n/numbers';
import { clusterPlaces, placeChartId, placeClusters, placeList } from '../../../places';
import { defineKind } from '../../kind';
import schema from './schema';
import { outputDescription, outputLayout, outputModel, outputTable } from './model';
import OutputSvg from './OutputSvg.astro';

export default defineKind(schema, {
  scene(figure, data) {
    const model = outputModel(figure, data);
    const layouts = CHART_SIZES.map((size) => outputLayout(model, size));
    return chartScene({
      chartClass: 'chart-output',
      drawing: { component: OutputSvg, layouts, props: { figureId: figure.id, title: figure.title, description: outputDescription(model) } },
      table: outputTable(model),
      place: figure.place,
    });
  },
  places(figure, data) {
    if (figure.place) return [figure.place];
    return [...data.clusters.values()].filter((c) => c.plan === figure.plan && c.valueAdded).flatMap(clusterPlaces);
  },
  /** On each place page, one chart per plan whose clusters name the place and carry value added. */
  generate: (data) => placeList(data).flatMap((place) => [...data.plans.values()].flatMap((plan) => {
    const clusters = placeClusters(place, plan.id, data).filter((cluster) => cluster.valueAdded);
    if (clusters.length === 0) return [];
    const words = chartWords(data);
    const { unit } = clusters[0]!.valueAdded!;
    const max = Math.max(...clusters.flatMap((cluster) => [cluster.valueAdded!.actual.value, ...(cluster.valueAdded!.targets ?? []).map((target) => target.value)]));
    const names = clusters.map((cluster) => words.fill(words.charts.clusterName, { name: cluster.name }));
    return [{
      id: placeChartId(place, plan.id), kind: 'output-chart', plan: plan.id, place: place.id,
      title: words.fill(words.charts.placeTitle, { place: place.shortName, clusters: words.list(names) }),
      dek: words.fill(words.charts.placeDek, { plan: plan.shortName, unit: valueAxis(data, unit, countedUnit(data, unit, `place chart ${placeChartId(place, plan.id)}`), max).unit }),
    }];
  })),
});
