/** The colour-difference maths the palette checks rely on (src/lib/colour.ts), against published values. */
import { describe, expect, test } from 'vitest';
import { colourDifference, deltaE2000, deltaE76, lab, simulate, type Lab } from '../../src/lib/colour';
import { linearRgb } from '../../src/lib/theme';

describe('lab(hex)', () => {
  test('white, black and a mid grey have the CIE Lab values of sRGB under D65', () => {
    const close = (actual: Lab, expected: [number, number, number]) => actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 1));
    close(lab('#ffffff'), [100, 0, 0]);
    close(lab('#000000'), [0, 0, 0]);
    close(lab('#777777'), [50.03, 0, 0]);
    close(lab('#ff0000'), [53.24, 80.09, 67.2]);
    close(lab('#0000ff'), [32.3, 79.19, -107.86]);
  });
});

describe('deltaE2000', () => {
  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", test data pairs 1, 7, 17, 24, 34.
  test.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as const)('%o and %o differ by %f', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  test('CIE76 is the Lab distance', () => {
    expect(deltaE76([50, 0, 0], [53, 4, 0])).toBe(5);
  });
});

describe('simulate(hex, vision)', () => {
  test('greys look the same with every deficiency', () => {
    for (const grey of ['#ffffff', '#777777', '#000000']) {
      for (const vision of ['deuteranopia', 'protanopia'] as const) expect(colourDifference(grey, grey, vision)).toBe(0);
      expect(deltaE2000(lab(grey, 'deuteranopia'), lab(grey))).toBeLessThan(0.5);
    }
  });

  test('red and green, far apart to most readers, come close with deuteranopia and protanopia; blue and orange stay apart', () => {
    const red = '#d62728';
    const green = '#2ca02c';
    expect(colourDifference(red, green)).toBeGreaterThan(60);
    expect(colourDifference(red, green, 'deuteranopia')).toBeLessThan(20);
    expect(colourDifference(red, green, 'protanopia')).toBeLessThan(30);
    expect(colourDifference('#1f77b4', '#ff7f0e', 'deuteranopia')).toBeGreaterThan(40);
  });

  test('normal vision leaves the colour as it is; a deficiency changes a saturated one', () => {
    expect(simulate('#336699', 'normal')).toEqual(linearRgb('#336699'));
    expect(simulate('#d62728', 'deuteranopia')).not.toEqual(linearRgb('#d62728'));
  });
});
