/**
 * The English edition's search index files, /en/pagefind/<file>: Pagefind's script, WebAssembly,
 * index and fragments (src/lib/search/), made from content as the build renders.
 */
import { searchFileRoute } from '../../../lib/search/edition';

const route = searchFileRoute('en');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
