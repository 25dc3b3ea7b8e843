import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's chromium (installed by .ci/run), or $CHROME_PATH. Never a downloaded browser. */
export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * Whether browser tests can run here. In CI a missing browser is a failure, never a skip:
 * `launchBrowser` throws there; elsewhere tests are skipped with a visible reason.
 */
export const hasBrowser = Boolean(chromePath()) || process.env.CI === 'true';

function launchOptions() {
  const executablePath = chromePath();
  if (!executablePath) {
    throw new Error('No Chromium found at $CHROME_PATH or /usr/bin/chromium: install Debian\'s chromium (see .ci/run)');
  }
  return {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
    ],
  };
}

/** Starts headless Chromium as a server other processes connect to (tests/helpers/global-setup.ts). */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });
}

/**
 * Headless Chromium with the flags this workplace requires (no network beyond loopback): the
 * run's shared browser when global-setup.ts started one (closing it then only disconnects this
 * file), else a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(launchOptions());
}

/** Opens a URL and waits for its load event; throws unless the server answered 200 (a page missing from dist/). */
export async function gotoOk(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) {
    throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}: is dist/ complete? (npm run build, and no other build running)`);
  }
}

/**
 * What goes wrong on a page while it loads and runs: console errors (Chromium logs CSP violations
 * and failed loads there), uncaught exceptions, and requests to any origin but `origin`.
 */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  return { problems };
}
