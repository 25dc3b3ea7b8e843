/**
 * Bad input in content/data/ must stop `astro sync` (and so `astro build`) with a message that
 * names the file, the entry, the field and what was expected. Each case breaks one thing in a
 * throw-away copy of the project and runs the real command.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { astro, copyProject } from '../helpers/project-copy';

const copies: ReturnType<typeof copyProject>[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

interface Case {
  name: string;
  file: string;
  change: (text: string) => string;
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'a record naming an unknown county',
    file: 'content/data/zones.yaml',
    change: (text) => text.replace('counties: ["330482"]', 'counties: ["330499"]'),
    expected: ['content/data/zones.yaml → jx-port', 'counties.0', 'unknown counties id "330499"', 'expected one of: 330402'],
  },
  {
    name: 'a record citing an unknown source',
    file: 'content/data/projects.yaml',
    change: (text) => text.replace('source: pinghu-2026-ai-projects\n  note: 平湖在上海', 'source: pinghu-daily-2031\n  note: 平湖在上海'),
    expected: ['content/data/projects.yaml → purobot-robots', 'source', 'unknown sources id "pinghu-daily-2031"'],
  },
  {
    name: 'a value that is not a number',
    file: 'content/data/indicators.yaml',
    change: (text) => text.replace('value: 973.43', 'value: "973.43亿"'),
    expected: ['content/data/indicators.yaml → h1-2026-investment', 'value', 'expected a finite number for the value'],
  },
  {
    name: 'a value that is not finite (.nan)',
    file: 'content/data/indicators.yaml',
    change: (text) => text.replace('value: 90.7', 'value: .nan'),
    expected: ['content/data/indicators.yaml → h1-2026-135n-share', 'value', 'expected a finite number'],
  },
  {
    name: 'a duplicate id',
    file: 'content/data/facilities.yaml',
    change: (text) => text.replace('- id: runze-pinghu', '- id: wuzhen-supercomputer'),
    expected: ['content/data/facilities.yaml → wuzhen-supercomputer', 'duplicate id', 'records #1 and #3'],
  },
  {
    name: 'a target period that precedes its plan',
    file: 'content/data/clusters.yaml',
    change: (text) => text.replace('targets: [{ year: 2023, value: 310 }', 'targets: [{ year: 2020, value: 310 }'),
    expected: ['content/data/clusters.yaml → p22-tongxiang-materials', 'valueAdded.targets.0.year', 'target year 2020 precedes its plan "plan-2022" (issued 2022); expected 2022 or later'],
  },
  {
    name: 'an indicator target before its plan',
    file: 'content/data/indicators.yaml',
    change: (text) => text.replace('period: { year: 2030, label: 到2030年 }', 'period: { year: 2025, label: 到2025年 }'),
    expected: ['content/data/indicators.yaml → target-2030-135n-output-share', 'period.year', 'precedes its plan "system-2026"'],
  },
  {
    name: 'a figure of a kind that lacks what it plots',
    file: 'content/data/figures.yaml',
    change: (text) => text.replace('  cluster: s26-ai\n', ''),
    expected: ['content/data/figures.yaml → map-cluster-ai', 'cluster', 'a cluster-map figure needs "cluster"'],
  },
  {
    name: 'an inferred source date that does not say it is inferred',
    file: 'content/data/sources.yaml',
    change: (text) => text.replace('inferredFrom: 年份据同版报道推断', 'inferredFrom: 据同版报道'),
    expected: ['content/data/sources.yaml → evening-2026-135n', 'dateBasis.inferredFrom', 'expected a short phrase that says the date is inferred'],
  },
  {
    name: 'a national-cluster map without clusters',
    file: 'content/data/figures.yaml',
    change: (text) => text.replace(/\n  clusters: \[[^\]]*\]/, ''),
    expected: ['content/data/figures.yaml → map-national-clusters', 'clusters', 'a national-cluster-map figure needs "clusters"'],
  },
  {
    name: 'a facility map label that does not spell its name',
    file: 'content/data/facilities.yaml',
    change: (text) => text.replace(/mapLabel: \[[^\]]*\]/, 'mapLabel: [超算, 之光]'),
    expected: ['content/data/facilities.yaml → wuzhen-supercomputer', 'mapLabel', 'the lines spell "超算之光"'],
  },
];

describe('astro sync rejects bad data', () => {
  test('the untouched data syncs cleanly', async () => {
    const copy = copyProject();
    copies.push(copy);
    const result = await astro(copy.dir, 'sync');
    expect(result.output).not.toMatch(/DataFileError|does not match/);
    expect(result.code).toBe(0);
  });

  test.concurrent.each(cases)('$name', async ({ file, change, expected }) => {
    const copy = copyProject();
    copies.push(copy);
    copy.edit(file, change);
    const result = await astro(copy.dir, 'sync');
    expect(result.code).not.toBe(0);
    for (const text of expected) expect(result.output).toContain(text);
    // The message alone: no Location/Stack trace lines pointing into our code or node_modules.
    expect(result.output).not.toMatch(/Location:|Stack trace:|node_modules\//);
  });
});
