/** A figure's scene (src/lib/figures/scene.ts): what every output of a figure is made from. */
import { describe, expect, test } from 'vitest';
import CountyMap from '../../../src/components/map/CountyMap.astro';
import { siteDataFromFiles } from '../../helpers/site-data';
import type { Figure } from '../../../src/lib/figures/schemas';
import { sceneOf, sourceLine } from '../../../src/lib/figures/scene';
import { tableSources } from '../../../src/lib/figures/table';
import { citeSource } from '../../../src/lib/sources';

const data = siteDataFromFiles();
const figures = [...data.figures.values()];

describe('sceneOf(figure, data): the parts its graphic is drawn with', () => {
  test.each(figures.map((figure) => [figure.id, figure] as const))('%s: the parts its kind is drawn with, each drawing sized by its layout, the wide one first', (_id, figure) => {
    const parts = sceneOf(figure, data);
    for (const panel of parts.panels) {
      expect(panel.drawings.length).toBeGreaterThan(0);
      for (const drawing of panel.drawings) {
        expect(drawing.size.width).toBeGreaterThan(0);
        expect(drawing.size.height).toBeGreaterThan(0);
        const layout = (drawing.props.map ?? drawing.props.layout) as { width: number; height: number };
        expect({ width: layout.width, height: layout.height }).toEqual(drawing.size);
      }
      const [wide, ...others] = panel.drawings;
      for (const other of others) expect(other.size.width).toBeLessThanOrEqual(wide!.size.width);
    }
    switch (figure.kind) {
      case 'compare-map':
        expect(parts.panels.map((panel) => panel.heading)).toHaveLength(figure.plans.length);
        expect(parts.panels.every((panel) => panel.heading && panel.drawings[0]!.component === CountyMap)).toBe(true);
        expect(parts.legend.length).toBeGreaterThan(0);
        break;
      case 'national-cluster-map':
        expect(parts.panels.map((panel) => panel.drawings[0]!.component)).toEqual(figure.clusters.map(() => CountyMap));
        break;
      case 'tier-map': case 'cluster-map': case 'facility-map': case 'locator-map':
        // One map, drawn wide (a desktop column, downloads) and narrow (phones).
        expect(parts.panels.map((panel) => panel.drawings.map((drawing) => [drawing.component, drawing.variant]))).toEqual([[[CountyMap, 'wide'], [CountyMap, 'narrow']]]);
        expect(parts.panels[0]!.drawings.map((drawing) => drawing.size.width)).toEqual([620, 310]);
        expect(parts.legend.length).toBeGreaterThan(0);
        break;
      case 'key-figures':
        expect(parts.panels).toEqual([]);
        expect(parts.cards).toHaveLength(figure.indicators.length);
        break;
      case 'timeline':
        expect(parts.panels).toEqual([]);
        expect(parts.timeline).toHaveLength(figure.milestones.length);
        break;
      default:
        expect(parts.panels).toHaveLength(1);
    }
  });

  test('a figure of a kind nothing draws fails, naming it', () => {
    const figure = { ...figures[0]!, kind: 'pie-chart' } as unknown as Figure;
    expect(() => sceneOf(figure, { ...data })).toThrow(`figure "${figure.id}": unknown kind "pie-chart"`);
  });
});

describe('sceneOf(figure, data): the words around it', () => {
  test.each(figures.map((figure) => [figure.id, figure] as const))('%s: its sources are those its table cites, in order, and make its source line', (_id, figure) => {
    const scene = sceneOf(figure, data);
    expect(scene.sources.map((source) => source.id)).toEqual(tableSources(scene.table));
    expect(scene.sourceLine).toBe(`来源：${scene.sources.map((source) => citeSource(source)).join('；')}`);
  });

  test('a table citing an unknown source fails, naming the figure', () => {
    const figure = figures[0]!;
    const [cited] = tableSources(sceneOf(figure, data).table);
    const sources = new Map(data.sources);
    sources.delete(cited!);
    expect(() => sceneOf(figure, { ...data, sources })).toThrow(`figure "${figure.id}": its data cites unknown source "${cited}"`);
  });

  test('a figure citing nothing has no source line', () => {
    expect(() => sourceLine([])).toThrow('a figure needs at least one source');
  });
});

describe('sceneOf(figure, data) is made once per figure and data set', () => {
  test('the same figure and data give the same scene; another data set or a changed record, a new one', () => {
    const figure = figures[0]!;
    const scene = sceneOf(figure, data);
    expect(sceneOf(figure, data)).toBe(scene);
    const copy = { ...data };
    expect(sceneOf(figure, copy)).not.toBe(scene);
    expect(sceneOf(figure, copy)).toEqual(scene);
    const retitled = { ...figure, title: '另一个标题' };
    expect(sceneOf(retitled, data).figure.title).toBe('另一个标题');
  });
});
