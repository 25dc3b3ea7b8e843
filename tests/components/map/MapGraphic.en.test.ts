/**
 * Every map figure as the English edition's pages draw it (MapGraphic under /en/: Astro.locals.lang
 * 'en', the English data): every word English, Chinese only inside lang="zh-CN", links to the
 * English place pages, the tooltip's words cut back into whole lines.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import MapGraphic from '../../../src/components/map/MapGraphic.astro';
import MapText from '../../../src/components/map/MapText.astro';
import { englishSiteDataFromFiles } from '../../helpers/site-data';
import { sceneOf } from '../../../src/lib/figures/scene';
import { tipLines } from '../../../src/lib/map/wording';
import { WORDING_EN } from '../../../src/lib/wording';

const en = englishSiteDataFromFiles();
/** Every map figure of the English data, those of figures.yaml and the generated place maps. */
const MAP_IDS = [...en.figures.values()].filter((f) => sceneOf(f, en).styles.includes('maps')).map((f) => f.id);
let container: AstroContainer;
const rendered = new Map<string, string>();

beforeAll(async () => {
  container = await AstroContainer.create();
  for (const id of MAP_IDS) {
    const scene = sceneOf(en.figures.get(id)!, en);
    rendered.set(id, await container.renderToString(MapGraphic, { props: { scene, data: en }, locals: { lang: 'en' } }));
  }
});

/** The markup's text and attribute values with every lang="zh-CN" element taken out. */
const withoutChinese = (markup: string) => markup.replace(/<(\w+)[^>]*lang="zh-CN"[^>]*>[^<]*<\/\1>/g, '');
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe.each(MAP_IDS)('MapGraphic in English: %s', (id) => {
  const html = () => rendered.get(id)!;

  test('no Chinese outside lang="zh-CN", no NaN, undefined or [object Object]', () => {
    const markup = withoutChinese(html()).replace(/<script[\s\S]*?<\/script>/g, '');
    // Chinese characters and full-width punctuation; curly quotes are English typography too (curlyQuotes()).
    expect(markup.match(/[\p{Script=Han}，。：；、（）]+/gu) ?? []).toEqual([]);
    expect(markup).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  test('the legend, the tooltip\'s close button and its place links are in English, the links to the English place pages', () => {
    expect(html()).toContain(`<ul class="map-legend" aria-label="${WORDING_EN.maps.legendLabel}">`);
    expect(html()).toContain(`data-close="${WORDING_EN.ui.mapTipClose}"`);
    const links = [...html().matchAll(/<a class="map-link" href="([^"]*)"[^>]*data-link="([^"]*)"/g)];
    for (const [, href, label] of links) {
      expect(href).toMatch(/^\/en\/places\/[a-z0-9-]+\/$/);
      expect(unescape(label!)).toMatch(/^See .+ →$/);
    }
  });

  test('each tooltip cuts back into its lines, none starting with a space', () => {
    const tips = [...html().matchAll(/data-tip="([^"]*)"[^>]*>\s*<title>([^<]*)<\/title>/g)];
    for (const [, tip, title] of tips) {
      const lines = tipLines(unescape(title!), tip!);
      expect(lines.every((line) => line.length > 0 && line === line.trim()), unescape(title!)).toBe(true);
      expect(lines.join(''), unescape(title!)).toBe(lines.join('').replace(/\s{2,}/g, ' '));
    }
  });
});

test('MapText: a {zh:…} mark in English words is a span in Chinese; Chinese words print as they are', async () => {
  expect(await container.renderToString(MapText, { props: { text: 'Pinghu ({zh:平湖市}) core area' }, locals: { lang: 'en' } }))
    .toBe('Pinghu (<span lang="zh-CN">平湖市</span>) core area');
  expect(await container.renderToString(MapText, { props: { text: '平湖市核心区' }, locals: { lang: 'zh' } })).toBe('平湖市核心区');
});
