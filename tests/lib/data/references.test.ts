/**
 * The reference check (src/lib/data/references.ts) and the reference fields it finds
 * (src/lib/data/ref.ts): an unknown id is answered with the file, the entry, the field, a "did
 * you mean" (for places, with names) and the ids it could be; a target may not precede its plan;
 * every problem comes in one error. Run on a copy of the real data with records added for the test.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { siteDataFromFiles } from '../../helpers/site-data';
import { checkReferences, referenceProblems } from '../../../src/lib/data/references';
import { placeRef, ref, referencesIn } from '../../../src/lib/data/ref';
import { DataFileError } from '../../../src/lib/data/files';
import type { SiteData } from '../../../src/lib/data/types';

const loaded = siteDataFromFiles();
const data = (): SiteData => structuredClone(loaded);
const counties = [...loaded.counties.values()];
const zones = [...loaded.zones.values()];
const [plan] = [...loaded.plans.values()];
const [first, second] = counties as [(typeof counties)[0], (typeof counties)[0]];
const zone = zones[0]!;
const [indicatorId, otherIndicatorId] = [...loaded.indicators.keys()] as [string, string];
if (!plan || !zone || !second || !otherIndicatorId) throw new Error('test setup: needs a plan, two counties, a zone and two indicators');

/** A copy of the first record of `collection` under a test id, with `changes`. */
function withRecord<K extends keyof SiteData>(site: SiteData, collection: K, id: string, changes: object): SiteData {
  const map = site[collection] as Map<string, object>;
  const [model] = map.values();
  map.set(id, { ...structuredClone(model!), id, ...changes });
  return site;
}

test('the real data names only records that exist', () => {
  expect(referenceProblems(loaded)).toEqual([]);
});

describe('an unknown county or zone is answered with names', () => {
  test('ref("counties"): the file, entry and field, each known adcode with its county, and a did-you-mean naming one', () => {
    const [message] = referenceProblems(withRecord(data(), 'zones', 'x-zone', { counties: [first.id, '330499'] }));
    expect(message).toMatch(/^content\/data\/zones\.yaml → x-zone: counties\.1: unknown counties id "330499" \(did you mean "3304\d\d", [^"?]+\?\); expected one of: /);
    expect(message).toContain(`expected one of: ${first.id} (${first.name}), ${second.id} (${second.name}), `);
    for (const county of counties) expect(message).toContain(`${county.id} (${county.name})`);
  });

  test('a county\'s name written for its adcode is answered with the adcode', () => {
    const [message] = referenceProblems(withRecord(data(), 'projects', 'x-project', { counties: [first.name] }));
    expect(message).toContain(`content/data/projects.yaml → x-project: counties.0: unknown counties id "${first.name}" (did you mean "${first.id}", ${first.name}?)`);
  });

  test('ref("zones") names the zones; other collections list bare ids', () => {
    const [zoneMessage] = referenceProblems(withRecord(data(), 'milestones', 'x-event', { zones: [`${zone.id}x`] }));
    expect(zoneMessage).toBe(`content/data/milestones.yaml → x-event: zones.0: unknown zones id "${zone.id}x" (did you mean "${zone.id}", ${zone.name}?); expected one of: ${zones.map((z) => `${z.id} (${z.name})`).join(', ')}`);
    const [planMessage] = referenceProblems(withRecord(data(), 'indicators', 'x-plan', { plan: `${plan.id}x` }));
    expect(planMessage).toContain(`content/data/indicators.yaml → x-plan: plan: unknown plans id "${plan.id}x" (did you mean "${plan.id}"?); expected one of: ${plan.id}`);
  });

  test('placeRef in a story\'s frontmatter: counties and zones, with names; a known place passes', () => {
    const stories = [
      { filePath: 'content/stories/x.mdx', data: { sources: [], places: [first.id, zone.name] } },
      { filePath: 'content/stories/y.mdx', data: { sources: [], places: [first.id, zone.id] } },
    ];
    expect(referenceProblems(loaded, stories)).toEqual([
      `content/stories/x.mdx: places.1: unknown place "${zone.name}" (did you mean "${zone.id}", ${zone.name}?); expected a county adcode or zone id: ${[...counties, ...zones].map((p) => `${p.id} (${p.name})`).join(', ')}`,
    ]);
  });
});

describe('a target may not precede its plan', () => {
  test('a cluster\'s value-added target', () => {
    const early = plan.year - 2;
    const site = withRecord(data(), 'clusters', 'x-cluster', {
      plan: plan.id, valueAdded: { unit: '亿元', actual: { year: early, value: 1 }, targets: [{ year: plan.year, value: 2 }, { year: early, value: 3 }], targetText: '测试' },
    });
    expect(referenceProblems(site)).toEqual([
      `content/data/clusters.yaml → x-cluster: valueAdded.targets.1.year: target year ${early} precedes its plan "${plan.id}" (issued ${plan.year}); expected ${plan.year} or later`,
    ]);
  });

  test('an indicator\'s period; the plan\'s own year is allowed', () => {
    const site = withRecord(data(), 'indicators', 'x-early', { plan: plan.id, period: { year: plan.year - 1, label: '测试' } });
    withRecord(site, 'indicators', 'x-same-year', { plan: plan.id, period: { year: plan.year, label: '测试' } });
    expect(referenceProblems(site)).toEqual([
      `content/data/indicators.yaml → x-early: period.year: target year ${plan.year - 1} precedes its plan "${plan.id}" (issued ${plan.year}); expected ${plan.year} or later`,
    ]);
  });
});

describe('checkReferences', () => {
  test('passes quietly when every reference holds', () => {
    expect(() => checkReferences(loaded)).not.toThrow();
  });

  test('one problem is the message alone, without a stack trace', () => {
    const site = withRecord(data(), 'projects', 'x-project', { source: 'pinghu-daily-2031' });
    const error = (() => {
      try {
        checkReferences(site);
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('expected a DataFileError');
    })();
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toMatch(/^content\/data\/projects\.yaml → x-project: source: unknown sources id "pinghu-daily-2031"; expected one of: /);
    expect(error.stack).toBe('');
  });

  test('every problem of every file in one error: a record with several under its name, each field once', () => {
    const site = withRecord(data(), 'zones', 'x-zone', { counties: ['330499'], source: 'nope' });
    withRecord(site, 'figures', 'x-line', { kind: 'line-chart', lines: [{ label: '线', indicators: [indicatorId, `${otherIndicatorId}x`] }] });
    const stories = [{ filePath: 'content/stories/x.mdx', data: { sources: ['nope'], leadFigure: 'x-line' } }];
    expect(() => checkReferences(site, stories)).toThrow(/^3 records disagree with the records they name, fix each:\n\ncontent\/data\/zones\.yaml → x-zone: disagrees with the records it names:\n {2}counties\.0: unknown counties id "330499".*\n {2}source: unknown sources id "nope"[^\n]*\n\ncontent\/data\/figures\.yaml → x-line: lines\.0\.indicators\.1: unknown indicators id "[^"]+x" \(did you mean "[^"]+"\?\)[^\n]*\n\ncontent\/stories\/x\.mdx: sources\.0: unknown sources id "nope"[^\n]*$/);
    expect(referenceProblems(site, stories)[1]).toContain(`unknown indicators id "${otherIndicatorId}x" (did you mean "${otherIndicatorId}"?)`);
  });
});

describe('referencesIn finds the reference fields of a parsed record by its schema', () => {
  const schema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('a'), plan: ref('plans'), groups: z.array(z.object({ indicators: z.array(ref('indicators')) })).optional() }),
    z.object({ kind: z.literal('b'), plan: ref('clusters'), place: placeRef().optional(), pair: z.tuple([ref('zones'), z.string()]).optional() }),
  ]);

  test('of a discriminated union, the option the record\'s kind picks, through optional fields, lists, objects and tuples', () => {
    expect(referencesIn(schema, { kind: 'a', plan: 'p', groups: [{ indicators: ['i', 'j'] }] })).toEqual([
      { path: 'plan', references: 'plans', id: 'p' },
      { path: 'groups.0.indicators.0', references: 'indicators', id: 'i' },
      { path: 'groups.0.indicators.1', references: 'indicators', id: 'j' },
    ]);
    expect(referencesIn(schema, { kind: 'b', plan: 'p', place: '330402', pair: ['z', 'text'] })).toEqual([
      { path: 'plan', references: 'clusters', id: 'p' },
      { path: 'place', references: 'place', id: '330402' },
      { path: 'pair.0', references: 'zones', id: 'z' },
    ]);
  });

  test('a missing optional field has no reference; a number written for an id is read as text by the schema first', () => {
    expect(referencesIn(schema, { kind: 'b', plan: 'p' })).toEqual([{ path: 'plan', references: 'clusters', id: 'p' }]);
    const county = z.object({ county: ref('counties') });
    expect(referencesIn(county, county.parse({ county: 330402 }))).toEqual([{ path: 'county', references: 'counties', id: '330402' }]);
  });

  test('a schema with refinements, defaults and a plain union', () => {
    const refined = z.object({ ids: z.array(ref('sources')).default([]), either: z.union([z.object({ a: ref('plans') }), z.object({ b: ref('zones') })]) }).superRefine(() => {});
    expect(referencesIn(refined, refined.parse({ either: { b: 'z' } }))).toEqual([{ path: 'either.b', references: 'zones', id: 'z' }]);
  });
});
