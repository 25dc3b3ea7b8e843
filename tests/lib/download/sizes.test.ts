import { describe, expect, test } from 'vitest';
import { fillDownloadSizes, formatBytes, sizePlaceholders } from '../../../src/lib/download/sizes';

test.each([
  [0, '0 B'], [850, '850 B'], [1024, '1.0 KB'], [12_600, '12 KB'], [9_999, '9.8 KB'], [2_500_000, '2.4 MB'],
])('formatBytes(%i) = %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test('formatBytes rejects fractions and negatives', () => {
  expect(() => formatBytes(1.5)).toThrow(/whole number/);
  expect(() => formatBytes(-1)).toThrow(/whole number/);
});

describe('fillDownloadSizes', () => {
  const html = '<a href="/downloads/a.png">PNG</a><span class="download-size" data-download-size="/downloads/a.png"></span>'
    + '<a href="/downloads/a.csv">CSV</a><span class="download-size" data-download-size="/downloads/a.csv"></span>';

  test('fills each placeholder with its file size', () => {
    expect(sizePlaceholders(html)).toEqual(['/downloads/a.png', '/downloads/a.csv']);
    const filled = fillDownloadSizes(html, (url) => (url.endsWith('.png') ? 180_000 : 900));
    expect(filled).toContain('PNG</a><span class="download-size">（176 KB）</span>');
    expect(filled).toContain('CSV</a><span class="download-size">（900 B）</span>');
    expect(sizePlaceholders(filled)).toEqual([]);
  });

  test('fails when a file was not written, naming the page and URL', () => {
    expect(() => fillDownloadSizes(html, () => undefined, 'stories/x/index.html')).toThrow('stories/x/index.html: download /downloads/a.png was not written');
  });
});
