/**
 * What the embed height reads of a map's scene (src/lib/map/scene.ts) against what maps.css does:
 * the widest each drawing is shown, and where a single map switches to its wide drawing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BREAKPOINT, REM } from '../../../src/lib/layout';
import { MAP_MAX_WIDTH } from '../../../src/lib/map/scene';

const css = readFileSync('src/styles/maps.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The max-width in px of the rule whose selector is exactly `selector`. */
function maxWidth(selector: string): number {
  const rule = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(([, selectors]) => selectors!.trim() === selector);
  if (!rule) throw new Error(`maps.css: no rule for ${selector}`);
  const [, value] = rule[2]!.match(/max-width:\s*([\d.]+)rem/)!;
  return Number(value) * REM;
}

describe('MAP_MAX_WIDTH', () => {
  test('is the max-width maps.css gives the narrow and the wide drawing', () => {
    expect(MAP_MAX_WIDTH.narrow).toBe(maxWidth('.map-svg'));
    expect(MAP_MAX_WIDTH.wide).toBe(maxWidth('.map-variant--wide .map-svg'));
  });

  test('maps.css switches to the wide drawing at BREAKPOINT.sideBySide', () => {
    expect(css).toMatch(new RegExp(`@container \\(min-width: ${BREAKPOINT.sideBySide}rem\\) \\{\\s*\\.map-variant--wide \\{ display: block; \\}`));
  });
});
