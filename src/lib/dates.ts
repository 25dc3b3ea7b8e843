/** A calendar date as Chinese print writes it: 2026年11月23日 (in the site's time zone, UTC+8). */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('expected a valid date');
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

/** The same date as an ISO day (YYYY-MM-DD) for <time datetime>. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** A calendar date as an edition prints it: 2026年11月23日, or in English 23 November 2026 (UTC+8). */
export function formatDateIn(date: Date, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return formatDate(date);
  if (Number.isNaN(date.getTime())) throw new Error('expected a valid date');
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}
