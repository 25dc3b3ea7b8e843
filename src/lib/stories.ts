/** Orders stories newest first (by publication date, then title for a stable order). */
export function newestFirst<T extends { data: { published: Date; title: string } }>(stories: T[]): T[] {
  return [...stories].sort((a, b) =>
    b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}
