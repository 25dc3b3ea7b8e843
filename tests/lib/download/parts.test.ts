import { describe, expect, test } from 'vitest';
import { siteDataFromFiles } from '../../helpers/site-data';
import { graphicParts } from '../../../src/lib/download/parts';

const data = siteDataFromFiles();
const figures = [...data.figures.values()];

describe('graphicParts', () => {
  test.each(figures.map((figure) => [figure.id, figure] as const))('%s: the parts its kind is drawn with, each panel sized by its layout', (_id, figure) => {
    const parts = graphicParts(figure, data);
    for (const panel of parts.panels) {
      for (const size of [panel.wide, panel.narrow]) {
        expect(size.width).toBeGreaterThan(0);
        expect(size.height).toBeGreaterThan(0);
      }
      const layout = 'map' in panel.drawing.props ? panel.drawing.props.map : panel.drawing.props.layout;
      expect({ width: layout.width, height: layout.height }).toEqual(panel.wide);
    }
    switch (figure.kind) {
      case 'compare-map':
        expect(parts.panels.map((panel) => panel.heading)).toHaveLength(figure.plans!.length);
        expect(parts.panels.every((panel) => panel.heading && panel.drawing.component === 'county-map')).toBe(true);
        expect(parts.legend.length).toBeGreaterThan(0);
        break;
      case 'national-cluster-map':
        expect(parts.panels.map((panel) => panel.drawing.component)).toEqual(figure.clusters.map(() => 'county-map'));
        break;
      case 'tier-map': case 'cluster-map': case 'facility-map':
        expect(parts.panels.map((panel) => panel.drawing.component)).toEqual(['county-map']);
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
        expect(parts.panels[0]!.narrow.width).toBeLessThanOrEqual(parts.panels[0]!.wide.width);
    }
  });

  test('a figure of a kind nothing draws fails, naming it', () => {
    const figure = { ...figures[0]!, kind: 'pie-chart' } as unknown as (typeof figures)[number];
    expect(() => graphicParts(figure, data)).toThrow(`figures.yaml → ${figure.id}: no graphic is drawn for kind "pie-chart"`);
  });
});
