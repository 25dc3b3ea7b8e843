/**
 * Place pages in English (getSiteData('en')): every line of every place's profile, its summary and
 * the places index's note are English, with Chinese only inside {zh:…} marks, and no number left in
 * 亿/万. Over the project's records: a new place or record keeps the rule.
 */
import { describe, expect, it } from 'vitest';
import { englishSiteDataFromFiles } from '../helpers/site-data';
import { placeKindLabels, placeLinkLabel, placeList } from '../../src/lib/places';
import { placeProfile, placeSummary, planCoverageNote } from '../../src/lib/places/profile';
import { chineseOutsideMarks } from '../../src/lib/i18n/zh-marks';

const data = englishSiteDataFromFiles();
const places = placeList(data);

/** Every text a profile prints. */
function texts(place: (typeof places)[number]): string[] {
  const profile = placeProfile(place, data, []);
  return [
    profile.summary, place.kindLabel, placeLinkLabel(place, 'en'), ...profile.unsaid, ...profile.identity.map((fact) => fact.text),
    ...profile.plans.flatMap((plan) => [plan.none ?? '', ...plan.clusters.flatMap((cluster) => [cluster.heading, ...cluster.facts.map((fact) => fact.text)])]),
    ...profile.topics.flatMap((topic) => [topic.heading, ...topic.entries.flatMap((entry) => entry.facts.map((fact) => fact.text))]),
  ].filter(Boolean);
}

describe('English place profiles', () => {
  it('has English kind labels for every kind', () => {
    for (const label of Object.values(placeKindLabels('en'))) expect(chineseOutsideMarks(label)).toEqual([]);
  });

  it.each(places.map((place) => [place.slug, place] as const))('%s: every line is English, numbers converted', (_slug, place) => {
    for (const text of texts(place)) {
      expect(chineseOutsideMarks(text), text).toEqual([]);
      expect(text, text).not.toMatch(/\d\s*[亿万]|NaN|undefined|\[object Object\]/);
    }
    expect(placeSummary(place, data)).toMatch(/^[A-Z]/);
  });

  it('the places index note is English', () => {
    const note = planCoverageNote(data);
    if (note !== undefined) expect(chineseOutsideMarks(note)).toEqual([]);
  });
});
