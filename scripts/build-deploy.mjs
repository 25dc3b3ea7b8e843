#!/usr/bin/env node
/**
 * `npm run build:deploy`: the production build. It refuses to run without SITE_URL, or with a
 * placeholder (example.org, localhost), because the site's address is written into every canonical
 * link, embed code, oEmbed answer and PNG credit line: a reader must never see a placeholder.
 * Then it runs `astro build` with the same environment (BASE_PATH too, if set).
 *   SITE_URL=https://news.example.com BASE_PATH=/jiaxing/ npm run build:deploy
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const raw = process.env.SITE_URL;
let problem;
if (!raw) problem = 'SITE_URL is not set';
else {
  try {
    const url = new URL(raw);
    if (!/^https?:$/.test(url.protocol)) problem = `SITE_URL "${raw}" is not an http(s) address`;
    else if (/(^|\.)example\.(org|com|net)$/.test(url.hostname) || ['localhost', '127.0.0.1'].includes(url.hostname)) {
      problem = `SITE_URL "${raw}" is a placeholder, not the site's public address`;
    }
  } catch {
    problem = `SITE_URL "${raw}" is not a URL`;
  }
}
if (problem) {
  console.error(`build:deploy: ${problem}. Build for readers with the site's public address, e.g.\n  SITE_URL=https://jiaxing.example-news.cn npm run build:deploy\n(npm run build, for previews and tests, uses a placeholder address instead.)`);
  process.exit(1);
}
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
