import { test } from 'vitest';
import { englishSiteDataFromFiles } from '../../helpers/site-data';
import { sceneOf } from '../../../src/lib/figures/scene';
import { chineseOutsideMarks } from '../../../src/lib/i18n/zh-marks';
import { MAP_KINDS } from './zz-maps';

function strings(value: unknown, path: string, out: [string, string][], seen = new Set<unknown>()): void {
  if (typeof value === 'string') { out.push([path, value]); return; }
  if (typeof value === 'number') { if (!Number.isFinite(value)) out.push([path, String(value)]); return; }
  if (value === undefined) { out.push([path, 'undefined']); return; }
  if (!value || typeof value !== 'object' || typeof value === 'function' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out, seen));
  else for (const [k, v] of Object.entries(value)) { if (k === 'component' || k === 'graphic' || k === 'figure' || k === 'sources') continue; strings(v, `${path}.${k}`, out, seen); }
}

test('explore', () => {
  const data = englishSiteDataFromFiles();
  const lines: string[] = [];
  for (const figure of data.figures.values()) {
    if (MAP_KINDS.includes(figure.kind)) continue;
    const scene = sceneOf(figure, data);
    const out: [string, string][] = [];
    strings(scene, figure.id, out);
    for (const [p, s] of out) if (chineseOutsideMarks(s).length || /NaN|undefined|\[object/.test(s)) lines.push(`${figure.kind} ${p}: ${s}`);
  }
  console.log(lines.join('\n'));
  console.log(lines.length);
});
