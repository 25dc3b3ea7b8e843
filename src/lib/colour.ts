/**
 * Colour difference as a reader sees it, to check the chart palette (src/lib/theme.ts): CIE Lab
 * (D65) of an sRGB colour, the CIE76 and CIEDE2000 differences, and a simulation of the two
 * red–green colour-vision deficiencies (protanopia, deuteranopia) at full severity.
 */
import { linearRgb } from './theme';

export type Lab = readonly [number, number, number];

/** Linear-light RGB (0–1), clamped to the gamut. */
export type LinearRgb = readonly [number, number, number];

/**
 * Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", severity 1.0, applied to linear RGB.
 */
const CVD_MATRIX = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
} as const;

export type Vision = 'normal' | keyof typeof CVD_MATRIX;

/** Normal vision, then the simulated deficiencies. */
export const VISIONS: readonly Vision[] = ['normal', 'deuteranopia', 'protanopia'];

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** The linear RGB a reader with `vision` perceives for "#rrggbb" (as a trichromat would see the simulated colour). */
export function simulate(hex: string, vision: Vision): LinearRgb {
  const rgb = linearRgb(hex);
  if (vision === 'normal') return rgb;
  const m = CVD_MATRIX[vision];
  return [0, 1, 2].map((row) => clamp01(m[row]![0]! * rgb[0] + m[row]![1]! * rgb[1] + m[row]![2]! * rgb[2])) as unknown as LinearRgb;
}

/** CIE Lab (D65 white) of linear RGB. */
export function labOf([r, g, b]: LinearRgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE Lab of "#rrggbb", as seen with `vision`. */
export function lab(hex: string, vision: Vision = 'normal'): Lab {
  return labOf(simulate(hex, vision));
}

/** CIE76 difference: the distance in Lab. */
export function deltaE76(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (radians: number) => (radians * 180) / Math.PI;

/** CIEDE2000 difference (Sharma, Wu & Dalal 2005), with kL = kC = kH = 1. */
export function deltaE2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cbar7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
  const h1p = hue(a1p, b1);
  const h2p = hue(a2p, b2);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));
  const Lbarp = (L1 + L2) / 2;
  const Cbarp = (C1p + C2p) / 2;
  let hbarp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hbarp = (h1p + h2p) / 2;
    else hbarp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T = 1 - 0.17 * Math.cos(rad(hbarp - 30)) + 0.24 * Math.cos(rad(2 * hbarp)) + 0.32 * Math.cos(rad(3 * hbarp + 6)) - 0.2 * Math.cos(rad(4 * hbarp - 63));
  const dTheta = 30 * Math.exp(-(((hbarp - 275) / 25) ** 2));
  const Cbarp7 = Cbarp ** 7;
  const RC = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbarp - 50) ** 2) / Math.sqrt(20 + (Lbarp - 50) ** 2);
  const SC = 1 + 0.045 * Cbarp;
  const SH = 1 + 0.015 * Cbarp * T;
  const RT = -Math.sin(rad(2 * dTheta)) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** CIEDE2000 difference of two "#rrggbb" colours as seen with `vision`. */
export function colourDifference(a: string, b: string, vision: Vision = 'normal'): number {
  return deltaE2000(lab(a, vision), lab(b, vision));
}
