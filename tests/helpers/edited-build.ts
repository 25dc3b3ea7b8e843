/**
 * One throw-away copy of the project, edited the way two test files need it and built once per
 * test run, whichever of them asks first (the other waits for it):
 * - story-build.test.ts: what a maintainer adds (two stories copied from another, a county-scoped
 *   indicator, a zone-scoped milestone, a place in a story's frontmatter);
 * - security/escaping.test.ts: script-injection payloads appended to strings in content/data.
 * The two sets of edits touch different records, so neither changes what the other checks. A
 * build of the copy takes about 13 CPU-seconds: one build instead of two.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { astro, copyProject, projectCopyAt, type ProjectCopy } from './project-copy';

/** The maintainer's additions. */
export const ADDED = {
  title: '测试用的新稿件：构建后出现在首页、订阅和网站地图',
  otherTitle: '测试用的第二篇稿件：删除后不再出现',
  indicator: `
- id: x-haiyan-test-figure
  label: 测试用海盐指标
  value: 4321.5
  unit: 亿元
  kind: actual
  period: { year: 2026, label: 2026年测试期 }
  scope: 海盐县
  counties: ["330424"]
  measures: 仅供测试的一条记录
  topic: clusters
  source: plan-2022-doc
`,
  milestone: `
- { id: x-port-test-event, date: { year: 2026, label: 2026年测试 }, kind: event, title: 测试用港区事件, description: 仅供测试, zones: [jx-port], source: plan-2022-doc }
`,
};

export const SCRIPT = '<script>alert(1)</script>';
export const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
export const PAYLOAD = `${SCRIPT}${ATTRIBUTE}`;

/** Lines of content/data to poison (each must occur once); the payload is appended in single quotes. */
export const POISONED: [file: string, line: string][] = [
  ['content/data/figures.yaml', '  title: 2022年方案：七个县（市、区）和两个功能区，各建一个集群'],
  ['content/data/indicators.yaml', '  label: 上半年落地产业项目'],
  ['content/data/indicators.yaml', '  measures: 全市落地的亿元以上及1000万美元以上产业项目个数（落地项目数居全省第一）'],
  ['content/data/clusters.yaml', '  name: 微电子'],
  ['content/data/sources.yaml', '  publication: 嘉兴市人民政府'],
];

function edit(copy: ProjectCopy): void {
  const template = copy.read('content/stories/compute.mdx');
  copy.write('content/stories/new-story.mdx', template.replace(/^title: .*$/m, `title: ${ADDED.title}`));
  copy.write('content/stories/other-story.mdx', template.replace(/^title: .*$/m, `title: ${ADDED.otherTitle}`));
  copy.edit('content/data/indicators.yaml', (yaml) => yaml + ADDED.indicator);
  copy.edit('content/data/milestones.yaml', (yaml) => yaml + ADDED.milestone);
  copy.edit('content/stories/compute.mdx', (mdx) => mdx.replace('tags: [', 'places: ["330421"]\ntags: ['));
  for (const [file, line] of POISONED) {
    copy.edit(file, (text) => {
      const lines = text.split('\n');
      if (lines.filter((candidate) => candidate === line).length !== 1) throw new Error(`test setup: "${line}" is not exactly once in ${file}`);
      const [key, value] = line.split(/: (.*)/s) as [string, string];
      return lines.map((candidate) => (candidate === line ? `${key}: '${value}${PAYLOAD}'` : candidate)).join('\n');
    });
  }
}

export interface EditedBuild {
  copy: ProjectCopy;
  /** The build's exit code and output. */
  build: { code: number; output: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The edited copy, built into its dist/. The first test file to ask makes and builds it in the
 * run's scratch directory (global-setup.ts, which also removes it); the others wait for its
 * result. A file may change the copy's content afterwards but must build elsewhere (`--outDir`),
 * since other files read dist/.
 */
export async function editedBuild(timeout = 300_000): Promise<EditedBuild> {
  const scratch = inject('scratchDir');
  const result = join(scratch, 'edited-build.json');
  let first = true;
  try {
    mkdirSync(join(scratch, 'edited-build.lock'));
  } catch {
    first = false;
  }
  if (first) {
    const copy = copyProject(scratch);
    let build = { code: -1, output: '' };
    try {
      edit(copy);
      build = await astro(copy.dir, 'build');
    } catch (error) {
      build = { code: -1, output: `test setup failed: ${(error as Error).message}` };
    }
    writeFileSync(`${result}.part`, JSON.stringify({ dir: copy.dir, build }));
    renameSync(`${result}.part`, result);
  }
  const end = Date.now() + timeout;
  while (!existsSync(result)) {
    if (Date.now() > end) throw new Error(`the edited copy's build (tests/helpers/edited-build.ts) has not finished after ${timeout / 1000} s`);
    await sleep(250);
  }
  const { dir, build } = JSON.parse(readFileSync(result, 'utf8')) as { dir: string; build: EditedBuild['build'] };
  return { copy: projectCopyAt(dir), build };
}
