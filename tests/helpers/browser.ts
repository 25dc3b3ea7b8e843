import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Launches headless Chromium with the flags this workplace requires (no network beyond loopback). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath();
  if (!executablePath) {
    throw new Error('No Chromium found at $CHROME_PATH or /usr/bin/chromium: install Debian\'s chromium (see .ci/run)');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
    ],
  });
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
