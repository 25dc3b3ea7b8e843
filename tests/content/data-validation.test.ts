/**
 * Bad input in content/data/ must stop the build with a message that names the file, the entry,
 * the field and what was expected. A record's own mistakes stop `astro sync` (the loaders); an id
 * that names no record, or a target before its plan, stops `astro build` at its first page (the
 * reference check of getSiteData(), once everything is loaded). Each case breaks a throw-away
 * copy of the project (in records added for the test, so the cases hold whatever today's records
 * say) and runs the real command.
 */
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { astro, copyProject, type DataRecord } from '../helpers/project-copy';
import { siteDataFromFiles } from '../helpers/site-data';
import { KIND_NAMES } from '../../src/lib/figures/schemas';
import { withFrontmatter } from '../helpers/stories';
import { withEnglish } from '../helpers/english';
import { addStoryFixture, storyFixture } from '../helpers/story-fixture';

const copies: ReturnType<typeof copyProject>[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

/** The record a mistake starts from: a copy of the file's first record, under a test id. */
const copyOf = (records: DataRecord[], id: string): DataRecord => {
  if (!records[0]) throw new Error(`test setup: no record to copy for "${id}"`);
  return { ...structuredClone(records[0]), id };
};

const data = siteDataFromFiles();
const [plan] = [...data.plans.values()];
const [county] = [...data.counties.values()];
const [indicator] = [...data.indicators.keys()];

/**
 * One mistake in a data file: `make` breaks the parsed records (adding a test record made from
 * a copy of a real one, so the case holds whatever today's records say) and returns what the
 * message must contain (`once`: exactly once).
 */
interface Mistake {
  name: string;
  make: (records: DataRecord[]) => string[] | { contains: string[]; once: string[] };
}

/** How many times `text` occurs in `output`. */
const count = (output: string, text: string) => output.split(text).length - 1;

/**
 * The mistakes of a record alone, by file. Mistakes in one file are made together: the loader
 * reports every problem in a file at once (Astro stops at the first collection that fails, so
 * one sync per file).
 */
const mistakes: Record<string, Mistake[]> = {
  'content/data/indicators.yaml': [
    {
      name: 'a value that is not a number',
      make: (records) => {
        records.push({ ...copyOf(records, 'x-text-value'), value: '973.43亿' });
        return ['content/data/indicators.yaml → x-text-value: value: got "973.43亿"; expected a finite number for the value; write the number alone in `value: 973.43` and the unit ("亿") in `unit:`'];
      },
    },
    {
      name: 'a value with a thousands separator',
      make: (records) => {
        records.push({ ...copyOf(records, 'x-thousands'), value: '1,400' });
        return ['content/data/indicators.yaml → x-thousands: value: got "1,400"; expected a finite number for the value; write it without thousands separators: `value: 1400`'];
      },
    },
    {
      name: 'a missing field and a field of the wrong type, each named once',
      make: (records) => {
        const { label: _label, ...rest } = copyOf(records, 'x-no-label');
        records.push({ ...rest, unit: 7 });
        return {
          contains: ['content/data/indicators.yaml → x-no-label: does not match the indicators schema:'],
          once: ['\n  label: missing; expected a value (the field is required)\n', '\n  unit: got 7; expected a line of text'],
        };
      },
    },
    {
      name: 'an unknown field: the tail of a value cut at its comma in a one-line { … } record',
      make: (records) => {
        records.push({ ...copyOf(records, 'x-cut-value'), '000亿元': null });
        return ['content/data/indicators.yaml → x-cut-value: unknown field "000亿元"', 'put that value in quotes'];
      },
    },
    {
      name: 'a value that is not finite (.nan)',
      make: (records) => {
        records.push({ ...copyOf(records, 'x-nan-value'), value: Number.NaN });
        return ['content/data/indicators.yaml → x-nan-value', 'value', 'expected a finite number'];
      },
    },
    {
      name: 'a period label that says 推断 in words instead of the mark',
      make: (records) => {
        const indicator = copyOf(records, 'x-period-words');
        records.push({ ...indicator, period: { ...indicator.period, label: '2025年（推断）' } });
        return ['content/data/indicators.yaml → x-period-words', 'period.label', 'the label says 推断 in words', 'e.g. "2025年*"'];
      },
    },
  ],
  'content/data/facilities.yaml': [
    {
      name: 'a duplicate id',
      make: (records) => {
        const last = records.at(-1)!;
        records.push(structuredClone(last));
        return [`content/data/facilities.yaml → ${last.id}: duplicate id`, `records #${records.length - 1} and #${records.length}`];
      },
    },
    {
      name: 'a map label that does not spell its name',
      make: (records) => {
        records.push({ ...copyOf(records, 'x-facility'), mapLabel: ['不是', '它的名字'] });
        return ['content/data/facilities.yaml → x-facility: mapLabel: the lines spell "不是它的名字"'];
      },
    },
  ],
  'content/data/figures.yaml': [
    {
      name: 'a cluster map without its cluster',
      make: (records) => {
        records.push({ id: 'x-cluster-map', kind: 'cluster-map', title: '测试地图', dek: '测试说明' });
        return ['content/data/figures.yaml → x-cluster-map', 'a cluster-map figure needs "cluster"'];
      },
    },
    {
      name: 'a national-cluster map without clusters',
      make: (records) => {
        records.push({ id: 'x-national-map', kind: 'national-cluster-map', title: '测试地图', dek: '测试说明' });
        return ['content/data/figures.yaml → x-national-map', 'a national-cluster-map figure needs "clusters"'];
      },
    },
    {
      name: 'a field of another kind (a plan on a bar chart)',
      make: (records) => {
        records.push({ id: 'x-bar-plan', kind: 'bar-chart', title: '测试图', dek: '测试说明', indicators: [indicator!], plan: plan!.id });
        return ['content/data/figures.yaml → x-bar-plan', 'a bar-chart figure takes no "plan"; its fields are: id, kind, title, dek, notes, story, stories, draft, en, indicators, layout, series, groups'];
      },
    },
    {
      name: 'an unknown kind',
      make: (records) => {
        records.push({ id: 'x-pie', kind: 'pie-chart', title: '测试图', dek: '测试说明' });
        return ['content/data/figures.yaml → x-pie', `expected "kind" to be one of: ${KIND_NAMES.join(', ')}`];
      },
    },
  ],
  'content/data/sources.yaml': [
    {
      name: 'a source date label that says 推断 in words instead of the mark',
      make: (records) => {
        const source = copyOf(records, 'x-source-words');
        records.push({ ...source, date: { ...source.date, label: `${source.date.year}年（年份推断）` } });
        return ['content/data/sources.yaml → x-source-words', 'date.label', 'the label says 推断 in words', 'with * straight after the inferred part'];
      },
    },
    {
      name: 'an inferred source date without its reasoning',
      make: (records) => {
        records.push({ ...copyOf(records, 'x-source-basis'), dateBasis: { kind: 'inferred', basis: '测试' } });
        return ['content/data/sources.yaml → x-source-basis', 'dateBasis.basis', 'expected the reasoning behind the inferred date'];
      },
    },
  ],
};

const cases = Object.entries(mistakes).map(([file, list]) => ({ file, list, names: list.map((mistake) => mistake.name).join('; ') }));

// The untouched copy syncing cleanly (the control for these cases) is the draft case of
// story-mistakes.test.ts: a copy with only a draft story added must sync without an error.
describe('astro sync rejects bad data, every mistake in a file at once', () => {
  test.concurrent.each(cases)('$file: $names', async ({ file, list }) => {
    const copy = copyProject();
    copies.push(copy);
    const expected = new Map<string, { contains: string[]; once: string[] }>();
    copy.editRecords(file, (records) => {
      for (const { name, make } of list) {
        const texts = make(records);
        expected.set(name, Array.isArray(texts) ? { contains: texts, once: [] } : texts);
      }
    });
    const result = await astro(copy.dir, 'sync');
    expect(result.code).not.toBe(0);
    for (const [name, { contains, once }] of expected) {
      for (const text of contains) expect(result.output, name).toContain(text);
      for (const text of once) expect(count(result.output, text), `${name}: ${text}`).toBe(1);
    }
    if (list.length > 1) expect(result.output).toContain(`${file}: ${list.length} problems, fix each:`);
    // The message alone: no Location/Stack trace lines pointing into our code or node_modules.
    expect(result.output).not.toMatch(/Location:|Stack trace:|node_modules\/|src\/lib\/data\//);
    // Each field named once: never "label: label: Required".
    expect(result.output).not.toMatch(/^\s*([\w.]+): \1: /m);
  });

  test.concurrent('a YAML syntax error in sources.yaml is reported once, under its file, with line and column', async () => {
    const copy = copyProject();
    copies.push(copy);
    const file = 'content/data/sources.yaml';
    let broken = '';
    // Indent the second line of the first record by two more spaces: "bad indentation".
    copy.edit(file, (text) => (broken = text.replace(/^(- id: .*\n)( {2}\w)/m, '$1  $2')));
    const thrown = (() => {
      try {
        yaml.load(broken);
      } catch (error) {
        return error as { reason: string; mark: { line: number; column: number } };
      }
      throw new Error(`test setup: ${file} still parses`);
    })();
    const message = `${file}:${thrown.mark.line + 1}:${thrown.mark.column + 1}: not valid YAML: ${thrown.reason}`;
    const result = await astro(copy.dir, 'sync');
    expect(result.code).not.toBe(0);
    expect(count(result.output, message), result.output).toBe(1);
    expect(count(result.output, 'not valid YAML'), result.output).toBe(1);
    expect(result.output).toContain(`\n  ${thrown.mark.line + 1} | ${broken.split('\n')[thrown.mark.line]!.slice(0, 12)}`);
    expect(result.output).not.toMatch(/does not match|Location:|Stack trace:|src\/lib\/data\//);
  });
});

describe('astro build checks the ids records name, against the loaded data', () => {
  test.concurrent('unknown ids in data files and a story\'s frontmatter, targets before their plans: every one in one message, once', async () => {
    const copy = copyProject();
    copies.push(copy);
    const early = plan!.year - 2;
    copy.editRecords('content/data/zones.yaml', (records) => records.push({ ...copyOf(records, 'x-zone'), counties: ['330499'] }));
    copy.editRecords('content/data/projects.yaml', (records) => records.push({ ...copyOf(records, 'x-project'), source: 'pinghu-daily-2031' }));
    copy.editRecords('content/data/indicators.yaml', (records) => records.push(withEnglish('indicators', { ...copyOf(records, 'x-early-target'), kind: 'target', plan: plan!.id, period: { year: plan!.year - 1, label: `${plan!.year - 1}年` } })));
    copy.editRecords('content/data/clusters.yaml', (records) => records.push({ ...copyOf(records, 'x-cluster'), plan: plan!.id, valueAdded: { unit: '亿元', actual: { year: early, value: 1 }, targets: [{ year: early, value: 2 }], targetText: '测试' } }));
    // A story of the test's own (tests/helpers/story-fixture.ts), not a real one, names the unknown place.
    const fixture = storyFixture();
    const story = { ...fixture, text: withFrontmatter(fixture.text, 'places', '["330499"]') };
    addStoryFixture(copy, story);
    const result = await astro(copy.dir, 'build');
    expect(result.code, result.output).not.toBe(0);
    const once = [
      '5 records disagree with the records they name, fix each:',
      `content/data/zones.yaml → x-zone: counties.0: unknown counties id "330499" (did you mean "`,
      `; expected one of: ${county!.id} (${county!.name})`,
      'content/data/clusters.yaml → x-cluster: valueAdded.targets.0.year: ' + `target year ${early} precedes its plan "${plan!.id}" (issued ${plan!.year}); expected ${plan!.year} or later`,
      `content/data/indicators.yaml → x-early-target: period.year: target year ${plan!.year - 1} precedes its plan "${plan!.id}"`,
      'content/data/projects.yaml → x-project: source: unknown sources id "pinghu-daily-2031"',
      `${story.file}: places.0: unknown place "330499"`,
    ];
    for (const text of once) expect(count(result.output, text), `${text}\n${result.output}`).toBe(1);
    expect(result.output).toContain(`; expected a county adcode or zone id: ${county!.id} (${county!.name}), `);
    // The message alone: no Location/Stack trace lines pointing into our code or node_modules.
    expect(result.output).not.toMatch(/Location:|Stack trace:|node_modules\/|src\/lib\/data\//);
  });
});
