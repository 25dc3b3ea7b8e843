/**
 * /downloads/<id>.json: the sidecar of a figure's CSV: what each column holds, the figure's notes
 * and the full citation of every source id the rows name (src/lib/csv.ts).
 */
import type { APIRoute } from 'astro';
import { figurePaths, getSiteData } from '../../lib/site-data';
import { pick } from '../../lib/data/types';
import { sceneOf } from '../../lib/figures/scene';
import { csvSidecar } from '../../lib/csv';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const figure = pick(data, 'figures', params.id ?? '');
  const sidecar = csvSidecar(figure, sceneOf(figure, data).table, data.sources);
  return new Response(`${JSON.stringify(sidecar, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
