/**
 * /downloads/<id>.csv: exactly what a figure plots (its figure table) as a tidy CSV: UTF-8
 * without a BOM, one header row, data rows only (src/lib/csv.ts). Sources and notes:
 * /downloads/<id>.json; the same table for Excel: /downloads/<id>.xlsx.
 */
import type { APIRoute } from 'astro';
import { figurePaths, getSiteData } from '../../lib/site-data';
import { pick } from '../../lib/data/types';
import { sceneOf } from '../../lib/figures/scene';
import { toCsv } from '../../lib/csv';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const figure = pick(data, 'figures', params.id ?? '');
  return new Response(toCsv(sceneOf(figure, data).table, data.sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
