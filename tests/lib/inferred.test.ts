import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import InferredText from '../../src/components/InferredText.astro';
import InferredNote from '../../src/components/InferredNote.astro';
import { isMarked, markParts, MARK, spoken } from '../../src/lib/inferred';
import { WORDING } from '../../src/lib/wording';
import { RENDERED_MARK } from '../../scripts/lib/dist-pages';

describe('the inference mark (src/lib/inferred.ts)', () => {
  test('is one character, written straight after what is inferred', () => {
    expect(MARK).toBe('*');
    expect(isMarked('2026年上半年*')).toBe(true);
    expect(isMarked('2026年上半年')).toBe(false);
    expect(isMarked('2026年（推断）'), 'words are not the mark').toBe(false);
  });

  test('markParts cuts a text at its marks, in order, and joins back to it', () => {
    expect(markParts('2025年*至2026年*3月')).toEqual([
      { text: '2025年', mark: false }, { text: MARK, mark: true }, { text: '至2026年', mark: false }, { text: MARK, mark: true }, { text: '3月', mark: false },
    ]);
    expect(markParts('没有标记')).toEqual([{ text: '没有标记', mark: false }]);
    expect(markParts('')).toEqual([]);
    for (const text of ['*开头', '结尾*', 'a**b']) expect(markParts(text).map((part) => part.text).join('')).toBe(text);
  });

  test('spoken says each mark in words (screen readers, meta descriptions, feeds)', () => {
    expect(spoken('2025年*、2026年上半年*')).toBe(`2025年（${WORDING.inferred.name}）、2026年上半年（${WORDING.inferred.name}）`);
    expect(WORDING.inferred.name).toBe('推断');
    expect(spoken('2022年7月23日')).toBe('2022年7月23日');
  });
});

describe('how a page draws it', async () => {
  const container = await AstroContainer.create();
  test('InferredText draws each * as the mark with its words for screen readers, the rest as it is', async () => {
    const html = await container.renderToString(InferredText, { props: { text: '报道（2026年下半年*）与2025年*' } });
    expect(html).toBe(`报道（2026年下半年${RENDERED_MARK}）与2025年${RENDERED_MARK}`);
    expect(await container.renderToString(InferredText, { props: { text: '2022年7月23日' } })).toBe('2022年7月23日');
  });

  test('InferredNote explains the mark once and links to the note on dates on the about page', async () => {
    const html = await container.renderToString(InferredNote, { props: {} });
    expect(html).toMatch(/^<p class="inferred-note">/);
    expect(html).toContain(WORDING.inferred.note);
    expect(html).toContain(`<a href="/about/#dates">${WORDING.inferred.link}</a>`);
  });
});
