/**
 * Reading the site's style sheets for standalone SVGs (see cascade.ts): rules, the :root tokens,
 * values with var(--…) and light-dark() resolved to the LIGHT theme's literals (resvg, Inkscape,
 * Illustrator and many other tools support neither). At-rules (@media, @container …) are left
 * out: a download is one fixed, light, static rendering.
 */

export interface CssRule {
  selectors: string[];
  declarations: [property: string, value: string][];
}

/** Properties that paint or set text in SVG; layout properties (width, margin …) do not apply. */
export const SVG_PROPERTIES: ReadonlySet<string> = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color',
  'font', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing',
  'text-decoration', 'paint-order', 'visibility', 'display', 'vector-effect', 'shape-rendering',
  'text-rendering', 'stop-color', 'stop-opacity', 'marker-start', 'marker-mid', 'marker-end', 'mix-blend-mode',
]);

/** Splits `text` at top-level occurrences of `separator` (not inside (), [] or quotes). */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (depth === 0 && char === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index of the bracket closing the one opened at `open` (any of {, ( ), skipping quotes. */
function closingIndex(text: string, open: number): number {
  const opener = text[open]!;
  const closer = opener === '{' ? '}' : ')';
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === opener) depth += 1;
    else if (char === closer) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new Error(`CSS: unbalanced "${opener}" at offset ${open}: ${text.slice(open, open + 60)}`);
}

/** The top-level style rules of a stylesheet, in order; at-rules and their blocks are skipped. */
export function parseCss(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let i = 0;
  while (i < text.length) {
    const brace = text.indexOf('{', i);
    const semicolon = text.indexOf(';', i);
    if (brace === -1) break;
    const prelude = text.slice(i, brace).trim();
    if (prelude.startsWith('@') || text.slice(i, semicolon === -1 ? i : semicolon).trim().startsWith('@')) {
      // A statement at-rule (@import …;) ends at its semicolon when that comes before any block.
      if (semicolon !== -1 && semicolon < brace) {
        i = semicolon + 1;
        continue;
      }
      i = closingIndex(text, brace) + 1;
      continue;
    }
    const end = closingIndex(text, brace);
    const body = text.slice(brace + 1, end);
    const declarations = splitTopLevel(body, ';').flatMap((declaration): [string, string][] => {
      const colon = declaration.indexOf(':');
      if (colon === -1) return [];
      const property = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).replace(/!important\s*$/i, '').trim();
      return property && value ? [[property.startsWith('--') ? property : property.toLowerCase(), value]] : [];
    });
    const selectors = splitTopLevel(prelude, ',').map((selector) => selector.trim().replace(/\s+/g, ' ')).filter(Boolean);
    if (selectors.length > 0) rules.push({ selectors, declarations });
    i = end + 1;
  }
  return rules;
}

/** The custom properties set on :root or html (outside at-rules): the light/dark tokens. */
export function rootVariables(rules: CssRule[]): Map<string, string> {
  const variables = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.selectors.some((selector) => selector === ':root' || selector === 'html')) continue;
    for (const [property, value] of rule.declarations) if (property.startsWith('--')) variables.set(property, value);
  }
  return variables;
}

/** Replaces each call `name(…)` in `value` with `replace(args)`, innermost-first by recursion. */
function replaceCalls(value: string, name: string, replace: (args: string[]) => string): string {
  const pattern = new RegExp(`(^|[^\\w-])${name}\\(`, 'i');
  let result = value;
  for (let match = pattern.exec(result); match; match = pattern.exec(result)) {
    const open = match.index + match[1]!.length + name.length;
    const close = closingIndex(result, open);
    const args = splitTopLevel(result.slice(open + 1, close), ',').map((arg) => arg.trim());
    result = result.slice(0, open - name.length) + replace(args) + result.slice(close + 1);
  }
  return result;
}

/**
 * A property value with every var(--x[, fallback]) replaced by the variable's value and every
 * light-dark(light, dark) by its light half, recursively. An unknown variable without a
 * fallback throws, naming it (`where` says which rule).
 */
export function resolveValue(value: string, variables: Map<string, string>, where = 'CSS', seen: string[] = []): string {
  const withVars = replaceCalls(value, 'var', ([name = '', ...fallback]) => {
    if (seen.includes(name)) throw new Error(`${where}: custom property ${name} refers to itself (${[...seen, name].join(' → ')})`);
    const defined = variables.get(name);
    if (defined !== undefined) return resolveValue(defined, variables, where, [...seen, name]);
    if (fallback.length > 0) return resolveValue(fallback.join(','), variables, where, seen);
    throw new Error(`${where}: var(${name}) is not defined on :root in the site's stylesheets`);
  });
  return replaceCalls(withVars, 'light-dark', (args) => {
    if (args.length !== 2) throw new Error(`${where}: light-dark() needs two colours, got "${args.join(', ')}"`);
    return args[0]!;
  });
}

/** The SVG properties an element inherits from its parent when nothing sets them on it. */
export const INHERITED: ReadonlySet<string> = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'color', 'font', 'font-family',
  'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'text-anchor', 'dominant-baseline',
  'letter-spacing', 'word-spacing', 'paint-order', 'visibility', 'shape-rendering', 'text-rendering',
  'marker-start', 'marker-mid', 'marker-end',
]);
