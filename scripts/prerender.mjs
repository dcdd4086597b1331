// Prerendered HTML (declarative shadow DOM) for hosts and CMS plugins; see docs/prerender.md.
//   npm run prerender                      the stylesheets in dist/ and demo/prerendered.html
//   node scripts/prerender.mjs --css       only the stylesheets (part of npm run build)
//   node scripts/prerender.mjs --element advocacy-explainer [--nation wales] [--lang cy]
//        [--easy-read] [--attr heading-level=3 …] [--providers providers.json] [--base URL]
//                                          one element, to standard output
//   node scripts/prerender.mjs --config page.json
//                                          a list of settings (as the API takes them), to standard output
// Needs dist/ssr/prerender.js: `vite build --mode prerender` (npm run build does it).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

const { values } = parseArgs({
  options: {
    css: { type: 'boolean' },
    demo: { type: 'boolean' },
    element: { type: 'string' },
    nation: { type: 'string' },
    lang: { type: 'string' },
    'easy-read': { type: 'boolean' },
    attr: { type: 'string', multiple: true },
    providers: { type: 'string' },
    base: { type: 'string' },
    config: { type: 'string' },
  },
});

const api = await import(pathToFileURL(join(DIST, 'ssr/prerender.js')).href).catch(() => {
  console.error('dist/ssr/prerender.js is missing: run npm run build (or vite build --mode prerender) first.');
  process.exit(1);
});

/** The CSS a prerendered shadow root links to, one file per element, next to the drop-in script. */
async function writeStylesheets() {
  for (const element of api.PRERENDER_ELEMENTS) {
    const css = (await api.prerenderStylesheet(element)).replace(/\n\s*/g, '\n');
    await writeFile(join(DIST, api.stylesheetFile(element)), css);
  }
  await writeFile(join(DIST, 'advocacy-widgets.css'), await readFile(join(ROOT, 'src/ssr/reserve.css')));
}

// demo/prerendered.html holds its settings in comments: <!-- prerender {…} --> … <!-- /prerender -->.
async function writeDemo() {
  const path = join(ROOT, 'demo/prerendered.html');
  const page = await api.prerenderPage(await readFile(path, 'utf8'), { base: '../dist/' }, (file) =>
    readFile(join(ROOT, 'demo', file), 'utf8'),
  );
  await writeFile(path, page);
  console.log('Wrote demo/prerendered.html');
}

if (values.css || values.demo || (!values.element && !values.config)) {
  await writeStylesheets();
  if (!values.css) await writeDemo();
} else if (values.config) {
  const list = [].concat(JSON.parse(await readFile(values.config, 'utf8')));
  for (const settings of list) process.stdout.write(`${await api.prerender(settings)}\n`);
} else {
  const attributes = {};
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 0) attributes[pair] = true;
    else attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const html = await api.prerender({
    element: values.element,
    attributes,
    nation: values.nation,
    lang: values.lang,
    easyRead: values['easy-read'],
    providers: values.providers ? JSON.parse(await readFile(values.providers, 'utf8')) : undefined,
    base: values.base,
  });
  process.stdout.write(`${html}\n`);
}

// A prerendered contact card with opening hours sets a timer for its "open now" line: stop here.
process.exit(0);
