import { describe, expect, test } from 'vitest';
import { embedSnippet, siteRoot } from '../../../src/lib/embed/snippet';

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

  test('is the iframe of the embed page and the resizer script, with absolute URLs', () => {
    expect(embedSnippet({ id: 'map-2022-tiers', title: '2022年方案：一县一集群', root, height: 655.2 })).toBe(
      '<iframe title="2022年方案：一县一集群" src="https://jiaxing-clusters.example.org/embed/map-2022-tiers/" loading="lazy" style="width:100%;border:0" height="655"></iframe>'
      + '<script src="https://jiaxing-clusters.example.org/embed.js" async></script>',
    );
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

  test('rejects a bad id, height or root', () => {
    expect(() => embedSnippet({ id: 'Bad Id', title: 'x', root, height: 10 })).toThrow(/lower-case id/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root, height: Number.NaN })).toThrow(/positive fallback height/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root, height: 0 })).toThrow(/positive fallback height/);
    expect(() => embedSnippet({ id: 'a', title: 'x', root: '/relative/', height: 10 })).toThrow(/absolute site root/);
  });

});
