// Finds the Chromium the tests and the benchmark drive: CHROME_PATH, else Debian's package.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a headless, offline Chromium that never phones home. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests run in several pages at once: keep the ones in the background at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// Run directly: exit with one clear line when there is no browser.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!findChromium()) {
    console.error(
      'No Chromium found: install it with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
}
