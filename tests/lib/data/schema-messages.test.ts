/**
 * The schemas' own messages: a number written as text. (An unknown id is the reference check's:
 * tests/lib/data/references.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { indicatorSchema } from '../../../src/lib/data/schemas';

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
