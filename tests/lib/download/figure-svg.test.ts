/**
 * Standalone SVGs of real figures: the graphics are rendered by their own components (Container
 * API) with the data from content/data/, styled with the site's style sheets, and checked as a
 * file a reporter downloads: XML that resvg reads, light colours as literals, headline, source
 * line and site name inside, the same bytes every time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import MapGraphic from '../../../src/components/maps/MapGraphic.astro';
import ChartGraphic from '../../../src/components/charts/ChartGraphic.astro';
import { siteDataFromFiles } from '../../../src/lib/data/from-files';
import { pick } from '../../../src/lib/data/types';
import { figureTable, isMap } from '../../../src/lib/figures';
import { citeSource } from '../../../src/lib/sources';
import { figureSvg, lightPalette } from '../../../src/lib/download/figure-svg';
import { renderPng } from '../../../src/lib/download/png';

const data = siteDataFromFiles();
const styles = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../src/styles', name), 'utf8');
const css = ['tokens.css', 'global.css', 'figure.css', 'embed.css', 'maps.css', 'charts.css'].map(styles).join('\n');
const ancestors = ['<html lang="zh-CN">', '<body class="embed" data-embed-id="x">', '<main class="embed-root">', '<figure class="figure">', '<div class="figure-graphic" data-figure-graphic>'];
const ROOT = 'https://jiaxing-clusters.example.org/';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function build(id: string, withCss = true) {
  const figure = pick(data, 'figures', id);
  const graphicHtml = await container.renderToString(isMap(figure) ? MapGraphic : ChartGraphic, { props: { figure, data } });
  const table = figureTable(figure, data);
  return { figure, table, result: figureSvg({ figure, table, sources: data.sources, siteRoot: ROOT, graphicHtml, ancestors, css: withCss ? css : undefined }) };
}

/** Pixels of one colour in RGBA pixel data. */
function count(pixels: Buffer, [r, g, b]: number[]): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n += 1;
  return n;
}

describe('standalone SVG of a map (map-2022-tiers)', () => {
  test('is an XML document resvg reads, with no CSS variable left, at 640 units wide', async () => {
    const { result } = await build('map-2022-tiers');
    expect(result.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(result.svg).not.toMatch(/var\(|light-dark\(/);
    expect(result.width).toBe(640);
    expect(result.svg).toContain(`viewBox="0 0 640 ${result.height}"`);
    const png = renderPng(result.svg, 'map-2022-tiers.svg');
    expect(png.width).toBe(1280);
    expect(png.height).toBe(result.height * 2);
  });

  test('carries the headline, dek, notes, source line and site name as text', async () => {
    const { figure, result } = await build('map-2022-tiers');
    const text = [...result.svg.matchAll(/<text class="dl-[a-z]+"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(text).toContain(figure.title);
    expect(text).toContain(figure.notes[0]!.slice(0, 10));
    expect(text).toContain(`来源：${citeSource(pick(data, 'sources', pick(data, 'plans', 'plan-2022').source))}`.slice(0, 20));
    expect(text).toContain('嘉兴集群观察 · jiaxing-clusters.example.org');
  });

  test('paints the tiers in their light colours: the global-tier county is #b34f00 in the PNG', async () => {
    const { result } = await build('map-2022-tiers');
    const palette = lightPalette(css);
    expect(palette.paper).toBe('#ffffff');
    expect(result.svg).toMatch(/class="map-county map-fill-global"[^>]*style="[^"]*fill:#b34f00/);
    const pixels = (await import('@resvg/resvg-js')).Resvg;
    const image = new pixels(result.svg, { font: { loadSystemFonts: false } }).render();
    expect(count(image.pixels, [0xb3, 0x4f, 0x00])).toBeGreaterThan(5000);
  });

  test('is the same bytes every time', async () => {
    expect((await build('map-2022-tiers')).result.svg).toBe((await build('map-2022-tiers')).result.svg);
  });

  test('measuring without CSS gives the same size as the real file', async () => {
    const real = (await build('map-2022-vs-2026')).result;
    const measured = (await build('map-2022-vs-2026', false)).result;
    expect({ width: measured.width, height: measured.height }).toEqual({ width: real.width, height: real.height });
  });
});

describe('standalone SVG of HTML graphics', () => {
  test('key-figure cards: every value of the table is drawn as text', async () => {
    const { table, result } = await build('chart-growth-targets');
    expect(table.rows.length).toBeGreaterThan(3);
    for (const row of table.rows) expect(result.svg).toContain(`>${String(row.cells.value)}</text>`);
    expect(() => renderPng(result.svg, 'chart-growth-targets.svg')).not.toThrow();
  });

  test('a chart drawn wide and narrow keeps one drawing', async () => {
    const { result } = await build('chart-cluster-output');
    expect(result.svg.match(/<svg x=/g)).toHaveLength(1);
    expect(result.svg).toContain('chart-svg--wide');
  });
});
