// Runs the browser suite in Debian's Firefox ESR: puppeteer-core starts the installed binary and
// drives it over WebDriver BiDi, through @web/test-runner-chrome's launcher. Nothing is downloaded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

/** Preferences on top of puppeteer's own, so that Firefox stays off the network. */
const prefs = () => ({
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'dom.push.connection.enabled': false,
  'browser.region.network.url': '',
  'services.settings.server': 'http://dummy.test/',
  'toolkit.telemetry.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  // "Save contact" downloads a vCard: save it quietly, without the downloads panel, which would
  // take the keyboard focus from the page for the tests that follow.
  'browser.download.alwaysOpenPanel': false,
  'browser.download.panel.shown': true,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.dir': mkdtempSync(join(tmpdir(), 'advocacy-widgets-firefox-downloads-')),
});

// WebDriver BiDi names keys by the character they type: puppeteer's BiDi keyboard knows " " but
// not the key name "Space", which the tests use (as Chromium's keyboard does).
const KEY_NAMES = { Space: ' ' };

function acceptKeyNames(keyboard) {
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(KEY_NAMES[key] ?? key, ...rest);
  }
}

export function firefoxLauncher({ executablePath }) {
  return chromeLauncher({
    // With a puppeteer of its own, the launcher honours launchOptions.browser.
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: prefs(),
    },
    createPage: async ({ context }) => {
      const page = await context.newPage();
      acceptKeyNames(page.keyboard);
      return page;
    },
  });
}

/**
 * Test files import '@web/test-runner-commands'; in Firefox they get test/helpers/firefox-commands.ts,
 * which passes every command through except those that need the Chrome DevTools Protocol (the
 * accessibility tree, media emulation): those skip the calling test, with the reason in its name.
 */
export function firefoxCommandsPlugin() {
  const wrapper = '/test/helpers/firefox-commands.ts';
  return {
    name: 'firefox-commands',
    resolveImport({ source, context }) {
      if (source === '@web/test-runner-commands' && !context.path.endsWith(wrapper)) return wrapper;
      return undefined;
    },
  };
}
