import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Panel } from '../figures/kind';
import type { ChartSize } from './sizes';

/**
 * A chart's panel drawn once per chart size (wide first): `component` draws one layout, with
 * `props` and the layout. The page shows the variant that fits (charts.css); downloads use the wide one.
 */
export function variantsPanel<L extends { size: ChartSize; width: number; height: number }>(component: AstroComponentFactory, layouts: readonly L[], props: Record<string, unknown>): Panel {
  return {
    drawings: layouts.map((layout) => ({
      component,
      props: { ...props, layout },
      size: { width: layout.width, height: layout.height },
      variant: layout.size.name,
    })),
  };
}
