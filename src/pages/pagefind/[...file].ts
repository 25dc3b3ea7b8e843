/**
 * The Chinese edition's search index files, /pagefind/<file>: Pagefind's script, WebAssembly,
 * index and fragments (src/lib/search/), made from content as the build renders.
 */
import { searchFileRoute } from '../../lib/search/edition';

const route = searchFileRoute('zh');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
