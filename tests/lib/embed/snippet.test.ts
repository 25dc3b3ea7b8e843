import { describe, expect, test } from 'vitest';
import { ampSnippet, embedSnippet, embedSrc, SANDBOX, siteRoot } from '../../../src/lib/embed/snippet';

describe('siteRoot', () => {
  test.each([
    ['https://jiaxing-clusters.example.org', '/', 'https://jiaxing-clusters.example.org/'],
    ['https://news.example.com', '/jiaxing/', 'https://news.example.com/jiaxing/'],
    ['https://news.example.com/', '/jiaxing', 'https://news.example.com/jiaxing/'],
    [new URL('https://news.example.com'), 'jiaxing/', 'https://news.example.com/jiaxing/'],
  ])('%s + %s → %s', (site, base, expected) => {
    expect(siteRoot(site, base)).toBe(expected);
  });
});

describe('embedSnippet', () => {
  const root = 'https://jiaxing-clusters.example.org/';

  test('is the iframe of the embed page (light, no ?theme=) and the resizer script, with absolute URLs and no style attribute', () => {
    expect(embedSnippet({ id: 'map-2022-tiers', title: '2022年方案：一县一集群', root, height: 655.2 })).toBe(
      '<iframe title="2022年方案：一县一集群" src="https://jiaxing-clusters.example.org/embed/map-2022-tiers/" width="100%" height="655" frameborder="0" loading="lazy"></iframe>'
      + '<script src="https://jiaxing-clusters.example.org/embed.js" async></script>',
    );
  });

  test.each([['light', ''], ['dark', '?theme=dark'], ['auto', '?theme=auto']] as const)('theme %s → src ends in "/%s"', (theme, query) => {
    expect(embedSrc('a', root, theme)).toBe(`${root}embed/a/${query}`);
    expect(embedSnippet({ id: 'a', title: 'x', root, height: 10, theme })).toContain(`src="${root}embed/a/${query}"`);
  });

  test('follows a base path', () => {
    const snippet = embedSnippet({ id: 'chart-timeline', title: 'x', root: 'https://news.example.com/jiaxing/', height: 900 });
    expect(snippet).toContain('src="https://news.example.com/jiaxing/embed/chart-timeline/"');
    expect(snippet).toContain('src="https://news.example.com/jiaxing/embed.js"');
  });

  test('escapes the headline for the attribute', () => {
    const snippet = embedSnippet({ id: 'a', title: '“135N” <b> & "x" \'y\'', root, height: 10 });
    expect(snippet).toContain('title="“135N” &lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;"');
    expect(snippet.match(/"/g)!.length % 2).toBe(0);
  });

  test('rejects a bad id, height, root or theme', () => {
    expect(() => embedSnippet({ id: 'Bad Id', title: 'x', root, height: 10 })).toThrow(/lower-case id/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root, height: Number.NaN })).toThrow(/positive fallback height/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root, height: 0 })).toThrow(/positive fallback height/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root: '/relative/', height: 10 })).toThrow(/absolute site root/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root, height: 10, theme: 'neon' as 'dark' })).toThrow(/theme must be one of light, dark, auto/);
  });
});

describe('ampSnippet', () => {
  const root = 'https://jiaxing-clusters.example.org/';
  const amp = ampSnippet({ id: 'map-2022-tiers', title: 'A & B', root, height: 700.4, png: `${root}downloads/map-2022-tiers.png`, theme: 'dark' });

  test('is a resizable, sandboxed amp-iframe of the embed page with the overflow button AMP needs and the PNG as placeholder', () => {
    expect(amp).toMatch(/^<amp-iframe title="A &amp; B" src="https:\/\/jiaxing-clusters\.example\.org\/embed\/map-2022-tiers\/\?theme=dark" layout="fixed-height" height="700" /);
    expect(amp).toContain(`sandbox="${SANDBOX}"`);
    expect(amp).toContain(' resizable>');
    expect(amp).toMatch(/<div overflow [^>]*role="button"[^>]*>[^<]+<\/div><\/amp-iframe>$/);
    expect(amp).toContain(`<amp-img placeholder layout="fill" src="${root}downloads/map-2022-tiers.png"`);
  });

  test('asks for scripts, same-origin, pop-ups that escape the sandbox and downloads, never top navigation', () => {
    expect(SANDBOX.split(' ').sort()).toEqual(['allow-downloads', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
  });
});
