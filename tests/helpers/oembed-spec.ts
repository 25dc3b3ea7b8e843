/**
 * What the oEmbed 1.0 specification (https://oembed.com, sections 2.3.4 and 2.3.4.4) asks of a
 * response of type "rich", as problems in words: an empty list means the response is valid.
 */

const positiveInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const absoluteUrl = (value: unknown) => {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

export function oembedProblems(response: unknown): string[] {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) return ['not a JSON object'];
  const r = response as Record<string, unknown>;
  const problems: string[] = [];
  if (r.version !== '1.0') problems.push(`version must be "1.0", got ${JSON.stringify(r.version)}`);
  if (r.type !== 'rich') problems.push(`type must be "rich", got ${JSON.stringify(r.type)}`);
  // Rich: html, width and height are required; html has no padding or margins of its own.
  if (typeof r.html !== 'string' || r.html.trim() === '') problems.push('html is required');
  else if (/\sstyle=/.test(r.html)) problems.push('html carries inline styles (padding or margins)');
  for (const name of ['width', 'height']) if (!positiveInteger(r[name])) problems.push(`${name} must be a positive whole number of pixels, got ${JSON.stringify(r[name])}`);
  // Optional fields, checked when present.
  for (const name of ['title', 'author_name', 'provider_name']) if (name in r && typeof r[name] !== 'string') problems.push(`${name} must be text`);
  for (const name of ['author_url', 'provider_url']) if (name in r && !absoluteUrl(r[name])) problems.push(`${name} must be an absolute URL`);
  if ('cache_age' in r && !(typeof r.cache_age === 'number' && Number.isInteger(r.cache_age) && r.cache_age >= 0)) problems.push('cache_age must be a whole number of seconds');
  // The three thumbnail fields come together.
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((name) => name in r);
  if (thumbnail.length > 0 && thumbnail.length < 3) problems.push(`thumbnail_url, thumbnail_width and thumbnail_height come together; got only ${thumbnail.join(', ')}`);
  if ('thumbnail_url' in r && !absoluteUrl(r.thumbnail_url)) problems.push('thumbnail_url must be an absolute URL');
  for (const name of ['thumbnail_width', 'thumbnail_height']) if (name in r && !positiveInteger(r[name])) problems.push(`${name} must be a positive whole number`);
  return problems;
}
