/** A coordinate rounded to one decimal, for small, byte-for-byte repeatable SVG. */
export function r1(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`expected a finite coordinate, got ${value}`);
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
