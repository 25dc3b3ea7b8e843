/**
 * Where Debian's Chromium is and the flags it is launched with, shared by the browser tests
 * (tests/helpers/browser.ts) and the figure comparison (scripts/compare-figures.mjs). Never a
 * downloaded browser. Node runs this file directly (it strips the types): keep to erasable
 * TypeScript and node: imports.
 */
import { existsSync } from 'node:fs';

/** Debian's chromium (installed by .ci/run), or $CHROME_PATH. */
export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** Options for playwright-core's `chromium.launch()`: headless, no sandbox, nothing fetched from the network. Throws without a browser. */
export function launchOptions(): { executablePath: string; headless: true; args: string[] } {
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
