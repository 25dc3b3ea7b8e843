import Figure from './StoryFigure.astro';
import SourceMark from './SourceMark.astro';
import ClusterRoster from './ClusterRoster.astro';
import Term from './Term.astro';
import Inferred from './Inferred.astro';
import Zh from './Zh.astro';

/** The components a story can use in MDX without importing them. */
export const mdxComponents = { Figure, SourceMark, ClusterRoster, Term, Inferred, Zh };
