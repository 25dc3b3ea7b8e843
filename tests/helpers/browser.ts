import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
