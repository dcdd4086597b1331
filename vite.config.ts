import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { MESSAGE_ID, shortId } from './scripts/message-id.mjs';

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

// Message ids become short ids in built files (see scripts/message-id.mjs): every string literal
// that is a message id, in msg() options, in the elements' easy-read lookups and in locale files.
const QUOTED = /(['"`])((?:knowledge|quiz|card|explainer|editor|nation|ui)\.[\w.-]+)\1/g;
function shortMessageIds(): Plugin {
  return {
    name: 'short-message-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return {
        code: code.replace(QUOTED, (m, quote: string, key: string) => {
          const short = MESSAGE_ID.test(key) ? shortId(key) : key;
          return short === key ? m : `${quote}${short}${quote}`;
        }),
        map: null,
      };
    },
  };
}

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Templates are minified the same way in every build: prerendered HTML carries a hash of each
// template's text, and hydration needs the script's templates to hash the same. The pictograms
// are left as written: the minifier unfolds their self-closing SVG shapes (<circle/>) into open
// tags, which nest and break the drawings.
const minifyTemplates = (): Plugin =>
  literalsHtmlCssMinifier({ failOnError: true, exclude: ['**/src/easy-read/pictograms.ts'] }) as Plugin;

// In the drop-in script, parts that only some pages need are packs: classic scripts next to it.
// These modules have a `.script.ts` twin that loads them that way.
const SCRIPT_TWINS = new Map([
  [src('packs/load.ts'), src('packs/load.script.ts')],
  [src('i18n/load-part.ts'), src('i18n/load-part.script.ts')],
]);
function packLoader(): Plugin {
  return {
    name: 'pack-loader',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/\/(load|load-part)\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && SCRIPT_TWINS.get(resolved.id)) ?? null;
    },
  };
}

// Loaded a second time, the drop-in script stops before Lit starts: our elements are already
// defined (their classes carry the advocacy-widgets mark), and a second Lit would ask Trusted Types
// for a second 'lit-html' policy, which pages with a strict allow-list refuse.
// `globalThis`, not `self`: in the all-in-one file a module's own `self` (the kind of advocacy)
// would take the name, and the check would read it instead of the window.
const ONCE = `{const d=globalThis.customElements&&customElements.get("advocacy-explainer");if(d&&d[Symbol.for("advocacy-widgets")])return;}`;

/** The packs of the drop-in script: name → entry. */
const PACKS: Record<string, string> = {
  eligibility: 'src/packs/eligibility.pack.ts',
  knowledge: 'src/packs/knowledge.pack.ts',
  'easy-read': 'src/packs/easy-read.pack.ts',
  'card-extras': 'src/packs/card-extras.pack.ts',
  'theme-check': 'src/packs/theme-check.pack.ts',
  kiosk: 'src/packs/kiosk.pack.ts',
  speech: 'src/packs/speech.pack.ts',
};

/**
 * The core script pins every pack and locale file it may load: file (as `loadPack` names it, for
 * example `knowledge` or `knowledge.cy`) → SHA-256 in base64. So the build writes those files
 * first (npm run build does), and the core reads them here. SHA-256 keeps the core small.
 */
function packHashes(): Record<string, string> {
  const dist = fileURLToPath(new URL('./dist/', import.meta.url));
  const out: Record<string, string> = {};
  for (const name of readdirSync(dist).sort()) {
    const file = /^advocacy-widgets\.(.+)\.js$/.exec(name)?.[1];
    if (!file || file === 'all') continue;
    out[file] = createHash('sha256').update(readFileSync(`${dist}${name}`)).digest('base64');
  }
  const missing = [...Object.keys(PACKS), 'cy', 'knowledge.cy'].filter((file) => !out[file]);
  if (missing.length) throw new Error(`Build the packs and locale files before the core script; missing: ${missing.join(', ')}`);
  return out;
}

// Three kinds of build from one config:
//   vite build --mode script          → dist/advocacy-widgets.js, the classic drop-in script (IIFE, Lit inside),
//                                        built after the packs and locale files, whose hashes it carries
//   vite build --mode all             → dist/advocacy-widgets.all.js, the same with every pack and locale inside
//   vite build --mode pack:<name>     → dist/advocacy-widgets.<name>.js, a pack it loads when needed
//   vite build                        → dist/esm/*.js, ES modules for npm users (Lit as a dependency)
//   vite build --mode prerender       → dist/ssr/prerender.js, the prerenderer for Node
/** A classic script in dist/: an IIFE that exports nothing, so it adds no global. */
function classicScript(entry: string, fileName: string, intro?: string, inline = false) {
  return {
    target: 'es2021',
    emptyOutDir: false,
    outDir: 'dist',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: { entry, formats: ['iife' as const], name: 'advocacyWidgets', fileName: () => fileName },
    rollupOptions: { output: { ...(intro ? { intro } : {}), ...(inline ? { inlineDynamicImports: true } : {}) } },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'prerender') {
    // dist/ssr/prerender.js: prerendering in Node for `npm run prerender`, hosts and CMS plugins.
    // Lit stays a dependency, so Node picks its server build with the DOM shim.
    return {
      plugins: [stripMessageNotes(), shortMessageIds(), minifyTemplates()],
      build: {
        target: 'node20',
        emptyOutDir: false,
        outDir: 'dist/ssr',
        ssr: 'src/ssr/prerender.ts',
        minify: false,
        sourcemap: true,
        reportCompressedSize: false,
        rollupOptions: { output: { entryFileNames: 'prerender.js', chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'all') {
    // Everything in one file, every pack and locale inside: for kiosks and offline use.
    return {
      plugins: [stripMessageNotes(), shortMessageIds(), minifyTemplates()],
      build: classicScript('src/script.ts', 'advocacy-widgets.all.js', ONCE, true),
    };
  }
  if (mode === 'script') {
    return {
      define: { __ADVOCACY_PACKS__: JSON.stringify(packHashes()) },
      plugins: [stripMessageNotes(), shortMessageIds(), packLoader(), minifyTemplates()],
      build: classicScript('src/script.ts', 'advocacy-widgets.js', ONCE),
    };
  }
  if (mode.startsWith('pack:')) {
    const name = mode.slice('pack:'.length);
    const entry = PACKS[name];
    if (!entry) throw new Error(`Unknown pack ${name}`);
    return {
      plugins: [stripMessageNotes(), shortMessageIds(), minifyTemplates()],
      resolve: { alias: { '@lit/localize': src('packs/localize-shim.ts'), lit: src('packs/lit-shim.ts') } },
      build: classicScript(entry, `advocacy-widgets.${name}.js`),
    };
  }
  return {
    plugins: [stripMessageNotes(), shortMessageIds(), minifyTemplates()],
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
