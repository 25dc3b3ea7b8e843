/**
 * Figures generated for the place pages, from data: for every county and zone a locator map,
 * and for every plan whose clusters name the place and carry value added, an output chart of
 * just those clusters. They join the figures of figures.yaml, so each gets an embed page, SVG,
 * PNG and CSV downloads and a gallery entry like any other figure.
 */
import type { Figure } from '../data/schemas';
import type { SiteData } from '../data/types';
import { clusterName } from '../map/wording';
import { placeList } from '../places';
import { placeChartId, placeClusters, placeMapId } from '../places-profile';

/** Every generated place figure, in place order (map first, then one chart per plan). */
export function placeFigures(data: SiteData): Figure[] {
  return placeList(data).flatMap((place) => {
    const map: Figure = {
      notes: [], indicators: [], projects: [], facilities: [], milestones: [], clusters: [],
      id: placeMapId(place), kind: 'locator-map', place: place.id,
      title: `${place.name}在嘉兴的位置`,
      dek: place.kind === 'zone'
        ? `${place.name}是${place.kindLabel}，不是县级行政区，图中以圆点标出。`
        : `${place.name}（${place.kindLabel}）在嘉兴市的位置${place.zones.length > 0 ? '，圆点为境内的功能区' : ''}。`,
    };
    const charts = [...data.plans.values()].flatMap((plan): Figure[] => {
      const clusters = placeClusters(place, plan.id, data).filter((cluster) => cluster.valueAdded);
      if (clusters.length === 0) return [];
      const unit = clusters[0]!.valueAdded!.unit;
      return [{
        notes: [], indicators: [], projects: [], facilities: [], milestones: [], clusters: [],
        id: placeChartId(place, plan.id), kind: 'output-chart', plan: plan.id, place: place.id,
        title: `${place.shortName}的${clusters.map(clusterName).join('、')}：增加值与目标`,
        dek: `${plan.shortName}：增加值实绩与目标（${unit}）。`,
      }];
    });
    return [map, ...charts];
  });
}

/** The data with the generated place figures added to figures.yaml's; an id used twice is an error. */
export function withPlaceFigures(data: SiteData): SiteData {
  const figures = new Map(data.figures);
  for (const figure of placeFigures(data)) {
    if (figures.has(figure.id)) throw new Error(`content/data/figures.yaml → ${figure.id}: this id is reserved for a generated place figure (/places/); choose another id`);
    figures.set(figure.id, figure);
  }
  return { ...data, figures };
}
