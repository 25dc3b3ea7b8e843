import { describe, expect, test } from 'vitest';
import { around, richRuns } from '../../src/lib/rich-words';
import { spokenIn } from '../../src/lib/inferred';
import { chineseOutsideMarks } from '../../src/lib/i18n/zh-marks';
import { WORDING, WORDING_EN } from '../../src/lib/wording';

describe('richRuns(text)', () => {
  test('cuts **bold** and `code` runs out of plain text, in order, without empty runs', () => {
    expect(richRuns('**Bold**: use `embed.js` here')).toEqual([
      { text: 'Bold', style: 'strong' }, { text: ': use ', style: 'plain' }, { text: 'embed.js', style: 'code' }, { text: ' here', style: 'plain' },
    ]);
  });
  test('a single * (as in postMessage(…, \'*\')) inside code stays code', () => {
    expect(richRuns("`f('*')`")).toEqual([{ text: "f('*')", style: 'code' }]);
  });
  test('every outputs wording of both editions reads as runs with no stray markers', () => {
    for (const words of [WORDING.outputs, WORDING_EN.outputs]) {
      for (const text of Object.values(words)) {
        expect(richRuns(text).filter((run) => run.style === 'plain').some((run) => run.text.includes('**') || run.text.includes('`')), text).toBe(false);
      }
    }
  });
});

describe('around(template, key, values)', () => {
  test('the filled text before and after the placeholder an element takes', () => {
    expect(around('{label} ({size})', 'label', { size: '2 KB' })).toEqual(['', ' (2 KB)']);
    expect(around(WORDING.outputs.note, 'note')).toEqual(['注：', '']);
  });
  test('a template without the placeholder, or with it twice, is an error naming it', () => {
    expect(() => around('no place', 'note')).toThrow(/\{note\} exactly once/);
    expect(() => around('{note}{note}', 'note')).toThrow(/\{note\} exactly once/);
  });
});

describe('spokenIn(text, lang)', () => {
  test('says each inference mark in the edition\'s words, and English marks as their Chinese', () => {
    expect(spokenIn('2025年*', 'zh')).toBe(`2025年（${WORDING.inferred.name}）`);
    expect(spokenIn('Output in 2025*', 'en')).toBe(`Output in 2025 (${WORDING_EN.inferred.name})`);
    expect(spokenIn('{zh:平湖} 2025* and 2026*', 'en')).toBe(`平湖 2025 (${WORDING_EN.inferred.name}) and 2026 (${WORDING_EN.inferred.name})`);
  });
  test('English text without marks passes through, with no Chinese added', () => {
    const said = spokenIn('A title*', 'en');
    expect(chineseOutsideMarks(said)).toEqual([]);
  });
});
