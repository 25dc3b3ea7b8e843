/** The schemas' own messages: a number written as text, and an unknown place answered with names. */
import { describe, expect, test } from 'vitest';
import { indicatorSchema, placeRef, ref } from '../../../src/lib/data/schemas';
import { siteDataFromFiles } from '../../../src/lib/data/from-files';

const data = siteDataFromFiles();
const counties = [...data.counties.values()];
const zones = [...data.zones.values()];
const messages = (schema: { safeParse: (input: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('a number field', () => {
  const value = indicatorSchema.shape.value;

  test('written with thousands separators: the number without them', () => {
    for (const written of ['1,400', '1，400', '1 400']) {
      expect(messages(value, written)).toEqual([`got "${written}"; expected a finite number for the value; write it without thousands separators: \`value: 1400\``]);
    }
  });

  test('written with its unit: the number in value:, the unit in unit:', () => {
    expect(messages(value, '973.43亿')).toEqual(['got "973.43亿"; expected a finite number for the value; write the number alone in `value: 973.43` and the unit ("亿") in `unit:`']);
  });

  test('missing, or not a number at all', () => {
    expect(messages(value, undefined)).toEqual(['missing; expected a finite number for the value']);
    expect(messages(value, '很多')).toEqual(['got "很多"; expected a finite number for the value']);
    expect(messages(value, 1400)).toEqual([]);
  });
});

describe('an unknown county or zone is answered with names', () => {
  const [first, second] = counties as [typeof counties[0], typeof counties[0]];

  test('ref("counties"): each known adcode with its county, and a did-you-mean naming one', () => {
    const [message] = messages(ref('counties'), '330499');
    expect(message).toMatch(/^unknown counties id "330499" \(did you mean "3304\d\d", [^"?]+\?\); expected one of: /);
    expect(message).toContain(`expected one of: ${first.id} (${first.name}), ${second.id} (${second.name}), `);
    for (const county of counties) expect(message).toContain(`${county.id} (${county.name})`);
  });

  test('a county\'s name written for its adcode is answered with the adcode', () => {
    expect(messages(ref('counties'), first.name)[0]).toContain(`unknown counties id "${first.name}" (did you mean "${first.id}", ${first.name}?)`);
  });

  test('ref("zones") names the zones; other collections list bare ids', () => {
    const zone = zones[0]!;
    expect(messages(ref('zones'), `${zone.id}x`)[0]).toBe(`unknown zones id "${zone.id}x" (did you mean "${zone.id}", ${zone.name}?); expected one of: ${zones.map((z) => `${z.id} (${z.name})`).join(', ')}`);
    const plan = [...data.plans.keys()][0]!;
    expect(messages(ref('plans'), `${plan}x`)[0]).toContain(`unknown plans id "${plan}x" (did you mean "${plan}"?); expected one of: ${plan}`);
  });

  test('placeRef: counties and zones, with names', () => {
    const zone = zones[0]!;
    expect(messages(placeRef(), zone.name)[0]).toBe(`unknown place "${zone.name}" (did you mean "${zone.id}", ${zone.name}?); expected a county adcode or zone id: ${[...counties, ...zones].map((p) => `${p.id} (${p.name})`).join(', ')}`);
    expect(messages(placeRef(), first.id)).toEqual([]);
  });
});
