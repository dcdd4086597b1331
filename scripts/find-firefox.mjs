// Finds the Firefox the browser tests drive in `npm run test:firefox`: FIREFOX_PATH, else Debian's
// firefox-esr package. Nothing is downloaded: puppeteer-core talks to it over WebDriver BiDi.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

// Run directly: exit with one clear line when there is no Firefox.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!findFirefox()) {
    console.error(
      'No Firefox found: install it with `sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox binary.',
    );
    process.exit(1);
  }
}
