/**
 * Every figure's standalone SVG (the SVG download, and the source of its PNG), as made from its
 * model by the page's own SVG components: a file snapshot per figure in __snapshots__/downloads/
 * (a new figure writes its own on `npm test -- -u`; look at it), plus the rules every one holds.
 *
 * The page's HTML figure components (frame, legend list, cards, timeline, chart wrappers) are
 * replaced below by one of different markup and classes, and every figure's SVG must still equal
 * the file the build wrote with the real ones (dist/downloads/): they cannot change a download.
 * The snapshots are drawn from the frozen test data, so they change with the drawing code only.
 */
import { spoken } from '../../../src/lib/inferred';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { downloadInput, figureDownload } from '../../../src/components/figure/figure-download';
import Cards from '../../../src/components/charts/Cards.astro';
import { siteDataFromFiles } from '../../helpers/site-data';
import { builtSite } from '../../helpers/built-site';
import { fixtureData } from '../../helpers/fixture-data';
import { standaloneSvg, STANDALONE_WIDTH } from '../../../src/lib/download/standalone';
import { rgbBytes, THEME, type ThemeColour } from '../../../src/lib/theme';
import { snapshotSvg } from './snapshot';
import { keepWhole, namesOf } from '../../../src/lib/linebreak';
import { sceneMaps } from '../../helpers/scene-maps';

// The page's HTML around and between the SVGs, replaced (vi.mock is hoisted above the imports).
vi.mock('../../../src/components/figure/FigureFrame.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));
vi.mock('../../../src/components/map/MapGraphic.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));
vi.mock('../../../src/components/map/MapLegend.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));
vi.mock('../../../src/components/charts/ChartGraphic.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));
vi.mock('../../../src/components/charts/Cards.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));
vi.mock('../../../src/lib/figures/kinds/timeline/Timeline.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));
vi.mock('../../../src/lib/figures/kinds/compute-chart/ComputeChart.astro', async () => ({ default: (await import('./fixtures/Restructured.astro')).default }));

// The fast project shares its workers between files (isolate: false, vitest.config.ts), and
// Vitest keeps a file's mocks, and the modules imported through them, for the files the worker
// runs after it: without this, a chart test that runs later in the same worker draws
// Restructured.astro instead of the real chart (seen whenever this file runs first, as in a
// checkout without Vitest's results cache, where files are ordered by size).
afterAll(() => {
  for (const path of [
    '../../../src/components/figure/FigureFrame.astro',
    '../../../src/components/maps/MapGraphic.astro',
    '../../../src/components/maps/MapLegend.astro',
    '../../../src/components/charts/ChartGraphic.astro',
    '../../../src/components/charts/Cards.astro',
    '../../../src/lib/figures/kinds/timeline/Timeline.astro',
    '../../../src/lib/figures/kinds/compute-chart/ComputeChart.astro',
  ]) vi.doUnmock(path);
  // And the modules imported with the mocks in place (FigureGraphic and its kinds) are imported afresh.
  vi.resetModules();
});

/** The site's figures, and the frozen copy of the data the snapshots are drawn from (tests/helpers/fixture-data.ts). */
const data = siteDataFromFiles();
// As the build does when it first reads the data (src/lib/site-data.ts): its names stay whole when lines wrap.
keepWhole(namesOf(data));
afterAll(() => keepWhole([]));
const figures = [...data.figures.values()];
const frozen = fixtureData();
const ROOT = 'https://jiaxing-clusters.example.org/';
const dist = await builtSite();

test('the HTML components really are replaced here', async () => {
  const container = await AstroContainer.create();
  expect(await container.renderToString(Cards, { props: { cards: [], label: 'x' } })).toContain('restructured-html');
});

test('a figure is drawn once per data set: another data set with the same ids gets its own drawing', async () => {
  const [first] = frozen.figures.values();
  const changed = fixtureData();
  changed.figures.set(first!.id, { ...first!, title: '另一个标题' });
  expect((await figureDownload(first!, frozen, ROOT)).svg).toContain(`>${spoken(first!.title)}</title>`);
  expect((await figureDownload(changed.figures.get(first!.id)!, changed, ROOT)).svg).toContain('>另一个标题</title>');
});

// Snapshots of the drawing code's output on data that does not change: an edit to content/data
// changes none of them; a change to a component or a layout shows as a diff here.
describe.each([...frozen.figures.values()].map((figure) => [figure.id, figure] as const))('%s, frozen data', (id, figure) => {
  test('matches its snapshot', async () => {
    const { svg } = await figureDownload(figure, frozen, ROOT);
    await expect(snapshotSvg(svg)).toMatchFileSnapshot(`__snapshots__/downloads/${id}.svg`);
  });
});

describe.each(figures.map((figure) => [figure.id, figure] as const))('%s', (id, figure) => {
  test('is what the build wrote to dist/downloads/, though the page\'s HTML components are replaced here', async () => {
    const { svg } = await figureDownload(figure, data, ROOT);
    const built = join(dist, 'downloads', `${id}.svg`);
    expect(existsSync(built), `dist/downloads/${id}.svg`).toBe(true);
    // The build adds the font it carries (download-files.ts: svgFile()), in a <style> of @font-face rules only.
    const withoutFont = readFileSync(built, 'utf8').replace(/<style>(@font-face\{[^}]*\})+<\/style>/, '');
    expect(snapshotSvg(withoutFont)).toBe(snapshotSvg(svg));
  });

  test('is 640 units wide, well-formed, with its texts, and every style a literal on its element', async () => {
    const { svg, width, height } = await figureDownload(figure, data, ROOT);
    expect(width).toBe(STANDALONE_WIDTH);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(svg).toContain(`>${spoken(figure.title).replace(/&/g, '&amp;')}</title>`);
    expect(svg).toMatch(/>来源：/);
    expect(svg).toContain('>嘉兴集群观察 · jiaxing-clusters.example.org<');
    expect(svg).not.toMatch(/var\(|light-dark\(|<style|\sclass="|\sdata-|tabindex/);
    expect(svg).not.toContain('restructured');
  });

  test('renaming every class of the graphic and its style sheets changes nothing in it', async () => {
    const input = await downloadInput(figure, data, ROOT);
    const names = new Map<string, string>();
    const rename = (name: string) => {
      if (!names.has(name)) names.set(name, `renamed-${names.size}`);
      return names.get(name)!;
    };
    const markup = (svg: string) => svg.replace(/\sclass="([^"]*)"/g, (_m, list: string) => ` class="${list.split(/\s+/).map(rename).join(' ')}"`);
    const renamed = {
      ...input,
      panels: input.panels.map(markup),
      swatches: input.swatches.map(markup),
      css: input.css.replace(/\.(-?[a-zA-Z_][\w-]*)/g, (_m, name: string) => `.${rename(name)}`),
    };
    expect(renamed.css).not.toBe(input.css);
    expect(standaloneSvg(renamed).svg).toBe(standaloneSvg(input).svg);
  });
});

/** Pixels of a PNG (RGBA) with exactly this colour. */
function pixelsOf(pixels: Uint8Array, hex: string): number {
  const [r, g, b] = rgbBytes(hex);
  let found = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) found += 1;
  return found;
}

describe('PNG colours', () => {
  const maps = figures.filter((figure) => figure.kind.endsWith('-map'));
  const lightValues = new Set(Object.values(THEME).map((colour) => colour.light));
  test.each(maps.map((figure) => [figure.id, figure] as const))('%s: every county is painted in the light theme\'s colour of its fill', async (_id, figure) => {
    const input = await downloadInput(figure, data, ROOT);
    const { svg } = standaloneSvg(input);
    // Without fonts (text is left out; parsing the 20 MB of Noto Sans SC took 0.3 s a map): the fills are what is checked.
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const fills = new Set(sceneMaps(input.parts).flatMap((map) => map.counties.map((county) => county.fill)));
    fills.delete('none'); // hatched
    expect(fills.size).toBeGreaterThan(0);
    for (const fill of fills) {
      // maps.css: .map-fill-base is the land, .map-fill-highlight (locator maps) the mark colour, tiers their own.
      const token = fill === 'base' ? 'land' : fill === 'highlight' ? 'mark' : `tier-${fill}`;
      const colour: ThemeColour = THEME[token]!;
      expect(pixelsOf(pixels, colour.light), `${fill} ${colour.light}`).toBeGreaterThan(500);
      if (!lightValues.has(colour.dark)) expect(pixelsOf(pixels, colour.dark), `${fill} dark ${colour.dark}`).toBe(0);
    }
  });
});
