/** The figure kinds' fields in figureSchema: what an editor is told when one is missing or does not belong. */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { kindOf, KINDS } from '../../../src/lib/figures/registry';
import { figureSchema, KIND_NAMES, KIND_SCHEMAS, type Figure } from '../../../src/lib/figures/schemas';
import { siteDataFromFiles } from '../../helpers/site-data';

const [first, second] = [...siteDataFromFiles().indicators.keys()];
const base = { id: 'chart-test', title: '测试图', dek: '测试用的图' };
const issues = (record: object) => {
  const parsed = figureSchema.safeParse({ ...base, ...record });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('bar-chart', () => {
  test('with indicators, or with groups and series, is valid', () => {
    expect(issues({ kind: 'bar-chart', indicators: [first] })).toEqual([]);
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first, second] }], series: ['一', '二'], layout: 'stacked' })).toEqual([]);
  });

  test('without either, says both ways to fill it', () => {
    expect(issues({ kind: 'bar-chart' })).toEqual(['indicators: a bar-chart figure needs "indicators" (one bar each), or "groups" and "series"']);
  });

  test('groups without series names the missing field', () => {
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first] }] })).toEqual([
      'series: a bar-chart with groups needs "groups" (rows) and "series" (the bars in each row); missing: "series"',
    ]);
  });

  test('a group with the wrong number of indicators says how many it needs', () => {
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first] }], series: ['一', '二'] })).toEqual([
      'groups.0.indicators: expected 2 indicators, one per series (一, 二), with ~ where a series has no value; got 1',
    ]);
  });

  test('~ (null) marks a series with no value in a row; a row of nothing but ~ is refused', () => {
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [first, null] }, { label: '乙', indicators: [first, second] }], series: ['一', '二'] })).toEqual([]);
    expect(issues({ kind: 'bar-chart', groups: [{ label: '甲', indicators: [null, null] }], series: ['一', '二'] })).toEqual([
      'groups.0.indicators: every series of "甲" is ~ (no value): give at least one indicator, or remove the row',
    ]);
  });

  test('an unknown layout is refused', () => {
    expect(issues({ kind: 'bar-chart', indicators: [first], layout: 'diagonal' })[0]).toMatch(/^layout: /);
  });
});

describe('line-chart', () => {
  test('needs lines, each with at least two indicators', () => {
    expect(issues({ kind: 'line-chart' })).toEqual(['lines: a line-chart figure needs "lines"']);
    expect(issues({ kind: 'line-chart', lines: [{ label: '线', indicators: [first] }] })).toEqual(['lines.0.indicators: a line needs at least two indicators (two dates)']);
    expect(issues({ kind: 'line-chart', lines: [{ label: '线', indicators: [first, second] }] })).toEqual([]);
  });

  test('a mistyped indicator id is left to the reference check (tests/lib/data/references.test.ts)', () => {
    expect(issues({ kind: 'line-chart', lines: [{ label: '线', indicators: [first, `${second}x`] }] })).toEqual([]);
  });
});

describe('every kind', () => {
  const plan = [...siteDataFromFiles().plans.keys()][0]!;

  test('each folder of src/lib/figures/kinds/ is one kind: its schema.ts in schemas.ts, its index.ts (drawing that schema) in registry.ts, in the same order', () => {
    const folders = readdirSync(resolve(import.meta.dirname, '../../../src/lib/figures/kinds'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...KIND_NAMES].sort()).toEqual(folders.sort());
    expect(KINDS.map((kind) => kind.name)).toEqual(KIND_NAMES);
    KINDS.forEach((kind, index) => expect(kind.schema, kind.name).toBe(KIND_SCHEMAS[index]!.schema));
  });

  test('kindOf refuses a figure of an unknown kind, naming the known ones', () => {
    const stray = { ...base, kind: 'pie-chart', notes: [] } as unknown as Figure;
    expect(() => kindOf(stray)).toThrow(`figure "chart-test": unknown kind "pie-chart"; expected one of: ${KIND_NAMES.join(', ')}`);
  });

  test('a bad "kind" is answered with the known kinds', () => {
    const [message] = issues({ kind: 'pie-chart', indicators: [first] });
    expect(message).toBe(`kind: expected "kind" to be one of: ${KIND_NAMES.join(', ')}`);
    expect(message).toContain('tier-map');
    expect(message).toContain('line-chart');
  });

  test.each(KIND_SCHEMAS.map((kind) => [kind.name, kind] as const))('%s: a field it does not take is refused, naming the fields it does', (name, kind) => {
    const parsed = kind.schema.safeParse({ ...base, kind: name, bogus: 1 });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((issue) => issue.message);
    const fields = ['id', 'kind', 'title', 'dek', 'notes', 'story', 'stories', 'draft', 'en', ...Object.keys(kind.fields)].join(', ');
    expect(messages).toContain(`${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} figure takes no "bogus"; its fields are: ${fields}`);
  });

  test("a field of another kind is refused (a plan on a bar chart), as the registry's schema reports it", () => {
    expect(issues({ kind: 'bar-chart', indicators: [first], plan })).toEqual([
      `: a bar-chart figure takes no "plan"; its fields are: id, kind, title, dek, notes, story, stories, draft, en, indicators, layout, series, groups`,
    ]);
  });

  test('a missing required field says which kind needs it', () => {
    expect(issues({ kind: 'output-chart' })).toEqual(['plan: an output-chart figure needs "plan"']);
    expect(issues({ kind: 'output-chart', plan })).toEqual([]);
    expect(issues({ kind: 'compare-map', plans: [] })).toEqual(['plans: a compare-map figure needs "plans"']);
  });
});
