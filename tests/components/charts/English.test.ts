/**
 * Every chart, card strip and timeline drawn in English on a page (issue 25): the page graphic of
 * each non-map figure of the English data. Its words are English: Chinese only where a name is
 * marked, set in an element with lang="zh-CN"; never a raw {zh:…} mark, NaN or undefined.
 */
import { describe, expect, test } from 'vitest';
import { englishSiteDataFromFiles, siteDataFromFiles } from '../../helpers/site-data';
import { sceneOf } from '../../../src/lib/figures/scene';
import { chineseOutsideMarks } from '../../../src/lib/i18n/zh-marks';
import FigureGraphic from '../../../src/components/figure/FigureGraphic.astro';
import { wordingOf } from '../../../src/lib/wording';
import { plain, render } from './render';

const zh = siteDataFromFiles();
const en = englishSiteDataFromFiles();
const charts = [...en.figures.values()].filter((figure) => !sceneOf(zh.figures.get(figure.id)!, zh).styles.includes('maps'));

/**
 * The markup without the elements set in Chinese (lang="zh-CN"), and without the inference mark's
 * spoken name: src/lib/inferred.ts (spoken(), InferredMark) says it in Chinese on main until the
 * edition-aware version of the reading pages' branch lands; this test checks the charts' own words.
 */
const SPOKEN_MARK = `（${wordingOf('zh').inferred.name}）`;
const withoutChinese = (html: string) => html
  .replace(/<(span|tspan)[^>]*lang="zh-CN"[^>]*>[^<]*<\/\1>/g, '')
  .split(SPOKEN_MARK).join('')
  .replace(new RegExp(`aria-label="${wordingOf('zh').inferred.name}"`, 'g'), '');

describe.each(charts.map((figure) => [figure.id, figure] as const))('%s drawn in English', (_, figure) => {
  test('prints no Chinese outside lang="zh-CN", no raw mark, NaN or undefined', async () => {
    const html = await render(FigureGraphic, { scene: sceneOf(figure, en), data: en });
    const text = plain(withoutChinese(html));
    expect(chineseOutsideMarks(text)).toEqual([]);
    expect(text).not.toMatch(/\{zh:|NaN|undefined|\[object Object\]/);
    expect(withoutChinese(html)).not.toMatch(/aria-label="[^"]*\p{Script=Han}/u);
  });
});
