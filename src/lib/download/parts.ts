/**
 * What a figure's graphic is made of, from its models (not from any rendered page): the SVG
 * panels with the layout each is drawn from, the map legend, and the HTML parts (cards, timeline
 * entries) as data. The standalone SVG/PNG (standalone.ts) and the embed's fallback height
 * (../embed/height.ts) both read it; the page components draw the same models.
 */
import type { Figure } from '../data/schemas';
import type { SiteData } from '../data/types';
import type { Card } from '../charts/cards';
import { computeDescription, computeModel, waffleLayout, type WaffleLayout } from '../charts/compute';
import { investmentDescription, investmentLayout, investmentModel, type InvestmentLayout } from '../charts/investment';
import { keyFigureCards } from '../charts/key-figures';
import { barDescription, barLayout, barModel, type BarLayout } from '../charts/bar';
import { lineDescription, lineLayout, lineModel, type LineLayout } from '../charts/line';
import { outputDescription, outputLayout, outputModel, type OutputLayout } from '../charts/output';
import { NARROW, WIDE } from '../charts/sizes';
import { timelineEntries, type TimelineEntry } from '../charts/timeline';
import { mapFigure, type LegendItem } from '../map/figure';
import type { MapModel } from '../map/model';

/** Which component draws a panel, with its props (the page draws the same components). */
export type PanelDrawing =
  | { component: 'county-map'; props: { map: MapModel } }
  | { component: 'output'; props: { layout: OutputLayout; figureId: string; title: string; description: string } }
  | { component: 'investment'; props: { layout: InvestmentLayout; figureId: string; title: string; description: string } }
  | { component: 'waffle'; props: { layout: WaffleLayout; figureId: string; title: string; description: string } }
  | { component: 'bar'; props: { layout: BarLayout; figureId: string; title: string; description: string } }
  | { component: 'line'; props: { layout: LineLayout; figureId: string; title: string; description: string } };

/** A viewBox size in SVG units. */
export interface Size {
  width: number;
  height: number;
}

export interface GraphicPanel {
  /** Heading over the panel (compare maps). */
  heading?: string;
  /** The drawing the downloads use (the wide one, where a chart has two). */
  drawing: PanelDrawing;
  wide: Size;
  /** The drawing a phone shows (the same as wide where there is only one). */
  narrow: Size;
}

export interface GraphicParts {
  legend: LegendItem[];
  panels: GraphicPanel[];
  cards: Card[];
  timeline: TimelineEntry[];
}

const sizeOf = (layout: Size): Size => ({ width: layout.width, height: layout.height });

/** The parts of a figure's graphic, by figure kind; an unknown kind throws, naming the figure. */
export function graphicParts(figure: Figure, data: SiteData): GraphicParts {
  const none = { legend: [], panels: [], cards: [], timeline: [] };
  const base = { figureId: figure.id, title: figure.title };
  switch (figure.kind) {
    case 'tier-map':
    case 'compare-map':
    case 'cluster-map':
    case 'facility-map':
    case 'locator-map':
    case 'national-cluster-map': {
      const { maps, legend } = mapFigure(figure, data);
      return {
        ...none,
        legend,
        panels: maps.map((map) => ({
          ...(map.heading === undefined ? {} : { heading: map.heading }),
          drawing: { component: 'county-map', props: { map } },
          wide: sizeOf(map),
          narrow: sizeOf(map),
        })),
      };
    }
    case 'output-chart': {
      const model = outputModel(figure, data);
      const wide = outputLayout(model, WIDE);
      return {
        ...none,
        panels: [{ drawing: { component: 'output', props: { ...base, layout: wide, description: outputDescription(model) } }, wide: sizeOf(wide), narrow: sizeOf(outputLayout(model, NARROW)) }],
      };
    }
    case 'investment-chart': {
      const model = investmentModel(figure, data);
      const wide = investmentLayout(model, WIDE);
      return {
        ...none,
        panels: [{ drawing: { component: 'investment', props: { ...base, layout: wide, description: investmentDescription(model) } }, wide: sizeOf(wide), narrow: sizeOf(investmentLayout(model, NARROW)) }],
        cards: model.cards,
      };
    }
    case 'compute-chart': {
      const model = computeModel(figure, data);
      const layout = waffleLayout(model);
      return {
        ...none,
        panels: [{ drawing: { component: 'waffle', props: { ...base, layout, description: computeDescription(model) } }, wide: sizeOf(layout), narrow: sizeOf(layout) }],
        cards: model.cards,
      };
    }
    case 'bar-chart': {
      const model = barModel(figure, data);
      const wide = barLayout(model, WIDE);
      return {
        ...none,
        panels: [{ drawing: { component: 'bar', props: { ...base, layout: wide, description: barDescription(model) } }, wide: sizeOf(wide), narrow: sizeOf(barLayout(model, NARROW)) }],
      };
    }
    case 'line-chart': {
      const model = lineModel(figure, data);
      const wide = lineLayout(model, WIDE);
      return {
        ...none,
        panels: [{ drawing: { component: 'line', props: { ...base, layout: wide, description: lineDescription(model) } }, wide: sizeOf(wide), narrow: sizeOf(lineLayout(model, NARROW)) }],
      };
    }
    case 'key-figures':
      return { ...none, cards: keyFigureCards(figure, data) };
    case 'timeline':
      return { ...none, timeline: timelineEntries(figure, data) };
    default:
      throw new Error(`figures.yaml → ${figure.id}: no graphic is drawn for kind "${figure.kind}"`);
  }
}
