/**
 * Reading a graphic out of a built page and writing it as XML: the site's pages are HTML, where
 * SVG may carry HTML-only forms (named entities such as &nbsp;, attributes without a value,
 * unclosed void tags); a standalone .svg file must be well-formed XML.
 */

import { escapeMarkup } from '../escape';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  middot: '·', hellip: '…', mdash: '—', ndash: '–', minus: '−', times: '×', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
};

/** Decodes numeric and the common named character references; an unknown name throws. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    const char = NAMED[ref.toLowerCase()];
    if (char === undefined) throw new Error(`SVG markup: unknown character reference ${match}`);
    return char;
  });
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Elements that never have content in SVG output from the site (HTML void elements excluded). */
const EMPTY_IN_HTML = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source']);

/**
 * Re-serialises SVG markup from an HTML page as XML: attributes quoted and escaped (a bare
 * attribute becomes name="name"), text re-escaped, comments dropped, tags balanced. Throws on a
 * closing tag that does not match, naming both tags.
 */
export function svgMarkupToXml(markup: string): string {
  let out = '';
  let last = 0;
  const open: string[] = [];
  for (const match of markup.matchAll(TAG)) {
    out += escapeMarkup(decodeEntities(markup.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, rawName, attrText = '', selfClosing] = match;
    if (rawName === undefined) continue; // a comment
    const name = rawName;
    if (closing) {
      const expected = open.pop();
      if (expected !== name) throw new Error(`SVG markup: </${name}> closes <${expected ?? 'nothing'}>`);
      out += `</${name}>`;
      continue;
    }
    const attrs = [...attrText.matchAll(ATTR)].map((attr) => {
      const value = attr[2] ?? attr[3] ?? attr[4] ?? attr[1]!;
      return ` ${attr[1]}="${escapeMarkup(decodeEntities(value))}"`;
    }).join('');
    if (selfClosing || EMPTY_IN_HTML.has(name.toLowerCase())) out += `<${name}${attrs}/>`;
    else {
      out += `<${name}${attrs}>`;
      open.push(name);
    }
  }
  out += escapeMarkup(decodeEntities(markup.slice(last)));
  if (open.length > 0) throw new Error(`SVG markup: <${open.join('>, <')}> never closed`);
  return out;
}

/** The viewBox of an <svg> start tag as [minX, minY, width, height]; throws when it has none. */
export function viewBoxOf(svg: string, what = 'graphic'): [number, number, number, number] {
  const start = svg.match(/^<svg\b[^>]*>/i)?.[0] ?? '';
  const value = start.match(/\sviewBox\s*=\s*["']([^"']+)["']/i)?.[1];
  const numbers = value?.trim().split(/[\s,]+/).map(Number);
  if (!numbers || numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || numbers[2]! <= 0 || numbers[3]! <= 0) {
    throw new Error(`${what}: the <svg> needs a viewBox of four numbers with positive width and height, got ${value === undefined ? 'none' : `"${value}"`}`);
  }
  return numbers as [number, number, number, number];
}
