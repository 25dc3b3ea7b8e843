/** facility-map: named facilities as marks on the neutral county map, shape and colour by kind. */
import { pick } from '../../../data/records';
import { countyBase } from '../../../map/base';
import type { LegendItem } from '../../../map/legend';
import { FACILITY_KINDS } from '../../../map/markers';
import { drawMap, drawWideMap, type MapSpec, type MarkInput } from '../../../map/model';
import { mapScene } from '../../../map/scene';
import { facilityDescription, facilityLines } from '../../../map/wording';
import { checkPlace } from '../../../map/zone-marks';
import { countyLabel, mapWords } from '../../../map/words';
import { langOf } from '../../../data/types';
import { defineKind } from '../../kind';
import schema from './schema';

export default defineKind(schema, {
  scene(figure, data) {
    const base = countyBase();
    const words = mapWords(data);
    const facilities = figure.facilities.map((id) => pick(data, 'facilities', id));
    const spec: MapSpec = {
      id: figure.id, title: figure.title, lang: langOf(data),
      desc: facilityDescription(facilities, words),
      counties: [...data.counties.values()].map((county) => ({ id: county.id, name: countyLabel(county, words), fill: 'base' as const })),
      marks: facilities.map((facility): MarkInput => {
        const kind = FACILITY_KINDS[facility.kind];
        checkPlace(`facilities.yaml → ${facility.id}`, facility.point, [facility.county], base);
        return {
          id: facility.id, point: facility.point, shape: kind.shape, className: `map-facility ${kind.className}`,
          lines: facilityLines(facility, words), label: facility.mapLabel ?? [facility.name], county: facility.county,
          attrs: { 'data-facility': facility.id, 'data-kind': facility.kind, 'data-county': facility.county },
        };
      }),
    };
    const map = drawMap(spec, base);
    const kinds = (Object.keys(FACILITY_KINDS) as (keyof typeof FACILITY_KINDS)[]).filter((kind) => facilities.some((f) => f.kind === kind));
    const legend = kinds.map((kind): LegendItem => ({ label: words.facility[kind], swatch: { kind: 'marker', shape: FACILITY_KINDS[kind].shape, className: `map-facility ${FACILITY_KINDS[kind].className}` } }));
    const table = {
      caption: words.fill(words.maps.facilityCaption, { title: figure.title }),
      columns: [
        { key: 'name', label: words.maps.colFacility },
        { key: 'kind', label: words.maps.colKind },
        { key: 'place', label: words.maps.colPlace },
        { key: 'county', label: words.maps.colCounty },
        { key: 'description', label: words.maps.colDescription },
      ],
      rows: facilities.map((facility) => ({
        cells: {
          name: facility.name,
          kind: words.facility[facility.kind],
          place: facility.place,
          county: pick(data, 'counties', facility.county).name,
          description: facility.description,
        },
        source: facility.source,
      })),
    };
    return mapScene([map], legend, table, undefined, drawWideMap(spec, base));
  },
  places: (figure, data) => figure.facilities.map((id) => pick(data, 'facilities', id).county),
});
