/**
 * Shorter SVG path data for the same shape. d3-geo writes absolute coordinates ("M194.4,154.2
 * L194.1,153.8…"); a county's next point is usually a few tenths away, so writing each step
 * relative to the last ("m194.4,154.2-.3-.4…", lineto implied) takes a third fewer bytes and
 * compresses better. The steps are taken between the already rounded points, in whole units
 * of 10^-digits, so the drawn points are exactly the ones d3 rounded: no drift along a ring.
 */

const TOKEN = /[MLZ]|-?(?:\d+\.?\d*|\.\d+)/g;

/** A whole number of 10^-digits units as the shortest decimal: 5 → ".5", -24 → "-2.4", 30 → "3". */
function decimal(units: number, digits: number): string {
  const sign = units < 0 ? '-' : '';
  const text = String(Math.abs(units)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/^0+$/, '');
  const fraction = text.slice(text.length - digits).replace(/0+$/, '');
  const number = fraction ? `${whole}.${fraction}` : whole || '0';
  return sign + number;
}

/** Joins numbers with the fewest separators: a minus sign separates by itself. */
function numbers(values: string[]): string {
  return values.map((value, index) => (index === 0 || value.startsWith('-') ? value : `,${value}`)).join('');
}

/**
 * The same path with relative moves and lines. Accepts what d3-geo's path writes for polygons
 * and lines (M, L and Z with numbers rounded to `digits` decimals); anything else (arcs, curves)
 * is an error, so a change in d3's output cannot pass unnoticed.
 */
export function relativePath(d: string, digits: number): string {
  const tokens = d.match(TOKEN) ?? [];
  if (tokens.join('').length !== d.replace(/[\s,]/g, '').length) {
    throw new Error(`relativePath: unexpected path data (only M, L and Z are written): ${d.slice(0, 60)}`);
  }
  const unit = 10 ** digits;
  const out: string[] = [];
  let command = '';
  let current: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) out.push(numbers(pending));
    pending = [];
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token === 'Z') {
      flush();
      out.push('z');
      current = start;
      i += 1;
      continue;
    }
    if (token === 'M' || token === 'L') {
      command = token;
      i += 1;
      continue;
    }
    const point: [number, number] = [Math.round(Number(token) * unit), Math.round(Number(tokens[i + 1]) * unit)];
    if (!Number.isFinite(point[1])) throw new Error(`relativePath: a coordinate without its pair in ${d.slice(0, 60)}`);
    i += 2;
    const step = [decimal(point[0] - current[0], digits), decimal(point[1] - current[1], digits)];
    if (command === 'M') {
      flush();
      // The first moveto of a path is absolute even when written "m"; later ones are relative.
      out.push('m');
      start = point;
      command = 'L';
    }
    pending.push(...step);
    current = point;
  }
  flush();
  return out.join('');
}
