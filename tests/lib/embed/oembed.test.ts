import { describe, expect, test } from 'vitest';
import { OEMBED_VARIANTS, OEMBED_WIDTHS, oembedLinks, oembedName, oembedResponse, oembedUrl } from '../../../src/lib/embed/oembed';
import { embedSnippet, FALLBACK_WIDTH, THEMES } from '../../../src/lib/embed/snippet';

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

describe('the variants: one static file per colour scheme and column width', () => {
  test('the default (light, a phone\'s column) comes first and is <id>.json; every variant has a name of its own', () => {
    expect(OEMBED_VARIANTS[0]).toEqual({ theme: 'light', width: FALLBACK_WIDTH });
    expect(oembedName('map-2022-tiers', OEMBED_VARIANTS[0]!)).toBe('map-2022-tiers');
    expect(oembedUrl('map-2022-tiers', root)).toBe(`${root}oembed/map-2022-tiers.json`);
    const names = OEMBED_VARIANTS.map((variant) => oembedName('x', variant));
    expect(new Set(names).size).toBe(names.length);
    for (const theme of THEMES) for (const width of OEMBED_WIDTHS) expect(OEMBED_VARIANTS).toContainEqual({ theme, width });
    for (const name of names) expect(name).toMatch(/^x(\.w\d+)?(\.(dark|auto))?$/);
  });

  test.each(OEMBED_VARIANTS.map((variant) => [oembedName('map-2022-tiers', variant), variant] as const))('%s: the embed code in its theme, the width it is sized for', (_name, variant) => {
    const response = oembedResponse({ ...input, variant });
    expect(response.html).toBe(embedSnippet({ id: 'map-2022-tiers', title: '2022年方案', root, height: 700.2, theme: variant.theme }));
    expect(response.html.includes('?theme=')).toBe(variant.theme !== 'light');
    if (variant.theme !== 'light') expect(response.html).toContain(`embed/map-2022-tiers/?theme=${variant.theme}"`);
    expect(response.width).toBe(variant.width);
    expect(response.height).toBe(700);
  });

  test('discovery links: one per colour scheme at the default width, light first, absolute under an absolute root', () => {
    const links = oembedLinks('map-2022-tiers', '标题', root);
    expect(links.map((link) => link.href)).toEqual(THEMES.map((theme) => oembedUrl('map-2022-tiers', root, { theme, width: FALLBACK_WIDTH })));
    expect(links[0]).toEqual({ href: `${root}oembed/map-2022-tiers.json`, title: '标题' });
    for (const link of links.slice(1)) expect(link.title).toMatch(/^标题（.+）$/);
  });
});

describe('the English edition (lang "en")', () => {
  const english = { ...input, title: 'The 2022 plan', siteName: 'Site', lang: 'en' as const };

  test.each(OEMBED_VARIANTS)('the response for $theme at $width px frames /en/embed/, and its thumbnail and provider are English', (variant) => {
    const response = oembedResponse({ ...english, variant });
    expect(response.html).toBe(embedSnippet({ id: english.id, title: english.title, root, height: english.height, theme: variant.theme, lang: 'en' }));
    expect(response.html).toContain(`src="${root}en/embed/map-2022-tiers/`);
    expect(response.html).toContain(`src="${root}embed.js"`);
    expect(response.thumbnail_url).toBe(`${root}en/downloads/map-2022-tiers.png`);
    expect(response.provider_url).toBe(`${root}en/`);
  });

  test('its files and discovery links are under /en/oembed/, titled in English', () => {
    for (const variant of OEMBED_VARIANTS) expect(oembedUrl('a', root, variant, 'en')).toBe(`${root}en/oembed/${oembedName('a', variant)}.json`);
    const links = oembedLinks('map-2022-tiers', 'Title', root, 'en');
    expect(links[0]).toEqual({ href: `${root}en/oembed/map-2022-tiers.json`, title: 'Title' });
    for (const link of links.slice(1)) expect(link.title).toMatch(/^Title \([A-Za-z’ ]+\)$/);
  });
});
