/**
 * Readers for the two places the site's security policy lives: a Content-Security-Policy string
 * (the <meta> tag in each page, the header in public/_headers) and the _headers file itself,
 * applied to a path the way Cloudflare Pages applies it.
 */

/** A CSP as directive name → source list, in order ("img-src 'self' data:" → ["'self'", "data:"]). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name.toLowerCase())) throw new Error(`CSP names "${name}" twice: ${policy}`);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** One block of a _headers file: a path pattern, the headers it sets and those it removes ("! Name"). */
export interface HeaderRule {
  path: string;
  line: number;
  set: [name: string, value: string][];
  unset: string[];
}

/**
 * Parses a _headers file: `#` comments and blank lines, unindented path lines ("/*", "/embed/*"),
 * indented "Name: value" or "! Name" lines under them. Throws naming the line for anything else.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      const path = raw.trim();
      if (!/^(\/|https:\/\/)\S*$/.test(path)) throw new Error(`_headers line ${line}: a path must start with "/" and have no spaces: "${raw}"`);
      rules.push({ path, line, set: [], unset: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: header line before any path: "${raw}"`);
    const detach = raw.trim().match(/^!\s*([A-Za-z0-9-]+)$/);
    if (detach) {
      rule.unset.push(detach[1]!);
      return;
    }
    const header = raw.trim().match(/^([A-Za-z0-9-]+):\s*(.+)$/);
    if (!header) throw new Error(`_headers line ${line}: expected "Name: value" or "! Name": "${raw}"`);
    rule.set.push([header[1]!, header[2]!.trim()]);
  });
  return rules;
}

/** Whether a _headers path pattern matches a URL path ("*" matches anything, ":name" one segment). */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .replace(/^https:\/\/[^/]+/, '')
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path gets: every matching rule in file order removes its "! Name" headers, then
 * sets its own; a header set again by a later rule is appended (joined with ", "), as Cloudflare
 * Pages does (workers-shared asset-worker getHeaders).
 */
export function headersFor(rules: HeaderRule[], path: string): Headers {
  const headers = new Headers();
  const seen = new Set<string>();
  for (const rule of rules.filter((candidate) => pathMatches(candidate.path, path))) {
    for (const name of rule.unset) headers.delete(name);
    for (const [name, value] of rule.set) {
      if (seen.has(name.toLowerCase())) headers.append(name, value);
      else headers.set(name, value);
      seen.add(name.toLowerCase());
    }
  }
  return headers;
}
