// npm run bench: measures what the drop-in script costs a host page. Not part of npm test.
//   npm run bench             print the table and write bench/results.json
//   npm run bench -- --check  also fail when a budget in bench/budgets.json is exceeded
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const check = process.argv.includes('--check');

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
  for (const path of await filesUnder(DIST)) {
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
const results = { date: new Date().toISOString(), node: process.version, files };
await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('Sizes of dist/ (gzip level 9, brotli quality 11)');
console.table(
  Object.fromEntries(
    files.map((f) => [
      f.file,
      {
        raw: kb(f.raw),
        gzip: kb(f.gzip),
        brotli: kb(f.brotli),
        budget: budgets.gzip[f.file] ? kb(budgets.gzip[f.file]) : '',
      },
    ]),
  ),
);
console.log('Wrote bench/results.json');

const over = files.filter((f) => budgets.gzip[f.file] && f.gzip > budgets.gzip[f.file]);
for (const f of over) {
  console.error(`Over budget: ${f.file} is ${kb(f.gzip)} gzip, budget ${kb(budgets.gzip[f.file])}.`);
}
if (check && over.length > 0) process.exit(1);
