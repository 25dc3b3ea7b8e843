/**
 * The figure page's "嵌入 / 下载" disclosure (EmbedTools.astro) and the frame around every figure
 * (FigureFrame.astro), which links to it from stories, rendered with the Container API and data
 * from content/data/.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import EmbedTools from '../../../src/components/figure/EmbedTools.astro';
import FigureFrame from '../../../src/components/figure/FigureFrame.astro';
import { siteDataFromFiles } from '../../helpers/site-data';
import { pick } from '../../../src/lib/data/types';
import { sceneOf } from '../../../src/lib/figures/scene';
import { FALLBACK_WIDTH, SANDBOX } from '../../../src/lib/embed/snippet';
import { fill, WORDING } from '../../../src/lib/wording';
import { bareHeight, DESKTOP_FRAME } from '../../../src/lib/bare-frame';
import { estimateEmbedHeight } from '../../../src/lib/embed/height';
import { downloadFile } from '../../../src/components/figure/download-files';
import { formatBytes } from '../../../src/lib/download/sizes';
import { OEMBED_VARIANTS, oembedUrl } from '../../../src/lib/embed/oembed';

const data = siteDataFromFiles();
const figure = pick(data, 'figures', 'map-2022-tiers');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://jiaxing-clusters.example.org' } });
});

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('EmbedTools', () => {
  const render = (props: Record<string, unknown> = {}) => container.renderToString(EmbedTools, {
    props: { figure, data, root: 'https://news.example.com/jiaxing/', base: '/jiaxing/', height: 655, ...props },
  });

  test('a <details> with a labelled read-only text box holding the embed code on the figure page', async () => {
    const html = await render();
    expect(html).toMatch(/<details class="embed-tools" id="embed-and-download">\s*<summary>嵌入 \/ 下载<\/summary>/);
    expect(html).toMatch(/<label class="embed-code-label" for="embed-code-map-2022-tiers">/);
    const area = html.match(/<textarea id="embed-code-map-2022-tiers" class="embed-code" readonly rows="4" spellcheck="false">([\s\S]*?)<\/textarea>/);
    expect(area, 'textarea').not.toBeNull();
    expect(decode(area![1]!)).toBe(
      `<iframe title="${figure.title}" src=`
      + '"https://news.example.com/jiaxing/embed/map-2022-tiers/" width="100%" height="655" frameborder="0" loading="lazy"></iframe>'
      + '<script src="https://news.example.com/jiaxing/embed.js" async></script>',
    );
  });

  test('a copy button hidden until the script shows it, a live status, and the script as a file (figure page)', async () => {
    const html = await render();
    expect(html).toMatch(/<button type="button" class="embed-copy-button" data-copy-target="embed-code-map-2022-tiers" hidden>复制嵌入代码<\/button>/);
    // What the status says comes from the wording, for the script to print (src/scripts/reader/copy-snippet.js).
    expect(html).toContain(`<span class="embed-copy-status" role="status" aria-live="polite" data-copied="${WORDING.outputs.copied}" data-selected="${WORDING.outputs.selected}"></span>`);
    expect(html).toContain('<script src="/jiaxing/scripts/copy-snippet.js" defer></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  test('PNG, SVG, CSV and Excel download links with file names and the size of the very file the route serves, under the base path', async () => {
    const html = await render();
    for (const ext of ['png', 'svg', 'csv', 'xlsx'] as const) {
      const bytes = await downloadFile(figure, data, 'https://news.example.com/jiaxing/', ext);
      expect(bytes.byteLength, ext).toBeGreaterThan(0);
      expect(html).toMatch(new RegExp(`<a href="/jiaxing/downloads/map-2022-tiers\\.${ext}" download="map-2022-tiers\\.${ext}">[^<]+</a><span class="download-size">（${formatBytes(bytes.byteLength).replace('.', '\\.')}）</span>`));
    }
    expect(html).not.toContain('data-download-size');
    expect(html).toContain('<a href="/jiaxing/embed/map-2022-tiers/">嵌入页预览</a>');
  });

  test('open when told: a hidden light/dark/auto choice for both codes, the AMP code, the JSON sidecar, every oEmbed file and the notes for web editors', async () => {
    const html = await render({ open: true });
    expect(html).toMatch(/<details class="embed-tools" id="embed-and-download" open>/);
    expect(html).toMatch(/<fieldset class="embed-theme" data-theme-for="embed-code-map-2022-tiers amp-code-map-2022-tiers" hidden>/);
    expect([...html.matchAll(/<input type="radio" name="theme-map-2022-tiers" value="([a-z]+)"( checked)?/g)].map((m) => `${m[1]}${m[2] ?? ''}`)).toEqual(['light checked', 'dark', 'auto']);
    const amp = html.match(/<textarea id="amp-code-map-2022-tiers"[^>]*>([\s\S]*?)<\/textarea>/);
    expect(decode(amp![1]!).startsWith(`<amp-iframe title="${figure.title}" src=`)).toBe(true);
    expect(decode(amp![1]!)).toMatch(/ src="https:\/\/news\.example\.com\/jiaxing\/embed\/map-2022-tiers\/" layout="fixed-height" height="655" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"/);
    const bytes = await downloadFile(figure, data, 'https://news.example.com/jiaxing/', 'json');
    expect(html).toMatch(new RegExp(`<a href="/jiaxing/downloads/map-2022-tiers\\.json" download="map-2022-tiers\\.json">[^<]+</a><span class="download-size">（${formatBytes(bytes.byteLength).replace('.', '\\.')}）</span>`));
    const oembeds = [...html.matchAll(/<a href="([^"]+)" type="application\/json\+oembed"( rel="alternate")?>/g)].map((m) => `${m[1]}${m[2] ? ' (alternate)' : ''}`);
    expect(oembeds).toEqual(OEMBED_VARIANTS.map((variant, index) => `${oembedUrl('map-2022-tiers', '/jiaxing/', variant)}${index === 0 ? ' (alternate)' : ''}`));
    expect(oembeds[0]).toBe('/jiaxing/oembed/map-2022-tiers.json (alternate)');
    expect(html).toContain('<a href="/jiaxing/figures/#embed-notes">');
  });

  test('on a figure page: which code goes where, in the wording file\'s words, with the embed page\'s address, the code\'s height and the sandbox permissions filled in', async () => {
    const html = decode(await render({ open: true }));
    const section = html.match(/<section class="embed-hosts"[\s\S]*?<\/section>/)![0];
    expect(section).toContain(`<strong>${WORDING.embedHosts.heading}</strong>`);
    const items = [...section.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    const values = { url: 'https://news.example.com/jiaxing/embed/map-2022-tiers/', height: '655', sandbox: SANDBOX };
    expect(items).toEqual(['ours', 'wordpress', 'stripped', 'amp', 'sandbox'].map((key) => fill(WORDING.embedHosts[key as keyof typeof WORDING.embedHosts], values)));
    expect(items.join('')).not.toMatch(/\{\w+\}|undefined|NaN/);
  });

  test('closed unless told to open', async () => {
    expect(await render({ open: false })).toMatch(/<details class="embed-tools" id="embed-and-download">/);
  });
});

describe('FigureFrame', () => {
  const graphic = '<svg viewBox="0 0 640 600" role="img"><title>t</title><path d="M0,0"></path></svg>';
  const render = (props: Record<string, unknown>, slots: Record<string, string> = {}) => container.renderToString(FigureFrame, {
    props: { scene: sceneOf(figure, data), ...props },
    slots: { default: graphic, ...slots },
  });

  test('in a story: h2 headline, the graphic in its box, the source line and one link to the embed box on the figure\'s page, none of its codes or downloads', async () => {
    const html = await render({});
    expect(html).toContain(`<h2 class="figure-title" id="fig-map-2022-tiers-title">${figure.title}</h2>`);
    expect(html).toMatch(/<div class="figure-graphic" data-figure-graphic>\s*<svg viewBox="0 0 640 600"/);
    expect(html).toContain('来源：嘉兴市人民政府');
    expect(html).toContain(`<a class="figure-tools-link" href="/figures/map-2022-tiers/#embed-and-download">${WORDING.figures.toolsLink}</a>`);
    for (const absent of ['embed-tools"', '<textarea', 'download=', 'copy-snippet', 'json+oembed']) expect(html).not.toContain(absent);
  });

  test('the figure page\'s code has a height that holds the graphic and leaves at most a quarter of a desktop frame blank', async () => {
    const scene = sceneOf(figure, data);
    const html = await container.renderToString(EmbedTools, {
      props: { figure, data, root: 'https://news.example.com/', base: '/', height: bareHeight(scene) },
    });
    const height = Number(decode(html).match(/<iframe[^>]*? height="(\d+)"/)![1]);
    // The 640 × 600 graphic drawn in the column the code is sized for, plus at least 100 px of text around it.
    const drawn = (600 * (FALLBACK_WIDTH - 24)) / 640;
    expect(height).toBeGreaterThan(drawn + 100);
    // At 1024 px the estimated page fills at least three quarters of the frame (the browser tests
    // check the real page: tests/browser/embed-frames.test.ts).
    const desktop = estimateEmbedHeight({ title: figure.title, dek: figure.dek, notes: figure.notes, source: scene.sourceLine, parts: scene }, DESKTOP_FRAME);
    expect(desktop).toBeGreaterThanOrEqual(0.75 * height);
  });

  test('on an embed page: h1 headline, no disclosure, the tools slot instead', async () => {
    const html = await render({ level: 1, share: false }, { tools: '<a class="embed-back" href="/">来源网站</a>' });
    expect(html).toMatch(/<h1 class="figure-title"/);
    expect(html).not.toContain('embed-tools');
    expect(html).toMatch(/<div class="figure-links">\s*<a class="embed-back" href="\/">来源网站<\/a>/);
  });
});
