/**
 * File sizes next to download links (src/components/figure/EmbedTools.astro), printed from the
 * bytes of the files themselves (src/components/figure/download-files.ts).
 */

/** A byte count as readers read it: "850 B", "12.3 KB", "1.2 MB" (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`formatBytes: expected a whole number of bytes, got ${bytes}`);
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}
