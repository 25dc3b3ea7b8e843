/**
 * A frozen copy of content/data (tests/fixtures/content/data/, copied from the content of
 * 2026-11-30) for the unit and component tests that check a chart's, a map's or a table's logic
 * against known values and snapshots. A maintainer's edit to content/data then changes none of
 * their expectations. The tests of the real content (records, citations, stories, the built
 * pages, the downloads and rules held by every figure) read content/data itself.
 */
import { resolve } from 'node:path';
import { siteDataFromFiles } from './site-data';
import type { SiteData } from '../../src/lib/data/types';

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../fixtures');

// Frozen before records had their English (an `en:` block): only the Chinese is checked.
const data = siteDataFromFiles(FIXTURE_ROOT, { english: false });

/** A fresh copy of the frozen data, safe to doctor in a test. */
export function fixtureData(): SiteData {
  return structuredClone(data);
}
