import { chromium } from 'playwright-core';
import { serveDist } from './lib/serve-dist.ts';
import { launchOptions } from './lib/chromium.ts';
const server = await serveDist('dist');
const browser = await chromium.launch(launchOptions());
const [path, width, scheme, name, screens] = JSON.parse(process.argv[2]);
const ctx = await browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme });
const page = await ctx.newPage();
await page.goto(server.url + path, { waitUntil: 'load' });
await page.waitForTimeout(1500);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', h);
for (let i = 0; i < Math.min(screens, Math.ceil(h / 1400)); i++) {
  await page.screenshot({ path: `/tmp/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y: i * 1400, width, height: Math.min(1400, h - i * 1400) } });
}
await browser.close(); await server.close();
