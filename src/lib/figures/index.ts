import type { Figure } from './schemas';

/**
 * The figures that are published: every figure but drafts (`draft: true` in figures.yaml), which
 * have no figure page, embed page, downloads, oEmbed or gallery entry, and show only in stories not yet published.
 */
export function publishedFigures(figures: Iterable<Figure>): Figure[] {
  return [...figures].filter((figure) => figure.draft !== true);
}
