// Builds what the web editors' tools need from src/, next to the drop-in script in dist/:
//   dist/tools/editor-tools.js        ES module for demo/configurator.html: the provider readers
//                                     (the same code the contact card runs), the kinds of
//                                     advocacy, the nations and the contrast check
//   dist/advocacy-widgets.contrast.js a classic script for checking a theme while you build a
//                                     page: it reports, in the console, text whose contrast is
//                                     below WCAG AA. Not needed on a live page.
// Run by `npm run build` after the other builds; `node scripts/build-tools.mjs` alone also works.
import { build } from 'vite';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTokens } from './tokens.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** Entries written here rather than as files in src/: they only re-export or start src code. */
const ENTRIES = {
  'editor-tools': `
    export { readProviders, readAttributes, LIMITS, parseHoursText, safeUrl, summariseHours } from ${JSON.stringify(src('providers/index.ts'))};
    export { ADVOCACY_KIND_IDS } from ${JSON.stringify(src('knowledge/ids.ts'))};
    export { KIND_NAMES } from ${JSON.stringify(src('knowledge/names.ts'))};
    export { NATIONS } from ${JSON.stringify(src('knowledge/nations.ts'))};
    export { contrastProblems, contrastRatio, parseColour, AA_TEXT } from ${JSON.stringify(src('ui/contrast.ts'))};
  `,
  contrast: `
    import { watchContrast } from ${JSON.stringify(src('ui/contrast.ts'))};
    watchContrast(document);
  `,
};

// The entries go to a scratch folder (ignored by git, with node_modules), each a tiny module.
const SCRATCH = join(ROOT, 'node_modules/.cache/advocacy-widgets-tools');
await mkdir(SCRATCH, { recursive: true });
const entry = async (name) => {
  const path = join(SCRATCH, `${name}.js`);
  await writeFile(path, ENTRIES[name]);
  return path;
};

const common = { configFile: false, root: ROOT, logLevel: 'warn' };

await build({
  ...common,
  build: {
    target: 'es2021',
    emptyOutDir: false,
    outDir: 'dist/tools',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: { entry: await entry('editor-tools'), formats: ['es'], fileName: () => 'editor-tools.js' },
  },
});

await build({
  ...common,
  build: {
    target: 'es2021',
    emptyOutDir: false,
    outDir: 'dist',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: await entry('contrast'),
      formats: ['iife'],
      name: 'advocacyWidgetsContrast',
      fileName: () => 'advocacy-widgets.contrast.js',
    },
  },
});

// Every custom property with its default and meaning, for the configurator's colour fields.
const { shared, byElement, descriptions } = await readTokens();
const tokens = {};
for (const [name, fallback] of shared)
  tokens[name] = { default: fallback, description: descriptions.get(name) ?? '' };
for (const [element, props] of byElement) {
  for (const [name, fallback] of props) {
    tokens[name] ??= {
      default: fallback,
      description: descriptions.get(name) ?? '',
      element: `advocacy-${element.replace(/^advocacy-/, '')}`,
    };
  }
}
await writeFile(join(ROOT, 'dist/tools/tokens.json'), `${JSON.stringify(tokens, null, 2)}\n`);

console.log(
  'Built dist/tools/editor-tools.js, dist/tools/tokens.json and dist/advocacy-widgets.contrast.js',
);
