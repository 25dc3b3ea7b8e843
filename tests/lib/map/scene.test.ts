/**
 * What the embed height reads of a map's scene (src/lib/map/scene.ts) against what maps.css does:
 * the widest each drawing is shown, and where a single map's SVG switches to its wide drawing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BREAKPOINT, REM } from '../../../src/lib/layout';
import { MAP_MAX_WIDTH } from '../../../src/lib/map/scene';

const css = readFileSync('src/styles/maps.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The max-width in px of the rule whose selector is exactly `selector` (`within`: inside that block, e.g. a container query). */
function maxWidth(selector: string, within = css): number {
  const rule = [...within.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(([, selectors]) => selectors!.trim() === selector);
  if (!rule) throw new Error(`maps.css: no rule for ${selector}`);
  const [, value] = rule[2]!.match(/max-width:\s*([\d.]+)rem/)!;
  return Number(value) * REM;
}

/** The rules of maps.css's container query at BREAKPOINT.sideBySide, where a single map shows its wide drawing. */
function wideRules(): string {
  const start = css.indexOf(`@container (min-width: ${BREAKPOINT.sideBySide}rem) {`);
  if (start === -1) throw new Error(`maps.css: no @container (min-width: ${BREAKPOINT.sideBySide}rem)`);
  const open = css.indexOf('{', start);
  return css.slice(open + 1, css.indexOf('\n}', open));
}

describe('MAP_MAX_WIDTH', () => {
  test('is the max-width maps.css gives the narrow and the wide drawing', () => {
    expect(MAP_MAX_WIDTH.narrow).toBe(maxWidth('.map-svg'));
    expect(MAP_MAX_WIDTH.wide).toBe(maxWidth('.map-svg-dual', wideRules()));
  });

  test('maps.css switches a two-drawing SVG to its wide drawing at BREAKPOINT.sideBySide', () => {
    const rules = wideRules();
    expect(rules).toMatch(/\.map-svg-dual \.map-at-wide[^{]*\{ display: inline; \}/);
    expect(rules).toMatch(/\.map-svg-dual \.map-at-narrow \{ display: none; \}/);
    expect(css).toMatch(/(^|\n)\.map-svg-dual \.map-at-wide[^{]*\{ display: none; \}/);
  });
});
