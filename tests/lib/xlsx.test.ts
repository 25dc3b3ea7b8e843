import { afterEach, expect, test, vi } from 'vitest';
import { siteDataFromFiles } from '../helpers/site-data';
import { sceneOf } from '../../src/lib/figures/scene';
import { toXlsx } from '../../src/lib/xlsx';

const data = siteDataFromFiles();
const [figure] = data.figures.values();
afterEach(() => vi.useRealTimers());

test('the same data makes the same .xlsx bytes whatever the time of the build', async () => {
  const make = () => toXlsx(figure!, sceneOf(figure!, data).table, data.sources);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
  const first = await make();
  vi.setSystemTime(new Date('2027-06-30T23:59:59Z'));
  const second = await make();
  expect(first.length).toBeGreaterThan(0);
  expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
});
