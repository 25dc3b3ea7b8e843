/** slimPage() (src/lib/reader/page-css.ts): a reader page's <style> cut to what it uses, its CSP hashing exactly its inline code. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { slimPage } from '../../src/lib/reader/page-css';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP = `default-src 'self'; script-src 'self' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC' 'sha256-DDDD';`;
const page = (body: string, styles: string[]) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${CSP}">${styles.map((css) => `<style>${css}</style>`).join('')}</head><body>${body}</body></html>`;

describe('slimPage', () => {
  test('joins the styles into one, keeping the rules the markup matches and dropping the others', async () => {
    const html = await slimPage(page('<p class="used">x</p>', ['.used{color:red}.unused{color:blue}', '@media print{.used{color:black}.gone{color:green}}']));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('.used{color:red}');
    expect(styles[0]).toMatch(/@media print\{\.used\{color:#?\w+\}\}/);
    expect(styles[0]).not.toMatch(/unused|gone/);
  });

  test('keeps a class that only a script the page loads adds (/scripts/<name>.js)', async () => {
    const css = '.map-tipped{opacity:1}.never-named{opacity:0}';
    const loaded = await slimPage(page('<div></div><script src="/scripts/map-tooltip.js" defer></script>', [css]));
    const style = loaded.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(style).toContain('.map-tipped');
    expect(style).not.toContain('never-named');
    const without = await slimPage(page('<div></div>', [css]));
    expect(without.match(/<style>([\s\S]*?)<\/style>/)![1]).not.toContain('map-tipped');
  });

  test('the policy hashes exactly the page style and its inline scripts, no other page\'s', async () => {
    const script = 'document.documentElement.className="js"';
    const html = await slimPage(page(`<p class="a">x</p><script>${script}</script><script type="application/ld+json">{}</script>`, ['.a{color:red}']));
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const policy = html.match(/content-security-policy" content="([^"]*)"/)![1]!;
    expect(policy).toContain(`script-src 'self' ${sha256(script)};`);
    expect(policy).toContain(`style-src 'self' ${sha256(style)};`);
    expect(policy).not.toMatch(/AAAA|BBBB|CCCC|DDDD/);
    expect(policy).toContain("default-src 'self'");
  });

  test('a page without a CSP <meta> or without a <style> comes back unchanged', async () => {
    const bare = '<html><head><style>.x{}</style></head><body></body></html>';
    expect(await slimPage(bare)).toBe(bare);
    const noStyle = page('<p>x</p>', []);
    expect(await slimPage(noStyle)).toBe(noStyle);
  });
});
