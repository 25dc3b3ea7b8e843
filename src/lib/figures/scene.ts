/**
 * A figure's scene: what its kind draws (./kind.ts KindScene) with the words around it, computed
 * once per figure and data set, and read by every output: the page and embed graphic, the data
 * table, CSV and spreadsheet, the embed's starting height, the SVG/PNG downloads.
 */
import type { Source } from '../data/schemas';
import type { SiteData } from '../data/types';
import { isMarked } from '../inferred';
import { citeSource } from '../sources';
import type { Lang } from '../i18n/lang';
import { fill, wordingOf } from '../wording';
import { langOf } from '../data/types';
import type { KindScene } from './kind';
import { kindOf } from './registry';
import type { Figure } from './schemas';
import { tableSources } from './table';

export interface Scene extends KindScene {
  figure: Figure;
  /** The sources its table cites, in order of first use. */
  sources: Source[];
  /** "来源：某报《…》（2024年末*）；…": the line under the figure and at the foot of its image. */
  sourceLine: string;
  /** Whether anything it prints carries the inference mark (then an embed links to its explanation). */
  marked: boolean;
  /** The language of the data set it was drawn from: of every word it prints. */
  lang: Lang;
}

/** "来源：…；…" / "Sources: …; …" from the sources cited (in the data's language). */
export function sourceLine(cited: Source[], lang: Lang = 'zh'): string {
  if (cited.length === 0) throw new Error('a figure needs at least one source');
  return fill(wordingOf(lang).figures.sourceLine, { sources: cited.map((source) => citeSource(source, lang)).join(lang === 'en' ? '; ' : '；') });
}

const scenes = new WeakMap<SiteData, Map<string, Scene>>();

/** The scene of a figure: made once per figure of a data set (a build has one data set). */
export function sceneOf(figure: Figure, data: SiteData): Scene {
  let byId = scenes.get(data);
  if (!byId) scenes.set(data, (byId = new Map()));
  let scene = byId.get(figure.id);
  if (!scene || scene.figure !== figure) {
    scene = makeScene(figure, data);
    byId.set(figure.id, scene);
  }
  return scene;
}

function makeScene(figure: Figure, data: SiteData): Scene {
  const drawn = kindOf(figure).scene(figure, data);
  const sources = tableSources(drawn.table).map((id) => {
    const source = data.sources.get(id);
    if (!source) throw new Error(`figure "${figure.id}": its data cites unknown source "${id}"`);
    return source;
  });
  const marked = [figure.title, figure.dek, ...figure.notes, ...sources.map((source) => citeSource(source))].some(isMarked)
    || drawn.table.rows.some((row) => Object.values(row.cells).some((cell) => typeof cell === 'string' && isMarked(cell)));
  return { ...drawn, figure, sources, sourceLine: sourceLine(sources, langOf(data)), marked, lang: langOf(data) };
}
