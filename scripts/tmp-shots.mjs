import { chromium } from 'playwright-core';
import { serveDist } from './lib/serve-dist.ts';
import { launchOptions } from './lib/chromium.ts';
const server = await serveDist('dist');
const browser = await chromium.launch(launchOptions());
const jobs = JSON.parse(process.argv[2]);
for (const [path, width, scheme, full, name] of jobs) {
  const ctx = await browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!full });
  await ctx.close();
}
await browser.close(); await server.close();
