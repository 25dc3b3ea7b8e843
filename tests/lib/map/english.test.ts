/**
 * Every map figure drawn from the English data (getSiteData('en'): the same records, their `en:`
 * blocks laid over) holds the English edition's rules: its words are English (Chinese only inside
 * a {zh:…} mark), nothing prints NaN, undefined or an object, its labels fit the drawing at every
 * size without overlapping or crossing a line, and its table has the Chinese table's rows and numbers.
 */
import { describe, expect, test } from 'vitest';
import { englishSiteDataFromFiles, siteDataFromFiles } from '../../helpers/site-data';
import { sceneDrawnMaps } from '../../helpers/scene-maps';
import { sceneOf, type Scene } from '../../../src/lib/figures/scene';
import { chineseOutsideMarks } from '../../../src/lib/i18n/zh-marks';
import { cityBase, countyBase, wideBase } from '../../../src/lib/map/base';
import { overlapArea, segmentHitsBox } from '../../../src/lib/map/labels';
import { placeOf, type MapModel } from '../../../src/lib/map/model';
import { tipLines } from '../../../src/lib/map/wording';
import type { Figure } from '../../../src/lib/figures/schemas';

const zh = siteDataFromFiles();
const en = englishSiteDataFromFiles();
const isMap = (figure: Figure) => sceneOf(figure, zh).styles.includes('maps');
/** Every map figure, those of figures.yaml and the generated place maps, so a new one is held to the same rules. */
const MAP_IDS = [...zh.figures.values()].filter(isMap).map((figure) => figure.id);
const english = (id: string): Scene => sceneOf(en.figures.get(id)!, en);
const chinese = (id: string): Scene => sceneOf(zh.figures.get(id)!, zh);

/** Every text a map figure's scene prints: legend, headings, each drawing's title, description, labels, tooltips and scale, the table. */
function texts(scene: Scene): string[] {
  const maps = sceneDrawnMaps(scene);
  return [
    ...scene.legend.map((item) => item.label),
    ...scene.panels.flatMap((panel) => (panel.heading === undefined ? [] : [panel.heading])),
    ...maps.flatMap((map) => [
      map.title, map.desc, map.scale.label,
      ...map.labels.flatMap((label) => label.lines.map((line) => line.text)),
      ...map.counties.flatMap((county) => (county.title === undefined ? [] : [county.title])),
      ...map.marks.map((mark) => mark.title),
    ]),
    scene.table.caption,
    ...scene.table.columns.map((column) => column.label),
    ...scene.table.rows.flatMap((row) => Object.values(row.cells).filter((cell) => typeof cell === 'string')),
  ];
}

const baseOf = (figure: Figure, map: MapModel) => {
  const base = figure.kind === 'national-cluster-map' ? cityBase() : countyBase();
  return map.width === base.width ? base : wideBase(base);
};

test('the English data has every map figure the Chinese has', () => {
  expect(MAP_IDS.length).toBeGreaterThan(0);
  expect(MAP_IDS.filter((id) => !en.figures.has(id))).toEqual([]);
});

describe.each(MAP_IDS)('%s in English', (id) => {
  test('its words are English: no Chinese outside {zh:…} marks, no NaN, undefined or [object Object]', () => {
    const all = texts(english(id));
    expect(all.filter((text) => chineseOutsideMarks(text).length > 0)).toEqual([]);
    expect(all.filter((text) => /NaN|undefined|\[object Object\]|亿|万/.test(text))).toEqual([]);
    expect(all.filter((text) => text.trim() === '')).toEqual([]);
  });

  test('its table has the Chinese table\'s rows, sources and numbers, in the same order, a column\'s numbers at most converted into its unit', () => {
    const [a, b] = [english(id).table, chinese(id).table];
    expect(a.columns.map((column) => [column.key, column.numeric ?? false])).toEqual(b.columns.map((column) => [column.key, column.numeric ?? false]));
    expect(a.rows).toHaveLength(b.rows.length);
    const blanks = (row: (typeof a.rows)[number]) => Object.entries(row.cells).filter(([, cell]) => cell === null);
    expect(a.rows.map((row) => [row.source, blanks(row)])).toEqual(b.rows.map((row) => [row.source, blanks(row)]));
    // A converted column ("billion yuan" for 亿元) multiplies every number by one power of ten: the same numbers, never others.
    for (const column of b.columns.filter((c) => b.rows.some((row) => typeof row.cells[c.key] === 'number'))) {
      const pairs = b.rows.map((row, at) => [row.cells[column.key], a.rows[at]!.cells[column.key]] as const)
        .filter((pair): pair is readonly [number, number] => typeof pair[0] === 'number');
      const first = pairs.find(([zh]) => zh !== 0);
      const shift = first ? Math.round(Math.log10(first[1] / first[0])) : 0;
      expect(pairs.map(([zh, english]) => english / 10 ** shift), `${column.key}: × 10^${shift}`).toEqual(pairs.map(([zh]) => expect.closeTo(zh, 9)));
    }
  });

  test('its drawings mark the same places in the same colours as the Chinese', () => {
    const shape = (scene: Scene) => sceneDrawnMaps(scene).map((map) => ({
      counties: map.counties.map((county) => [county.id, county.fill, county.tier, county.d]),
      marks: map.marks.map((mark) => [mark.id, mark.d, mark.className]),
      size: [map.width, map.height],
    }));
    expect(shape(english(id))).toEqual(shape(chinese(id)));
    expect(english(id).legend.map((item) => item.swatch)).toEqual(chinese(id).legend.map((item) => item.swatch));
  });

  test('its labels, measured in English, stay inside every drawing, clear of each other and of every line', () => {
    const figure = en.figures.get(id)!;
    for (const map of sceneDrawnMaps(english(id))) {
      const base = baseOf(figure, map);
      const boxes = map.labels.map((label) => label.box);
      boxes.forEach((box, i) => {
        const name = `${map.id}: "${map.labels[i]!.lines.map((line) => line.text).join(' ')}"`;
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.y, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(map.width);
        expect(box.y + box.height, name).toBeLessThanOrEqual(map.height);
        boxes.slice(i + 1).forEach((other, j) => expect(overlapArea(box, other), `${name} overlaps "${map.labels[i + 1 + j]!.lines[0]!.text}"`).toBe(0));
        expect(base.lines.filter((line) => segmentHitsBox(line, box)), `${name} lies across a line`).toEqual([]);
      });
      expect(map.labels.filter((label) => label.className.includes('map-label-county'))).toHaveLength(base.features.size);
      expect(map.labels.filter((label) => label.className.includes('map-label-mark'))).toHaveLength(map.marks.length);
    }
  });

  test("a marker's English label lies over the marker's own county, or off the map with a leader; never over a neighbour", () => {
    const figure = en.figures.get(id)!;
    for (const map of sceneDrawnMaps(english(id))) {
      const base = baseOf(figure, map);
      const markLabels = map.labels.filter((label) => label.className.includes('map-label-mark'));
      map.marks.forEach((mark, index) => {
        const county = mark.attrs['data-county'];
        if (county === undefined) return;
        const { box } = markLabels[index]!;
        const where = placeOf([box.x + box.width / 2, box.y + box.height / 2], base.features.get(county)!, base);
        expect(where, `${map.id} ${mark.id}: its label lies over another county`).not.toBe('other');
        if (where === 'off') expect(map.leaders.length, `${map.id} ${mark.id}: label off the map without a leader`).toBeGreaterThan(0);
      });
    }
  });

  test("a county's name lies wholly on its county in the tier's ink, or else is set in the page's ink (map-label-off)", () => {
    const figure = en.figures.get(id)!;
    for (const map of sceneDrawnMaps(english(id))) {
      const base = baseOf(figure, map);
      const countyLabels = map.labels.filter((label) => label.className.includes('map-label-county'));
      expect(countyLabels).toHaveLength(map.counties.length);
      countyLabels.forEach(({ box, className, lines }, index) => {
        const corners: [number, number][] = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]];
        const whole = corners.every((corner) => placeOf(corner, base.features.get(map.counties[index]!.id)!, base) === 'in');
        expect(className.includes('map-label-off'), `${map.id} "${lines[0]!.text}": ${whole ? 'on its county' : 'partly off its county'}`).toBe(!whole);
      });
    }
  });

  test('its tooltips cut back into English lines, none starting or ending with a space', () => {
    for (const map of sceneDrawnMaps(english(id))) {
      for (const { title, tip } of [...map.counties, ...map.marks]) {
        if (title === undefined || tip === undefined) continue;
        const lines = tipLines(title, tip);
        expect(lines.join('|'), title).not.toMatch(/^\s|\s$|\|\s|\s\||[:;]$/);
        expect(lines.every((line) => line.length > 0)).toBe(true);
      }
    }
  });
});
