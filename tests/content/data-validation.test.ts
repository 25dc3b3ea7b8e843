/**
 * Bad input in content/data/ must stop `astro sync` (and so `astro build`) with a message that
 * names the file, the entry, the field and what was expected. Each case breaks one file of a
 * throw-away copy of the project (one or more mistakes) and runs the real command.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { astro, copyProject } from '../helpers/project-copy';

const copies: ReturnType<typeof copyProject>[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

/** One mistake in a data file, and what the message must say about it. */
interface Mistake {
  name: string;
  change: (text: string) => string;
  expected: string[];
}

/**
 * The mistakes, by file. Mistakes in one file are made together: the loader reports every
 * problem in a file at once (Astro stops at the first collection that fails, so one sync per file).
 */
const mistakes: Record<string, Mistake[]> = {
  'content/data/zones.yaml': [{
    name: 'a record naming an unknown county',
    change: (text) => text.replace('counties: ["330482"]', 'counties: ["330499"]'),
    expected: ['content/data/zones.yaml → jx-port', 'counties.0', 'unknown counties id "330499"', 'expected one of: 330402'],
  }],
  'content/data/projects.yaml': [{
    name: 'a record citing an unknown source',
    change: (text) => text.replace('source: pinghu-2026-ai-projects\n  note: 平湖在上海', 'source: pinghu-daily-2031\n  note: 平湖在上海'),
    expected: ['content/data/projects.yaml → purobot-robots', 'source', 'unknown sources id "pinghu-daily-2031"'],
  }],
  'content/data/indicators.yaml': [
    {
      name: 'a value that is not a number',
      change: (text) => text.replace('value: 973.43', 'value: "973.43亿"'),
      expected: ['content/data/indicators.yaml → h1-2026-investment', 'expected a finite number for the value'],
    },
    {
      name: 'a value that is not finite (.nan)',
      change: (text) => text.replace('value: 90.7', 'value: .nan'),
      expected: ['content/data/indicators.yaml → h1-2026-135n-share', 'value', 'expected a finite number'],
    },
    {
      name: 'a target before its plan',
      change: (text) => text.replace('period: { year: 2030, label: 到2030年 }', 'period: { year: 2025, label: 到2025年 }'),
      expected: ['content/data/indicators.yaml → target-2030-135n-output-share', 'period.year', 'precedes its plan "system-2026"'],
    },
  ],
  'content/data/facilities.yaml': [
    {
      // A copy of the last record added at the end (renaming a record's id instead would also
      // break the figures that name the old id, and Astro reports whichever file fails first).
      name: 'a duplicate id',
      change: (text) => `${text.trimEnd()}\n${text.slice(text.lastIndexOf('\n- id: ') + 1)}`,
      expected: ['content/data/facilities.yaml → yuxin-ai-park: duplicate id', 'records #4 and #5'],
    },
    {
      name: 'a map label that does not spell its name',
      change: (text) => text.replace(/mapLabel: \[[^\]]*\]/, 'mapLabel: [超算, 之光]'),
      expected: ['content/data/facilities.yaml → wuzhen-supercomputer: does not match', 'mapLabel', 'the lines spell "超算之光"'],
    },
  ],
  'content/data/clusters.yaml': [{
    name: 'a target period that precedes its plan',
    change: (text) => text.replace('targets: [{ year: 2023, value: 310 }', 'targets: [{ year: 2020, value: 310 }'),
    expected: ['content/data/clusters.yaml → p22-tongxiang-materials', 'valueAdded.targets.0.year', 'target year 2020 precedes its plan "plan-2022" (issued 2022); expected 2022 or later'],
  }],
  'content/data/figures.yaml': [
    {
      name: 'a cluster map without its cluster',
      change: (text) => text.replace('  cluster: s26-ai\n', ''),
      expected: ['content/data/figures.yaml → map-cluster-ai', 'a cluster-map figure needs "cluster"'],
    },
    {
      name: 'a national-cluster map without clusters',
      change: (text) => text.replace(/\n  clusters: \[[^\]]*\]/, ''),
      expected: ['content/data/figures.yaml → map-national-clusters', 'a national-cluster-map figure needs "clusters"'],
    },
  ],
  'content/data/sources.yaml': [{
    name: 'an inferred source date that does not say it is inferred',
    change: (text) => text.replace('inferredFrom: 年份据同版报道推断', 'inferredFrom: 据同版报道'),
    expected: ['content/data/sources.yaml → evening-2026-135n', 'dateBasis.inferredFrom', 'expected a short phrase that says the date is inferred'],
  }],
};

const cases = Object.entries(mistakes).map(([file, list]) => ({ file, list, names: list.map((mistake) => mistake.name).join('; ') }));

// The untouched copy syncing cleanly (the control for these cases) is the draft case of
// story-mistakes.test.ts: a copy with only a draft story added must sync without an error.
describe('astro sync rejects bad data, every mistake in a file at once', () => {
  test.concurrent.each(cases)('$file: $names', async ({ file, list }) => {
    const copy = copyProject();
    copies.push(copy);
    for (const { change } of list) copy.edit(file, change);
    const result = await astro(copy.dir, 'sync');
    expect(result.code).not.toBe(0);
    for (const { name, expected } of list) for (const text of expected) expect(result.output, name).toContain(text);
    if (list.length > 1) expect(result.output).toContain(`${file}: ${list.length} problems, fix each:`);
    // The message alone: no Location/Stack trace lines pointing into our code or node_modules.
    expect(result.output).not.toMatch(/Location:|Stack trace:|node_modules\//);
  });
});
