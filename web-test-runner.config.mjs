import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-browser.mjs';
import { findFirefox } from './scripts/find-firefox.mjs';
import { firefoxCommandsPlugin, firefoxLauncher } from './scripts/wtr-firefox.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { skipReporter } from './scripts/skip-reporter.mjs';
import { visualPlugin } from './scripts/wtr-visual.mjs';

// `npm test` runs the suite in Debian's Chromium; `npm run test:firefox` (WTR_BROWSER=firefox)
// runs the same files in Debian's Firefox ESR.
const engine = process.env.WTR_BROWSER ?? 'chromium';

function browsers() {
  if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) {
      throw new Error(
        'No Firefox found: run `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH.',
      );
    }
    return [firefoxLauncher({ executablePath })];
  }
  if (engine !== 'chromium') throw new Error(`WTR_BROWSER=${engine}: use chromium or firefox.`);
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found: run `sudo apt-get install -y chromium` or set CHROME_PATH.',
    );
  }
  return [chromeLauncher({ launchOptions: { executablePath, args: CHROMIUM_ARGS } })];
}

/**
 * The Content-Security-Policies the hostile-page tests put their host pages under
 * (test/hostile/pages/*.html?csp=NAME): the strictest a host is likely to have.
 */
const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const OUR_POLICIES = 'lit-html advocacy-widgets advocacy-widgets-json-ld';
export const CSP = {
  strict: STRICT,
  // Only the Trusted Types policy names that docs/hosting.md lists, each created once.
  listed: `${STRICT}; trusted-types ${OUR_POLICIES}`,
  // The same, where the page may create a name twice (the script loaded twice, or another Lit).
  'listed-duplicates': `${STRICT}; trusted-types ${OUR_POLICIES} 'allow-duplicates'`,
  // A list that leaves out the JSON-LD policy (and lets the tests add scripts).
  'unlisted-json-ld': `${STRICT}; trusted-types lit-html advocacy-widgets advocacy-tests`,
};

const HOST_PAGES = ['/test/hostile/pages/', '/test/privacy/pages/'];

/**
 * Serves the host pages of the hostile-page and privacy tests as a host would: with the
 * Content-Security-Policy named in `?csp=`, without the dev server's own web-socket script (test
 * pages need it; a host page has no such thing), and `?delay=MS` late, for a slow `src` file.
 */
async function hostPages(context, next) {
  if (!HOST_PAGES.some((prefix) => context.path.startsWith(prefix))) return next();
  if (context.method === 'POST') {
    // A beacon sent by the privacy tests' own control: taken, and nothing kept.
    context.status = 204;
    return undefined;
  }
  const delay = Math.min(Number(context.query.delay) || 0, 10000);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  await next();
  if (!context.path.endsWith('.html')) return;
  if (typeof context.body === 'string') {
    context.body = context.body.replace(
      /<script[^>]*__web-dev-server__web-socket\.js[^>]*><\/script>/g,
      '',
    );
  }
  if (typeof context.body === 'string' && context.body.includes('<!-- prerender ')) {
    // Prerendered on request, as a CMS would, by the built prerenderer (dist/ssr/prerender.js).
    const { prerenderPage } = await import('./dist/ssr/prerender.js');
    context.body = await prerenderPage(context.body, { base: '/dist/' });
  }
  const name = context.query.csp;
  if (typeof name === 'string' && CSP[name]) context.set('Content-Security-Policy', CSP[name]);
}

/** `prerender-page`: the configurator's prerender blocks, filled by the built prerenderer. */
function prerenderCommand() {
  return {
    name: 'prerender-page',
    async executeCommand({ command, payload }) {
      if (command !== 'prerender-page') return undefined;
      const { prerenderPage } = await import('./dist/ssr/prerender.js');
      return prerenderPage(payload.html);
    },
  };
}

/**
 * The drop-in script's files as different hosts serve them, for the loader tests
 * (test/hostile/loader.test.ts): `?cors` adds the CORS header a CDN must send for use from another
 * origin; `?tamper` changes a pack after the build, as a compromised server might;
 * /test/hostile/pages/site-bundle.js is the core script under another name.
 */
async function hostFiles(context, next) {
  if (context.path === '/test/hostile/pages/site-bundle.js') {
    context.path = '/dist/advocacy-widgets.js';
  }
  if (!context.path.startsWith('/dist/')) return next();
  await next();
  if ('cors' in context.query) context.set('Access-Control-Allow-Origin', '*');
  if ('tamper' in context.query && context.path === '/dist/advocacy-widgets.knowledge.js') {
    const body = typeof context.body === 'string' ? context.body : await streamText(context.body);
    context.body = `${body}\n;window.tampered = true;`;
  }
}

async function streamText(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The built files in dist/ are served byte for byte as built: the core script pins each pack by
 * its hash, and esbuild's down-levelling would change the bytes (and fail the integrity check).
 */
function exceptBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [hostFiles, hostPages],
  plugins: [
    ...(engine === 'firefox' ? [firefoxCommandsPlugin()] : [a11ySnapshotPlugin(), visualPlugin()]),
    prerenderCommand(),
    exceptBuilt(esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })),
  ],
  browsers: browsers(),
  reporters: [defaultReporter(), countReporter(), skipReporter()],
};
