/**
 * /downloads/<id>.xlsx: the figure's CSV table as an Excel workbook (numbers typed as numbers), with
 * a second sheet 说明 for the title, notes, columns and sources (src/lib/xlsx.ts). For spreadsheet
 * users: Excel misreads the BOM-less UTF-8 CSV.
 */
import type { APIRoute } from 'astro';
import { figurePaths, getSiteData } from '../../lib/site-data';
import { pick } from '../../lib/data/types';
import { sceneOf } from '../../lib/figures/scene';
import { toXlsx } from '../../lib/xlsx';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getSiteData();
  const figure = pick(data, 'figures', params.id ?? '');
  const xlsx = await toXlsx(figure, sceneOf(figure, data).table, data.sources);
  return new Response(new Uint8Array(xlsx), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
