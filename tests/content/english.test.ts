/**
 * Rules every real record holds in English (the loaders already refuse a record without its
 * English): every indicator and project amount formats in English with no Chinese, NaN or
 * undefined, and every record localizes with its numbers and ids unchanged.
 */
import { expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { formatAmountEn, formatIndicatorEn } from '../../src/lib/format';
import { localize } from '../../src/lib/i18n/localize';
import { chineseOutsideMarks } from '../../src/lib/i18n/zh-marks';

const data = siteDataFromFiles();

test('every indicator and project amount reads in English, without Chinese, NaN or undefined', () => {
  const texts = [
    ...[...data.indicators.values()].map((indicator) => formatIndicatorEn(indicator)),
    ...[...data.projects.values()].map((project) => formatAmountEn(project.amount)),
  ];
  for (const text of texts) {
    expect(chineseOutsideMarks(text)).toEqual([]);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  }
});

test('an indicator localized keeps its value, kind and ids; its label and unit are English', () => {
  for (const indicator of data.indicators.values()) {
    const english = localize(indicator, 'en');
    expect([english.id, english.value, english.kind, english.source, english.counties]).toEqual([indicator.id, indicator.value, indicator.kind, indicator.source, indicator.counties]);
    expect(chineseOutsideMarks(`${english.label} ${english.unit} ${english.period.label} ${english.scope} ${english.measures}`)).toEqual([]);
  }
});
