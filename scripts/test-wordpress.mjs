// npm run test:wordpress: the plugin on a real WordPress, offline.
//   1. `php -l` on every PHP file of the plugin and of this test.
//   2. For the oldest and the newest WordPress we can run (Debian bookworm's and sid's, or the
//      suites in WP_SUITES), WordPress Playground's CLI serves a fresh site (PHP in WebAssembly,
//      SQLite) with the built plugin (dist/wordpress/advocacy-widgets) mounted.
//   3. test/wordpress/setup.php activates the plugin and saves posts as each role; then Chromium
//      opens every post: each element is there, upgrades and renders, axe finds nothing, nothing
//      was stripped, and no script or JSON leaked onto the page.
// Needs `npm run build` first (for dist/), php-cli for `php -l`, and apt for the WordPress files.
// WP_SUITES="bookworm trixie sid" chooses the WordPress versions; WP_PORT the first port (9670);
// WP_TIMES=1 prints how long each page took; WP_SCREENSHOTS=<folder> keeps a picture of the
// author's pages.
/* global document, customElements, getComputedStyle, window -- in functions that run in the page */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// WordPress Playground's CLI brings PHP for every version it supports (about 500 MB), so it is not
// a devDependency that every `npm ci` would fetch: this test installs it, pinned, on first use.
const PLAYGROUND = { name: '@wp-playground/cli', version: '3.1.56' };
const PLAYGROUND_DIR = join(ROOT, 'node_modules/.cache/wp-playground-cli');
const CLI = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/cli/wp-playground.js');
const PLUGIN = join(ROOT, 'dist/wordpress/advocacy-widgets');
const SETUP = join(ROOT, 'test/wordpress/setup.php');
const CACHE = join(ROOT, 'node_modules/.cache/advocacy-widgets-wordpress');
const SUITES = (process.env.WP_SUITES || 'bookworm sid').split(/\s+/).filter(Boolean);
/** The PHP each suite's WordPress runs on in Debian. */
const PHP = { bookworm: '8.2', trixie: '8.4', sid: '8.4' };
const BASE_PORT = Number(process.env.WP_PORT || 9670);
const TAGS = ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card'];
const WHO = {
  administrator: 'an administrator',
  editor: 'an editor',
  author: 'an author',
  contributor: 'a contributor (approved by an editor)',
  'network-administrator': 'an administrator without unfiltered_html (as on Multisite)',
  'network-editor': 'an editor without unfiltered_html (as on Multisite)',
};

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(
    `${ok ? '  ok  ' : '  FAIL'} ${name}${ok || !detail ? '' : `\n         ${String(detail).slice(0, 600)}`}`,
  );
}

async function phpFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await phpFiles(path)));
    else if (entry.name.endsWith('.php')) out.push(path);
  }
  return out;
}

function lintPhp(files) {
  if (spawnSync('php', ['--version']).error) {
    console.error('php is missing: install php-cli (Debian: apt-get install php-cli) for php -l.');
    process.exit(1);
  }
  for (const file of files) {
    const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    check(`php -l ${file.slice(ROOT.length)}`, result.status === 0, result.stdout + result.stderr);
  }
}

/** Starts WordPress; resolves with a stop function when it answers. */
async function startWordPress(site, port, php) {
  const child = spawn(
    process.execPath,
    [
      CLI,
      'server',
      `--port=${port}`,
      `--php=${php}`,
      '--wordpress-install-mode=install-from-existing-files',
      `--mount-before-install=${site}:/wordpress`,
      `--mount=${PLUGIN}:/wordpress/wp-content/plugins/advocacy-widgets`,
      `--mount=${SETUP}:/wordpress/advocacy-test-setup.php`,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WordPress stopped while starting:\n${log}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status < 500) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  stop();
  throw new Error(`WordPress did not answer within 5 minutes:\n${log}`);
}

async function getJson(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(240_000) });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with no JSON:\n${text.slice(0, 2000)}`);
  }
}

/** What the browser sees of one post. */
async function inspect(page, url, axeSource) {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const rendered = await page
    .waitForFunction(
      (tags) => {
        const elements = [...document.querySelectorAll(tags.join(','))];
        return elements.every(
          (e) =>
            customElements.get(e.localName) && (e.shadowRoot?.textContent ?? '').trim().length > 20,
        );
      },
      { timeout: 30_000 },
      TAGS,
    )
    .then(() => true)
    .catch(() => false);
  // The explainer and the quiz load their text in packs: wait for them to settle.
  await page.evaluate(async (tags) => {
    const elements = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(elements.map((e) => e.ready).filter(Boolean));
  }, TAGS);
  const seen = await page.evaluate((tags) => {
    const shadowText = (e) => (e.shadowRoot ? e.shadowRoot.textContent.replace(/\s+/g, ' ') : '');
    const scripts = [...document.querySelectorAll('script[src*="advocacy-widgets.js"]')];
    return {
      title: document.title,
      counts: Object.fromEntries(tags.map((t) => [t, document.querySelectorAll(t).length])),
      scripts: scripts.map((s) => ({ src: s.src, defer: s.defer })),
      elements: [...document.querySelectorAll(tags.join(','))].map((e) => ({
        tag: e.localName,
        attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
        text: shadowText(e),
        link: getComputedStyle(e).getPropertyValue('--advocacy-color-link').trim(),
      })),
      pageText: document.body.innerText,
      cspRefused: window.cspRefused ?? [],
    };
  }, TAGS);
  seen.cookies = (await page.cookies()).map((c) => c.name);
  if (!axeSource) return { rendered, violations: [], ...seen };
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const present = tags.filter((t) => document.querySelector(t));
    if (!present.length) return [];
    const result = await window.axe.run(
      { include: present.map((t) => [t]) },
      { resultTypes: ['violations'] },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, TAGS);
  return { rendered, violations, ...seen };
}

const countIn = (text, needle) => text.split(needle).length - 1;

async function testSuite(suite, index, browser, axeSource) {
  const files = join(CACHE, suite);
  const got = spawnSync('bash', [join(ROOT, 'scripts/wordpress-files.sh'), suite, files], {
    stdio: 'inherit',
  });
  if (got.status !== 0) throw new Error(`could not get WordPress from Debian ${suite}`);
  const site = await mkdtemp(join(tmpdir(), `advocacy-wp-${suite}-`));
  await cp(files, site, { recursive: true });
  const port = BASE_PORT + index;
  const started = Date.now();
  const stop = await startWordPress(site, port, PHP[suite] ?? '8.3');
  try {
    const base = `http://127.0.0.1:${port}`;
    const activation = await getJson(`${base}/advocacy-test-setup.php?step=activate`);
    const result = await getJson(`${base}/advocacy-test-setup.php`);
    console.log(
      `\nWordPress ${result.wordpress ?? '?'} (Debian ${suite}) on PHP ${result.php ?? '?'}, up in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    for (const c of [...activation.checks, ...result.checks]) check(c.name, c.ok, c.detail);

    const page = await browser.newPage();
    // Fonts and pictures of the theme matter to no check here, and each costs a PHP request.
    let strictCsp = false;
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      if (['image', 'font', 'media'].includes(request.resourceType())) return request.abort();
      if (!strictCsp || !request.isNavigationRequest()) return request.continue();
      const response = await fetch(request.url());
      return request.respond({
        status: response.status,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy':
            "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
        },
        body: await response.text(),
      });
    });
    // Counts what a Content-Security-Policy refused, to show that the strict one below is in force.
    await page.evaluateOnNewDocument(() => {
      window.cspRefused = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspRefused.push(event.blockedURI),
      );
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    for (const post of result.posts ?? []) {
      const name = `${post.kind} saved by ${WHO[post.role] ?? post.role}`;
      const opened = Date.now();
      const seen = await inspect(page, post.url, axeSource);
      if (process.env.WP_SCREENSHOTS && post.role === 'author') {
        await page.screenshot({
          path: join(process.env.WP_SCREENSHOTS, `${suite}-${post.kind}.png`),
          fullPage: true,
        });
      }
      if (process.env.WP_TIMES) console.log(`  (${name}: ${Date.now() - opened} ms)`);
      check(
        `${name}: every element is on the page`,
        TAGS.every((t) => seen.counts[t] === post.expected[t]),
        JSON.stringify(seen.counts),
      );
      check(
        `${name}: the elements upgrade and render`,
        seen.rendered,
        seen.elements.map((e) => `${e.tag}: ${e.text.slice(0, 60)}`).join(' | '),
      );
      check(
        `${name}: no cookie is set for the visitor`,
        seen.cookies.length === 0,
        seen.cookies.join(', '),
      );
      check(`${name}: axe finds nothing`, seen.violations.length === 0, seen.violations.join('; '));
      check(
        `${name}: the script is loaded once, deferred`,
        seen.scripts.length === 1 && seen.scripts[0].defer,
        JSON.stringify(seen.scripts),
      );
      if (post.filtered)
        check(`${name}: no script of the post ran`, seen.title !== 'stored XSS', seen.title);
      check(
        `${name}: no provider JSON or shortcode shows as page text`,
        !/"providers"|\{"|\[advocacy_/.test(seen.pageText),
        seen.pageText.slice(0, 400),
      );
      const cards = seen.elements.filter((e) => e.tag === 'advocacy-contact-card');
      const names = {
        blocks: ['Derby & District Advocacy'],
        shortcodes: ['Derby & District Advocacy'],
        raw: ['Derby & District Advocacy'],
        mixed: ['Derby & District Advocacy', 'Leeds "Speak Up" <Advocacy>', 'Sheffield Advocacy'],
      }[post.kind];
      check(
        `${name}: each card shows its provider, "&", quotes and "<" as written`,
        names.every((n, i) => cards[i]?.text.includes(n)) &&
          cards.every((c) => !c.text.includes('&amp;')),
        cards.map((c) => c.text.slice(0, 120)).join(' | '),
      );
      if (post.kind === 'mixed') {
        check(
          `${name}: text inside an enclosing shortcode stays on the page`,
          seen.pageText.includes('Text inside.'),
          '',
        );
      }
      if (post.kind === 'blocks') {
        const quiz = seen.elements.find((e) => e.tag === 'advocacy-quiz');
        check(
          `${name}: the block's settings reach the element (nation, easy read, GOV.UK look)`,
          quiz?.attributes.nation === 'wales' &&
            'easy-read' in quiz.attributes &&
            quiz.link === '#1d70b8',
          JSON.stringify(quiz?.attributes) + quiz?.link,
        );
      }
      if (post.filtered) {
        const stored = post.stored;
        const kept =
          post.kind === 'blocks'
            ? countIn(stored, '<!-- wp:advocacy-widgets/') === 3
            : post.kind === 'raw'
              ? TAGS.every((t) => countIn(stored, `<${t}`) === 1) && !/<script/i.test(stored)
              : countIn(stored, '[advocacy_') === (post.kind === 'mixed' ? 3 : 3);
        check(
          `${name}: saved through the HTML filter with nothing of ours stripped, and no script`,
          kept && !/<script/i.test(stored),
          stored.slice(0, 600),
        );
      }
    }
    const plain = await inspect(page, result.plain, axeSource);
    check(
      'a page without widgets does not load the script',
      plain.scripts.length === 0,
      JSON.stringify(plain.scripts),
    );

    // A strict Content-Security-Policy on the page: our script is from this site, our styles are
    // constructable stylesheets, and the provider data is a JSON data block, not a script.
    const blocksByAuthor = result.posts.find((p) => p.kind === 'blocks' && p.role === 'author');
    // WordPress's own modules fail under this policy (it refuses their inline import map): not ours.
    const errorsBeforeCsp = errors.length;
    strictCsp = true;
    // axe is left out here: the policy rightly refuses to let the test add it as an inline script.
    const strict = await inspect(page, blocksByAuthor.url, null);
    check(
      "the strict CSP is in force (it refuses the page's inline code)",
      strict.cspRefused.length > 0,
      '',
    );
    check(
      'the strict CSP refuses nothing of ours',
      !strict.cspRefused.some((uri) => uri.includes('advocacy-widgets')),
      strict.cspRefused.join(', '),
    );
    check(
      'under a strict CSP (no inline script or style) the blocks still render',
      strict.rendered,
      strict.elements.map((e) => e.text.slice(0, 40)).join(' | '),
    );
    await page.close();
    check(
      'no script error on any page',
      errors.slice(0, errorsBeforeCsp).length === 0 && !errors.some((e) => e.includes('advocacy')),
      errors.join('\n'),
    );

    const uninstall = await getJson(`${base}/advocacy-test-setup.php?step=uninstall`);
    for (const c of uninstall.checks) check(c.name, c.ok, c.detail);

    const debugLog = join(site, 'wp-content/debug.log');
    const log = existsSync(debugLog) ? await readFile(debugLog, 'utf8') : '';
    const ours = log
      .split('\n')
      .filter((line) => /advocacy-widgets|advocacy-test-setup/.test(line));
    check(
      'PHP wrote no notice, warning or error about the plugin',
      ours.length === 0,
      ours.slice(0, 5).join('\n'),
    );
  } catch (error) {
    const debugLog = join(site, 'wp-content/debug.log');
    const log = existsSync(debugLog) ? await readFile(debugLog, 'utf8') : '';
    error.message += `\nwp-content/debug.log ends:\n${log.split('\n').slice(-15).join('\n')}`;
    throw error;
  } finally {
    stop();
    await rm(site, { recursive: true, force: true });
  }
}

const started = Date.now();
if (!existsSync(join(ROOT, 'dist/advocacy-widgets.js'))) {
  console.error('dist/advocacy-widgets.js is missing: run npm run build first.');
  process.exit(1);
}
const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-wordpress.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(1);

const installed = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/cli/package.json');
if (
  !existsSync(installed) ||
  JSON.parse(await readFile(installed, 'utf8')).version !== PLAYGROUND.version
) {
  console.log(
    `Installing ${PLAYGROUND.name}@${PLAYGROUND.version} into node_modules/.cache (once)…`,
  );
  await mkdir(PLAYGROUND_DIR, { recursive: true });
  await writeFile(join(PLAYGROUND_DIR, 'package.json'), '{ "private": true }\n');
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${PLAYGROUND.name}@${PLAYGROUND.version}`,
    ],
    { cwd: PLAYGROUND_DIR, stdio: 'inherit' },
  );
  if (npm.status !== 0) process.exit(1);
}

console.log('php -l');
lintPhp([
  ...(await phpFiles(join(ROOT, 'wordpress'))),
  ...(await phpFiles(join(ROOT, 'test/wordpress'))),
]);

const executablePath = findChromium();
if (!executablePath) {
  console.error("No Chromium: install Debian's chromium or set CHROME_PATH.");
  process.exit(1);
}
const axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const browser = await puppeteer.launch({
  executablePath,
  args: CHROMIUM_ARGS,
  headless: true,
  protocolTimeout: 600_000,
});
try {
  for (const [index, suite] of SUITES.entries()) {
    try {
      await testSuite(suite, index, browser, axeSource);
    } catch (error) {
      check(`WordPress from Debian ${suite} runs the test`, false);
      console.log(
        String(error.stack ?? error)
          .replace(/<style>[\s\S]*<\/style>/, '')
          .slice(-4000),
      );
    }
  }
} finally {
  await browser.close();
}
console.log(`\nWordPress plugin, ${Math.round((Date.now() - started) / 1000)} s:`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
