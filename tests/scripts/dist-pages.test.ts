/**
 * The markup reader behind the dist/, security and browser checks (scripts/lib/dist-pages.ts):
 * if it missed tags, those checks would pass on nothing, so it is tested on its own.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, fileForPath, mapSvgs, outerElements, pageUrl, rawTextElements, startTags, textContent, tokenize } from '../../scripts/lib/dist-pages';

const SAMPLE = [
  '<!doctype html><html lang="zh-CN"><head><title>A &amp; B</title>',
  '<style>p{color:red}</style><script type="module">if (a<b) x("</p>")</script></head>',
  '<body><!-- <a href="/commented/"> --><a class="x" href="/one/" title="&lt;script&gt;&quot;">一</a>',
  '<a href=/two/ data-x=\'<img src=x onerror=alert(1)>\'>二</a><br/>',
  '<figure data-kind="tier-map"><svg aria-hidden="true"><rect/></svg><svg viewBox="0 0 1 1"><svg><path data-county="1"/></svg></svg></figure>',
  '<figure data-kind="output-chart"><svg><rect/></svg></figure></body></html>',
].join('');

describe('scripts/lib/dist-pages', () => {
  it('startTags finds every start tag with decoded attributes, skipping comments and script bodies', () => {
    const links = startTags(SAMPLE, 'a');
    expect(links.map((tag) => tag.attrs.href)).toEqual(['/one/', '/two/']);
    expect(links[0]!.attrs.title).toBe('<script>"');
    expect(links[1]!.attrs['data-x']).toBe('<img src=x onerror=alert(1)>');
    expect(startTags(SAMPLE, 'img')).toEqual([]); // inside an attribute value, not a tag
    expect(startTags(SAMPLE, 'p')).toEqual([]); // inside a script, not a tag
    expect(startTags(SAMPLE, 'script')[0]).toMatchObject({ attrs: { type: 'module' }, raw: '<script type="module">' });
  });

  it('rawTextElements returns script and style bodies exactly', () => {
    expect(rawTextElements(SAMPLE, 'script').map((script) => script.body)).toEqual(['if (a<b) x("</p>")']);
    expect(rawTextElements(SAMPLE, 'style').map((style) => style.body)).toEqual(['p{color:red}']);
  });

  it('outerElements matches nested elements to their own end tag', () => {
    const svgs = outerElements(SAMPLE, 'svg').map((svg) => svg.markup);
    expect(svgs).toEqual(['<svg aria-hidden="true"><rect/></svg>', '<svg viewBox="0 0 1 1"><svg><path data-county="1"/></svg></svg>', '<svg><rect/></svg>']);
  });

  it('mapSvgs keeps the maps of map figures, not their decorative swatches or other charts', () => {
    expect(mapSvgs(SAMPLE)).toEqual(['<svg viewBox="0 0 1 1"><svg><path data-county="1"/></svg></svg>']);
  });

  it('textContent is what a reader sees; tokenize keeps every character', () => {
    expect(textContent(SAMPLE).replace(/\s+/g, '')).toBe('A&B一二');
    expect(tokenize(SAMPLE).map((token) => token.raw).join('')).toBe(SAMPLE);
    expect(decodeEntities('&#x4e00;&#20108;&lt;&unknown;')).toBe('一二<&unknown;');
  });

  it('reads an SVG file and character references as a browser does', () => {
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg><title>A &copy; B&hellip;</title><style>.a>b{}</style></svg>';
    expect(textContent(svg).trim()).toBe('A © B…'); // the XML declaration is not text
    expect(rawTextElements(svg, 'style').map((style) => style.body)).toEqual(['.a>b{}']);
    expect(startTags(svg).map((tag) => tag.name)).toEqual(['svg', 'title', 'style']);
    expect(decodeEntities('&nbsp;&Eacute;&#128512;a<b')).toBe('\u00a0É😀a<b');
  });

  it('pageUrl and fileForPath map built files and URLs both ways', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('stories/compute/index.html')).toBe('/stories/compute/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(fileForPath(import.meta.dirname, '/dist-pages.test.ts')).toBe(`${import.meta.dirname}/dist-pages.test.ts`);
    expect(fileForPath(import.meta.dirname, '/../../package.json')).toBeUndefined();
    expect(fileForPath(import.meta.dirname, '/no-such-file')).toBeUndefined();
  });
});
