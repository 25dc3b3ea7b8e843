/** Rules the data records keep so that a number reads as what it is (content/data/indicators.yaml). */
import { expect, test } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { KIND_TAG } from '../../src/lib/charts/cards';

const indicators = [...siteDataFromFiles().indicators.values()];
const shares = indicators.filter((indicator) => indicator.kind === 'share');

test('the share tag (占比) is only for kind share; a rate that is not part of a whole gets its own tag', () => {
  expect(Object.entries(KIND_TAG).filter(([, tag]) => tag === '占比').map(([kind]) => kind)).toEqual(['share']);
  expect(KIND_TAG.rate).toBeDefined();
});

test.skipIf(shares.length === 0).each(shares.map((indicator) => [indicator.id, indicator] as const))(
  'indicators.yaml → %s: a share says what it is a share of (占…/…比重) and is a percentage',
  (_id, indicator) => {
    expect(indicator.unit).toBe('%');
    expect(indicator.measures).toMatch(/占|比重/);
  },
);
