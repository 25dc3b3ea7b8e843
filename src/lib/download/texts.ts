/**
 * The words around a figure, shared by the page frame and the downloads so both say the same:
 * the sources its data cites, its source line, and the site's name.
 */
import type { Figure, Source } from '../data/schemas';
import type { FigureTable } from '../figures/table';
import { tableSources } from '../figures/table';
import { citeSource } from '../sources';
import type { DownloadTexts } from './standalone';

/** The site's name, as the page header prints it. */
import { SITE_NAME } from '../site';

export { SITE_NAME };

/** The sources a figure's table cites, in order of first use; an unknown id throws, naming the figure. */
export function citedSources(figure: Figure, table: FigureTable, sources: Map<string, Source>): Source[] {
  return tableSources(table).map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`figure "${figure.id}": its data cites unknown source "${id}"`);
    return source;
  });
}

/** "来源：某报《…》（2024年末*）；…": the line under a figure and at the foot of its image. */
export function sourceLine(cited: Source[]): string {
  if (cited.length === 0) throw new Error('a figure needs at least one source');
  return `来源：${cited.map(citeSource).join('；')}`;
}

/** Headline, dek, notes, source line and credit for a figure's standalone SVG/PNG. */
export function downloadTexts(figure: Figure, table: FigureTable, sources: Map<string, Source>, siteRoot: string): DownloadTexts {
  return {
    title: figure.title,
    dek: figure.dek,
    notes: figure.notes,
    source: sourceLine(citedSources(figure, table, sources)),
    credit: `${SITE_NAME} · ${siteRoot.replace(/^https?:\/\//, '').replace(/\/$/, '')}`,
  };
}
