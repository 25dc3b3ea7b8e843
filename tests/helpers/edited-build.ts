/**
 * One throw-away copy of the project, edited the way two test files need it and built once per
 * test run, whichever of them asks first (the other waits for it):
 * - story-build.test.ts: what a maintainer adds (two stories written by the test, the story
 *   fixture of tests/helpers/story-fixture.ts, never a copy of a real one, one of them naming a
 *   place in its frontmatter; a county-scoped indicator, a zone-scoped milestone, a story
 *   scheduled for the day after the build's day, a fixture story renamed with its old slug in `formerSlugs`, and
 *   the newcomer's trial of TRIAL: a story `aaa-….mdx` written from scratch with one chart and
 *   no map, a three-line chart of county-scoped indicators and a bar chart with `groups:`);
 * - security/escaping.test.ts: script-injection payloads appended to strings in content/data.
 * Every edit is made from what the data and stories hold (the first county, the first figure…),
 * never from today's wording, so both tests hold whatever content a maintainer adds or changes.
 * The two sets of edits touch different records. A build of the copy takes about 13 CPU-seconds:
 * one build instead of two.
 */
import { siteDataFromFiles } from './site-data';
import { readDataFile } from '../../src/lib/data/files';
import { placeList } from '../../src/lib/places';
import { isoDay } from '../../src/lib/dates';
import { storyRefs } from '../../src/lib/story-refs';
import { readStories, withFrontmatter } from './stories';
import { figureRecords, storyFixture } from './story-fixture';
import { storyPlaces } from '../../src/lib/places/coverage';
import { withEnglish } from './english';
import { astroWith, copyProject, projectCopyAt, ROOT, type DataRecord, type ProjectCopy } from './project-copy';
import { oncePerRun } from './once-per-run';

const data = siteDataFromFiles();
const counties = placeList(data).filter((place) => place.kind === 'county');
const zone = placeList(data).find((place) => place.kind === 'zone');
const [source] = data.sources.keys();
if (counties.length < 2 || !zone || !source) throw new Error('test setup: needs two counties, a zone and a source in content/data');

/** A place (a county where one is left) a figure does not cover; undefined when it covers them all. */
const uncoveredBy = (figure: string) => {
  const covered = new Set(storyPlaces({ slug: 'new-story', title: '', figures: [figure], places: [] }, data).map((place) => place.id));
  const open = placeList(data).filter((place) => !covered.has(place.id));
  return open.find((candidate) => candidate.kind === 'county') ?? open[0];
};
/** The new stories' figure: the first of figures.yaml that leaves a place for the new story's frontmatter to name. */
const figure = figureRecords().map((record) => String(record.id)).find((id) => uncoveredBy(id));
if (!figure) throw new Error('test setup: every figure of figures.yaml covers every county and zone; no place is left to add to a story');
/** The new stories' text: the story fixture (one figure, one source), never a real story. */
const FIXTURE = storyFixture('new-story', figure);

/** The maintainer's additions. */
export const ADDED = {
  /** The new story's slug, its title, and the other new story's title. */
  slug: 'new-story',
  title: '测试用的新稿件：构建后出现在首页、订阅和网站地图',
  otherTitle: '测试用的第二篇稿件：删除后不再出现',
  /** The county the indicator is scoped to, and one it is not. */
  county: counties[0]!,
  otherCounty: counties[1]!,
  zone,
  /** The county the new story's frontmatter `places` names (one its figure does not cover). */
  place: uncoveredBy(figure)!,
  indicator: {
    id: 'x-test-figure', label: '测试用县级指标', value: 4321.5, unit: '亿元', kind: 'actual',
    period: { year: 2026, label: '2026年测试期' }, scope: counties[0]!.name, counties: [counties[0]!.id],
    measures: '仅供测试的一条记录', topic: 'clusters', source,
  },
  milestone: {
    id: 'x-test-event', date: { year: 2026, label: '2026年测试' }, kind: 'event', title: '测试用功能区事件',
    description: '仅供测试', zones: [zone.id], source,
  },
};

/**
 * The day the copy is built for (BUILD_DATE): the latest `published` day of today's stories, so
 * that every one of them is published, whatever today is.
 */
export const BUILD_DATE = readStories().map((story) => isoDay(story.data.published)).sort().at(-1)!;
const nextDay = new Date(Date.parse(`${BUILD_DATE}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * `name`, or `name-2`, `name-3`… : a file name and slug no story of the checkout has (nor had, in
 * its formerSlugs), so that a maintainer's own story of that name (aaa-test.mdx, say) is never
 * overwritten in the copy.
 */
function unusedName(name: string): string {
  const taken = new Set(readStories().flatMap((story) => [story.name, story.slug, ...((story.frontmatter.formerSlugs as string[] | undefined) ?? [])]));
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}-${n}`;
  return candidate;
}

const scheduled = unusedName('aaa-test');
/** A story written as the fixture and dated the day after BUILD_DATE: scheduled, so a preview only. */
export const SCHEDULED = { slug: scheduled, file: `content/stories/${scheduled}.mdx`, title: '测试用的定时稿件：发布日之前不出现在任何列表里', published: nextDay };

/** A story renamed: the fixture under its new file name, with its old slug in `formerSlugs` (never a real story). */
export const RENAMED = { from: 'old-story', to: 'renamed-story', file: 'content/stories/renamed-story.mdx', title: '测试用的改名稿件：旧地址转到新地址' };

/**
 * A newcomer's trial, as the README tells it: a story written from scratch whose file name sorts
 * first, with one chart (three lines, each line's indicators scoped to a county) and no map, and a
 * bar chart with `groups:` of county-scoped indicators that no story places.
 */
export const TRIAL = (() => {
  const [a, b, c] = counties;
  if (!a || !b || !c) throw new Error('test setup: the trial needs three counties');
  const slug = unusedName('aaa-trial');
  const lines = [a, b, c].map((county, line) => ({
    county,
    ids: [2024, 2025].map((year) => `x-trial-${line}-${year}`),
  }));
  const indicators = lines.flatMap(({ county, ids }, line) => ids.map((id, at) => ({
    id, label: `测试指标${line + 1}`, value: 10 + line + at, unit: '亿元', kind: 'actual',
    period: { year: 2024 + at, label: `${2024 + at}年` }, scope: county.name, counties: [county.id],
    measures: '仅供测试的一条记录', topic: 'clusters', source,
  })));
  const lineFigure = {
    id: 'x-trial-lines', kind: 'line-chart', title: '测试用三线图：三个县的测试指标', dek: '仅供测试。',
    story: slug, lines: lines.map(({ county, ids }) => ({ label: county.name, indicators: ids })),
  };
  const groupFigure = {
    id: 'x-trial-groups', kind: 'bar-chart', title: '测试用分组条形图', dek: '仅供测试。', series: ['2024年', '2025年'],
    groups: lines.map(({ county, ids }) => ({ label: county.name, indicators: ids })),
  };
  const filler = '这是一篇为测试而写的报道，正文只是填充文字，用来检查新手写的稿件能否顺利构建。'.repeat(8);
  const story = [
    '---', 'title: 测试用的新手稿件：一张三线图，没有地图', 'dek: 仅供测试的导语，一句话。', 'published: 2026-01-02',
    'byline: 测试', 'summary: 仅供测试的摘要，一句话。', 'keyPoints:', '  - 第一条测试要点。', '  - 第二条测试要点。',
    `sources: [${source}]`, 'leadFigure: x-trial-lines', 'tags: [测试]', '---', '',
    `${filler}<SourceMark id="${source}" />`, '', '<Figure id="x-trial-lines" />', '',
    '## 第一节', '', filler, '', '## 第二节', '', filler, '', '## 第三节', '', filler, '',
  ].join('\n');
  return { slug, file: `content/stories/${slug}.mdx`, story, indicators, lineFigure, groupFigure, counties: [a, b, c] };
})();

/** The stories added to the copy that place the fixture's figure (figures.yaml lists them in `stories:`). */
const COPIES = ['new-story', 'other-story', SCHEDULED.slug, RENAMED.to];

export const SCRIPT = '<script>alert(1)</script>';
export const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
export const PAYLOAD = `${SCRIPT}${ATTRIBUTE}`;

/** A string field to poison: the file, the record, the field, and its text before the payload. */
export interface Poisoned {
  file: string;
  id: string;
  field: string;
  text: string;
}

const shownIndicator = [...data.indicators.values()].find((indicator) => [...data.figures.values()].some((figure) => 'indicators' in figure && figure.indicators.includes(indicator.id)));
/** The first figure of figures.yaml (data.figures also holds the place figures made from data). */
const firstFigure = data.figures.get(readDataFile(ROOT, 'figures').records[0]?.id ?? '');
const [cluster] = data.clusters.values();
if (!shownIndicator || !firstFigure || !cluster) throw new Error('test setup: needs a figure, an indicator a figure shows, and a cluster');

/** The strings that get the payload: a figure title, an indicator's label and measures, a cluster name, a source's publication. */
export const POISONED: Poisoned[] = [
  { file: 'content/data/figures.yaml', id: firstFigure.id, field: 'title', text: firstFigure.title },
  { file: 'content/data/indicators.yaml', id: shownIndicator.id, field: 'label', text: shownIndicator.label },
  { file: 'content/data/indicators.yaml', id: shownIndicator.id, field: 'measures', text: shownIndicator.measures },
  { file: 'content/data/clusters.yaml', id: cluster.id, field: 'name', text: cluster.name },
  { file: 'content/data/sources.yaml', id: source, field: 'publication', text: data.sources.get(source)!.publication },
];

function edit(copy: ProjectCopy): void {
  // The new stories are the fixture, published on the build's day (the newest, so the home page lists them),
  // placing the fixture's figure once figures.yaml lists them in its `stories:`.
  const fresh = withFrontmatter(FIXTURE.text, 'published', BUILD_DATE);
  copy.write(`content/stories/${ADDED.slug}.mdx`, withFrontmatter(withFrontmatter(fresh, 'title', ADDED.title), 'places', JSON.stringify([ADDED.place.id])));
  copy.write('content/stories/other-story.mdx', withFrontmatter(fresh, 'title', ADDED.otherTitle));
  copy.write(SCHEDULED.file, withFrontmatter(withFrontmatter(withFrontmatter(fresh, 'title', SCHEDULED.title), 'published', SCHEDULED.published), 'updated', SCHEDULED.published));
  const placed = new Set(storyRefs(FIXTURE.text).figures);
  copy.editRecords('content/data/figures.yaml', (records) => {
    for (const record of records) {
      if (placed.has(record.id)) record.stories = [...(record.stories ?? []), ...COPIES];
    }
  });
  copy.write(RENAMED.file, withFrontmatter(withFrontmatter(fresh, 'title', RENAMED.title), 'formerSlugs', JSON.stringify([RENAMED.from])));
  copy.write(TRIAL.file, TRIAL.story);
  // Each new Chinese story has its English story (the pairing rule), a draft.
  // Each record with its English, as the build requires (tests/helpers/english.ts).
  copy.editRecords('content/data/indicators.yaml', (records) => records.push(...TRIAL.indicators.map((record) => withEnglish('indicators', record))));
  copy.editRecords('content/data/figures.yaml', (records) => records.push(withEnglish('figures', TRIAL.lineFigure), withEnglish('figures', TRIAL.groupFigure)));
  copy.editRecords('content/data/indicators.yaml', (records) => records.push(withEnglish('indicators', ADDED.indicator)));
  copy.editRecords('content/data/milestones.yaml', (records) => records.push(withEnglish('milestones', ADDED.milestone)));
  for (const { file, id, field } of POISONED) {
    copy.editRecords(file, (records) => {
      const record = records.find((candidate: DataRecord) => String(candidate.id) === id)!;
      record[field] = `${record[field]}${PAYLOAD}`;
    });
  }
}

export interface EditedBuild {
  copy: ProjectCopy;
  /** The build's exit code and output. */
  build: { code: number; output: string };
}

/**
 * The edited copy, built into its dist/. The first test file to ask makes and builds it in the
 * run's scratch directory (once-per-run.ts); the others wait for its result. A file may change
 * the copy's content afterwards but must build elsewhere (`--outDir`), since other files read
 * dist/.
 */
export async function editedBuild(timeout = 300_000): Promise<EditedBuild> {
  const { dir, build } = await oncePerRun('edited-build', async (scratch) => {
    const copy = copyProject(scratch);
    let build = { code: -1, output: '' };
    try {
      edit(copy);
      build = await astroWith({ BUILD_DATE }, copy.dir, 'build');
    } catch (error) {
      build = { code: -1, output: `test setup failed: ${(error as Error).message}` };
    }
    return { dir: copy.dir, build };
  }, timeout);
  return { copy: projectCopyAt(dir), build };
}
