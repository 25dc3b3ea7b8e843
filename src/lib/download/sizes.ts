/**
 * File sizes next to download links. Pages are rendered before the SVG/PNG files exist, so
 * pages leave an empty <span data-download-size="/downloads/x.png"></span> and the build step
 * that writes the files fills it in.
 */

/** A byte count as readers read it: "850 B", "12.3 KB", "1.2 MB" (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`formatBytes: expected a whole number of bytes, got ${bytes}`);
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

const PLACEHOLDER = /<span class="download-size" data-download-size="([^"]+)"><\/span>/g;

/** The URLs of the empty size placeholders on a page. */
export function sizePlaceholders(html: string): string[] {
  return [...html.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * Fills each placeholder with the size of the file at its URL ("（12.3 KB）"); throws when
 * `sizeOf` knows no file for a URL, since the link next to it would be broken too.
 */
export function fillDownloadSizes(html: string, sizeOf: (url: string) => number | undefined, page = 'page'): string {
  return html.replace(PLACEHOLDER, (_match, url: string) => {
    const bytes = sizeOf(url);
    if (bytes === undefined) throw new Error(`${page}: download ${url} was not written, so its link is broken`);
    return `<span class="download-size">（${formatBytes(bytes)}）</span>`;
  });
}
