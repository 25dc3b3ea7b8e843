import Figure from '../figure/Figure.astro';
import SourceMark from './SourceMark.astro';
import ClusterRoster from './ClusterRoster.astro';

/** The components a story can use in MDX without importing them. */
export const mdxComponents = { Figure, SourceMark, ClusterRoster };
