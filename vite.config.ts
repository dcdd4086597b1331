import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

// `desc` in msg() options is a note for translators, read by lit-localize from the source; the
// browser never needs it, so the build leaves it out.
const DESC = /,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g;
function stripMessageNotes(): Plugin {
  return {
    name: 'strip-message-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: code.replace(DESC, ''), map: null };
    },
  };
}

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// In the drop-in script, parts that only some pages need are packs: classic scripts next to it.
function packLoader(): Plugin {
  return {
    name: 'pack-loader',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('/load.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === src('packs/load.ts') ? src('packs/load.script.ts') : null;
    },
  };
}

/** The packs of the drop-in script: name → entry. */
const PACKS: Record<string, string> = {
  eligibility: 'src/packs/eligibility.pack.ts',
  knowledge: 'src/packs/knowledge.pack.ts',
};

// Three kinds of build from one config:
//   vite build --mode script          → dist/advocacy-widgets.js, the classic drop-in script (IIFE, Lit inside)
//   vite build --mode pack:<name>     → dist/advocacy-widgets.<name>.js, a pack it loads when needed
//   vite build                        → dist/esm/*.js, ES modules for npm users (Lit as a dependency)
export default defineConfig(({ mode }) => {
  if (mode === 'script') {
    return {
      plugins: [stripMessageNotes(), packLoader(), literalsHtmlCssMinifier({ failOnError: true })],
      build: {
        target: 'es2021',
        emptyOutDir: true,
        outDir: 'dist',
        minify: true,
        sourcemap: true,
        reportCompressedSize: false,
        lib: { entry: 'src/script.ts', formats: ['iife'], name: 'advocacyWidgets', fileName: () => 'advocacy-widgets.js' },
      },
    };
  }
  if (mode.startsWith('pack:')) {
    const name = mode.slice('pack:'.length);
    const entry = PACKS[name];
    if (!entry) throw new Error(`Unknown pack ${name}`);
    return {
      plugins: [stripMessageNotes()],
      resolve: { alias: { '@lit/localize': src('packs/localize-shim.ts') } },
      build: {
        target: 'es2021',
        emptyOutDir: false,
        outDir: 'dist',
        minify: true,
        sourcemap: true,
        reportCompressedSize: false,
        lib: { entry, formats: ['iife'], name: 'advocacyWidgetsPack', fileName: () => `advocacy-widgets.${name}.js` },
      },
    };
  }
  return {
    plugins: [stripMessageNotes()],
    build: {
      target: 'es2021',
      emptyOutDir: false,
      outDir: 'dist/esm',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          explainer: 'src/explainer.ts',
          quiz: 'src/quiz.ts',
          'contact-card': 'src/contact-card.ts',
        },
        formats: ['es'],
      },
      rollupOptions: { external: [/^lit($|\/)/, /^@lit\//] },
    },
  };
});
