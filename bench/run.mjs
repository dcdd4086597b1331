// npm run bench: measures what the drop-in script costs a host page. Not part of npm test.
//   npm run bench             print the table and write bench/results.json
//   npm run bench -- --check  also fail when a budget in bench/budgets.json is exceeded
//   npm run bench -- --no-lighthouse  leave out Lighthouse (about 10 s)
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { measureBrowser } from './browser.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { machine, writeReadmeTable } from './readme.mjs';
import { measureProviderFiles } from './provider-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const check = process.argv.includes('--check');
const sizesOnly = process.argv.includes('--sizes-only');
const withLighthouse = !sizesOnly && !process.argv.includes('--no-lighthouse');

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (!entry.name.endsWith('.map') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

async function sizes() {
  const rows = [];
  // dist/ssr is the prerenderer, for Node: no page downloads it.
  for (const path of (await filesUnder(DIST)).filter((p) => !relative(DIST, p).startsWith('ssr'))) {
    const body = await readFile(path);
    rows.push({
      file: relative(DIST, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

await stat(join(DIST, 'advocacy-widgets.js')).catch(() => {
  console.error('dist/advocacy-widgets.js is missing: run npm run build first.');
  process.exit(1);
});

const files = await sizes();
const budgets = JSON.parse(await readFile(join(ROOT, 'bench/budgets.json'), 'utf8'));
/** The gzip budget of a file in dist/: by name, else by the first pattern it matches. */
function budgetFor(file) {
  if (budgets.gzip[file]) return budgets.gzip[file];
  return (budgets.gzipPatterns ?? []).find((b) => new RegExp(b.pattern).test(file))?.max;
}
const browser = sizesOnly ? null : await measureBrowser(ROOT);
const lighthouse = withLighthouse ? await measureLighthouse() : null;
// More Lighthouse runs: the same page on desktop, the prerendered demo, and both on Slow 4G.
const lighthouseRuns = withLighthouse
  ? {
      desktop: await measureLighthouse({ formFactor: 'desktop' }),
      prerendered: await measureLighthouse({ page: '/demo/prerendered.html' }),
      slow4g: await measureLighthouse({ slow4g: true }),
      prerenderedSlow4g: await measureLighthouse({ page: '/demo/prerendered.html', slow4g: true }),
    }
  : null;
// Render settling time of a contact card for each generated provider file (the fuzzing's files).
const providerFiles = sizesOnly ? null : await measureProviderFiles();
// What a page with all three elements downloads in English: the script and the packs it loads.
const PAGE_FILES = [
  'advocacy-widgets.js',
  'advocacy-widgets.knowledge.js',
  'advocacy-widgets.eligibility.js',
  'advocacy-widgets.card-extras.js',
];
const page = files.filter((f) => PAGE_FILES.includes(f.file));
const pageWeight = {
  files: PAGE_FILES,
  gzip: page.reduce((n, f) => n + f.gzip, 0),
  brotli: page.reduce((n, f) => n + f.brotli, 0),
};
// The prerendered page loads the same, plus the stylesheet each prerendered shadow root links.
const PRERENDERED_FILES = [
  ...PAGE_FILES,
  'advocacy-widgets.explainer.css',
  'advocacy-widgets.quiz.css',
  'advocacy-widgets.contact-card.css',
];
const prerenderedPage = files.filter((f) => PRERENDERED_FILES.includes(f.file));
const prerenderedPageWeight = {
  files: PRERENDERED_FILES,
  gzip: prerenderedPage.reduce((n, f) => n + f.gzip, 0),
  brotli: prerenderedPage.reduce((n, f) => n + f.brotli, 0),
};
const results = {
  date: new Date().toISOString(),
  node: process.version,
  machine: machine(),
  files,
  pageWeight,
  prerenderedPageWeight,
  browser,
  providerFiles,
  lighthouse,
  lighthouseRuns,
};
await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (browser && lighthouse) await writeReadmeTable(join(ROOT, 'README.md'), results);

console.log('Sizes of dist/ (gzip level 9, brotli quality 11)');
console.table(
  Object.fromEntries(
    files.map((f) => [
      f.file,
      {
        raw: kb(f.raw),
        gzip: kb(f.gzip),
        brotli: kb(f.brotli),
        budget: budgetFor(f.file) ? kb(budgetFor(f.file)) : '',
      },
    ]),
  ),
);
if (browser) {
  console.log(
    `\nIn headless Chromium, CPU throttled ${browser.cpuThrottling}x, median of ${browser.runs} runs`,
  );
  const rows = {};
  for (const variant of ['widgets', 'prerendered', 'static', 'iframe']) {
    const v = browser[variant];
    rows[variant] = {
      'first paint ms': v.firstContentfulPaintMs,
      'all rendered ms': v.allRenderedMs,
      'first interaction ms': v.firstInteractionMs ?? '',
      'long tasks': v.longTasks,
      'TBT ms': v.totalBlockingTimeMs,
      'main thread ms': v.mainThreadTaskMs,
      CLS: v.cumulativeLayoutShift,
      'heap KB': v.heapAfterMountKB,
    };
  }
  console.table(rows);
  console.log('Each element rendered at (ms):', browser.widgets.elementsRenderedMs);
  console.log(
    `Heap after ${browser.widgets.mountUnmountCycles} mount/unmount cycles: ${browser.widgets.heapAfterCyclesKB} KB`,
  );
  console.log('Ratios to static HTML:', JSON.stringify(browser.ratios));
}
for (const [name, run] of Object.entries(lighthouseRuns ?? {})) {
  console.log(
    `Lighthouse ${name}: ${run.page} (${run.formFactor}, ${run.throttling}): ${Object.entries(run.scores).map(([c, v]) => `${c} ${v}`).join(', ')}; CLS ${run.metrics.cumulativeLayoutShift}, TBT ${run.metrics.totalBlockingTimeMs} ms, LCP ${run.metrics.largestContentfulPaintMs} ms`,
  );
}
if (providerFiles) {
  console.log(
    `\nContact card settling, ${providerFiles.files} generated provider files (unthrottled): median ${providerFiles.medianMs} ms, 95th percentile ${providerFiles.p95Ms} ms, slowest ${providerFiles.maxMs} ms, ${providerFiles.over200Ms} at 200 ms or more.`,
  );
}
if (lighthouse) {
  console.log(
    `\nLighthouse ${lighthouse.lighthouseVersion} on ${lighthouse.page} (${lighthouse.formFactor}, ${lighthouse.throttling} throttling, ${lighthouse.chrome})`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(lighthouse.scores).map(([category, score]) => [
        category,
        { score, 'what cost points': lighthouse.failedAudits[category].join(', ') },
      ]),
    ),
  );
}
console.log(
  `A page with all three elements in English loads ${kb(pageWeight.gzip)} gzip (${kb(pageWeight.brotli)} brotli): ${PAGE_FILES.join(', ')}.`,
);
console.log('Wrote bench/results.json');

const over = files
  .filter((f) => budgetFor(f.file) && f.gzip > budgetFor(f.file))
  .map((f) => `${f.file} is ${kb(f.gzip)} gzip, budget ${kb(budgetFor(f.file))}`);
if (browser) {
  for (const [key, limit] of Object.entries(budgets.widgets ?? {})) {
    const value = browser.widgets[key];
    if (typeof value === 'number' && value > limit)
      over.push(`${key} is ${value}, budget ${limit}`);
  }
}
if (browser) {
  for (const [key, limit] of Object.entries(budgets.prerendered ?? {})) {
    const value = browser.prerendered[key];
    if (typeof value === 'number' && value > limit)
      over.push(`prerendered ${key} is ${value}, budget ${limit}`);
  }
  for (const [key, limit] of Object.entries(budgets.ratios ?? {})) {
    const value = browser.ratios.widgetsToStatic[key];
    if (typeof value === 'number' && value > limit)
      over.push(`widgets to static ${key} is ${value}x, budget ${limit}x`);
  }
}
if (budgets.pageGzip && pageWeight.gzip > budgets.pageGzip)
  over.push(`the page with all three is ${kb(pageWeight.gzip)} gzip, budget ${kb(budgets.pageGzip)}`);
if (lighthouse) {
  for (const [metric, limit] of Object.entries(budgets.lighthouseMetrics ?? {})) {
    const value = lighthouse.metrics[metric];
    if (typeof value === 'number' && value > limit)
      over.push(`Lighthouse ${metric} is ${value}, budget ${limit}`);
  }
  for (const [category, minimum] of Object.entries(budgets.lighthouse ?? {})) {
    const score = lighthouse.scores[category];
    if (typeof score === 'number' && score < minimum)
      over.push(`Lighthouse ${category} is ${score}, at least ${minimum} wanted`);
  }
}
if (providerFiles?.over200Ms) over.push(`${providerFiles.over200Ms} provider files took 200 ms or more to settle`);
for (const line of over) console.error(`Over budget: ${line}.`);
if (check && over.length > 0) process.exit(1);
