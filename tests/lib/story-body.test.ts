import { expect, test } from 'vitest';
import { joinSourceMarks } from '../../src/lib/story-body';

test('joinSourceMarks(html) removes the space before a source mark, and nothing else', () => {
  const mark = '<sup class="source-mark"><a href="#source-x">1</a></sup>';
  expect(joinSourceMarks(`<p>Five cards. ${mark} Next sentence.</p>`)).toBe(`<p>Five cards.${mark} Next sentence.</p>`);
  expect(joinSourceMarks(`<p>嘉兴。${mark}</p>`)).toBe(`<p>嘉兴。${mark}</p>`);
  expect(joinSourceMarks('<p>a <sup>2</sup></p>')).toBe('<p>a <sup>2</sup></p>');
});
