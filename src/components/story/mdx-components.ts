import Figure from '../figure/Figure.astro';
import SourceMark from './SourceMark.astro';

/** The components a story can use in MDX without importing them. */
export const mdxComponents = { Figure, SourceMark };
