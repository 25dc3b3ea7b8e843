/**
 * Generated stories for the build-scaling benchmark: N copies of a real story's frontmatter (new
 * title), a filler body and three figures (a map and two charts) that exist in figures.yaml. They
 * meet the editorial rules the build enforces (length, three subheadings, the lead figure first,
 * every listed source cited, and figures.yaml's `stories:` naming them where they show another
 * story's figure), so the benchmark measures a build that succeeds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const PREFERRED = ['map-2022-tiers', 'chart-cluster-output', 'chart-compute-share'];
const FILLER = '这是一篇为测量构建时间而生成的报道，正文只是填充文字，不构成报道内容。它用到一张地图和两张图表，和真实报道一样经过同一条渲染流程。';

/** Three figure ids to use: the preferred ones if they exist, else the first map and first two charts. */
export function benchFigures(dir) {
  const figures = yaml.load(readFileSync(join(dir, 'content/data/figures.yaml'), 'utf8'));
  const ids = new Set(figures.map((figure) => figure.id));
  if (PREFERRED.every((id) => ids.has(id))) return PREFERRED;
  const map = figures.find((figure) => figure.kind.endsWith('map'));
  const charts = figures.filter((figure) => !figure.kind.endsWith('map')).slice(0, 2);
  if (!map || charts.length < 2) throw new Error('content/data/figures.yaml: the benchmark needs at least one map and two charts');
  return [map.id, ...charts.map((figure) => figure.id)];
}

/** Writes `count` stories content/stories/bench-0001.mdx … into a project copy; returns their slugs. */
export function writeBenchStories(dir, count) {
  const storiesDir = join(dir, 'content/stories');
  const model = readdirSync(storiesDir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort()[0];
  if (!model) throw new Error('content/stories has no story to copy the frontmatter from');
  const match = readFileSync(join(storiesDir, model), 'utf8').match(/^---\n([\s\S]*?)\n---/);
  if (!match) throw new Error(`content/stories/${model}: no frontmatter`);
  const frontmatter = yaml.load(match[1]);
  const figures = benchFigures(dir);
  const slugs = [];
  for (let index = 1; index <= count; index += 1) {
    const slug = `bench-${String(index).padStart(4, '0')}`;
    const data = { ...frontmatter, title: `基准测试报道第${index}篇`, leadFigure: figures[0] };
    // Dates as the day written (js-yaml would dump a Date as a timestamp, which the build refuses).
    for (const field of ['published', 'updated']) if (data[field] instanceof Date) data[field] = data[field].toISOString().slice(0, 10);
    const marks = (data.sources ?? []).map((id) => `<SourceMark id="${id}" />`).join('');
    const text = `${FILLER.repeat(6)}${marks}`;
    const body = [
      FILLER, '', `<Figure id="${figures[0]}" />`, '', '## 生成的报道', '', text, '',
      '## 两张图表', '', text, '', `<Figure id="${figures[1]}" />`, '', '## 第三节', '', text, '', `<Figure id="${figures[2]}" />`, '',
    ].join('\n');
    writeFileSync(join(storiesDir, `${slug}.mdx`), `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body}`);
    slugs.push(slug);
  }
  allowFigures(dir, figures, slugs);
  return slugs;
}

/** Lets the generated stories show the figures (figures.yaml `stories:`) in the project copy. */
function allowFigures(dir, ids, slugs) {
  const file = join(dir, 'content/data/figures.yaml');
  const figures = yaml.load(readFileSync(file, 'utf8'));
  for (const figure of figures) {
    if (ids.includes(figure.id) && figure.story) figure.stories = [...(figure.stories ?? []), ...slugs];
  }
  writeFileSync(file, yaml.dump(figures, { lineWidth: -1 }));
}
