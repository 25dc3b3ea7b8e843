import { expect, test } from 'vitest';
import { publishedFigures } from '../../src/lib/figures';
import type { Figure } from '../../src/lib/figures/schemas';

test('publishedFigures leaves out draft figures (no embed page, downloads, oEmbed, gallery or place-page entry)', () => {
  const figure = (id: string, draft?: boolean) => ({ id, kind: 'timeline', title: id, dek: id, notes: [], milestones: ['m'], draft }) as unknown as Figure;
  expect(publishedFigures([figure('a'), figure('b', true), figure('c', false)]).map((f) => f.id)).toEqual(['a', 'c']);
});
