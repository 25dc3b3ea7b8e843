import { describe, expect, test } from 'vitest';
import { oembedResponse } from '../../../src/lib/embed/oembed';
import { embedSnippet, FALLBACK_WIDTH } from '../../../src/lib/embed/snippet';

const root = 'https://news.example.com/jiaxing/';
const input = { id: 'map-2022-tiers', title: '2022年方案', root, siteName: '站名', height: 700.2, png: { width: 1280, height: 1472 } };

describe('oembedResponse', () => {
  test('is a rich oEmbed 1.0 response whose html is the embed code and whose thumbnail is the PNG', () => {
    expect(oembedResponse(input)).toEqual({
      version: '1.0',
      type: 'rich',
      title: '2022年方案',
      provider_name: '站名',
      provider_url: root,
      html: embedSnippet({ id: 'map-2022-tiers', title: '2022年方案', root, height: 700.2 }),
      width: FALLBACK_WIDTH,
      height: 700,
      thumbnail_url: `${root}downloads/map-2022-tiers.png`,
      thumbnail_width: 1280,
      thumbnail_height: 1472,
      cache_age: 86_400,
    });
  });

  test.each([[0, 10], [10.5, 10], [Number.NaN, 10], [10, -1]])('rejects a PNG size of %s × %s', (width, height) => {
    expect(() => oembedResponse({ ...input, png: { width, height } })).toThrow(/oEmbed for "map-2022-tiers": expected a positive whole PNG/);
  });
});
