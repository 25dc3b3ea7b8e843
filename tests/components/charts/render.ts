import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import FigureGraphic from '../../../src/components/figure/FigureGraphic.astro';
import { fixtureData } from '../../helpers/fixture-data';
import type { SiteData } from '../../../src/lib/data/types';
import { pick } from '../../../src/lib/data/types';
import { sceneOf } from '../../../src/lib/figures/scene';

const container = await AstroContainer.create();
type Component = Parameters<typeof container.renderToString>[0];

/** A component rendered to HTML through Astro's container API. */
export function render(component: Component, props: Record<string, unknown>): Promise<string> {
  return container.renderToString(component, { props });
}

/**
 * A chart figure as its page graphic draws it (the component its kind's scene names), from the
 * site's data (or a doctored copy). Bad data rejects the promise, whether the scene or the component finds it.
 */
export async function renderChart(id: string, data: SiteData = fixtureData()): Promise<string> {
  return render(FigureGraphic, { scene: sceneOf(pick(data, 'figures', id), data), data });
}

/** How often a pattern occurs. */
export function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;
}

/** Every <svg>…</svg> in the HTML. */
export function svgs(html: string): string[] {
  return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

/** The text content of every <text> element, in order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

/** The text a sighted reader sees: as plain(), without what only a screen reader hears (visually hidden text). */
export function visible(html: string): string {
  return plain(html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, ''));
}

/** The text a screen reader says: as plain(), each inference mark (an image named 推断) read as （推断）. */
export function heard(html: string): string {
  return plain(html.replace(/<span class="inf" role="img" aria-label="([^"]+)">\*<\/span>/g, '（$1）'));
}

/** The text a reader sees: tags removed, a space after each block (p, li, time …), whitespace collapsed. */
export function plain(html: string): string {
  return html.replace(/<\/(p|li|time|text|title|desc|div|ul|ol)>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** Checks every SVG of a chart: role, title and desc wired by id, viewBox, no fixed width, one-decimal coordinates, no colours. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const open = svg.match(/<svg[^>]*>/)![0];
  if (!/role="img"/.test(open)) problems.push('no role="img"');
  if (!/viewBox="0 0 \d+(\.\d)? \d+(\.\d)?"/.test(open)) problems.push('no viewBox');
  if (/\swidth="/.test(open)) problems.push('fixed width');
  const labelled = open.match(/aria-labelledby="([^"]+)"/)?.[1]?.split(' ') ?? [];
  const title = svg.match(/<title id="([^"]+)">[^<]+<\/title>/)?.[1];
  const desc = svg.match(/<desc id="([^"]+)">[^<]+<\/desc>/)?.[1];
  if (!title || !desc || labelled.join(' ') !== `${title} ${desc}`) problems.push('title/desc not labelling the svg');
  for (const [, name, value] of svg.matchAll(/\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]*)"/g)) {
    if (!/^-?\d+(\.\d)?$/.test(value!)) problems.push(`${name}="${value}"`);
  }
  if (/(fill|stroke)="/.test(svg) || /var\(/.test(svg) || /#[0-9a-f]{3,6}\b/i.test(svg)) problems.push('a colour in the markup');
  if (/NaN|undefined|Infinity/.test(svg)) problems.push('NaN/undefined');
  return problems;
}

/** Markup with one element per line, so snapshot diffs show which mark changed. */
export function pretty(markup: string): string {
  return `${markup.replace(/></g, '>\n<')}\n`;
}
