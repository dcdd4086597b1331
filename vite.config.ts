import { defineConfig, type Plugin } from 'vite';

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

// Two builds from one config:
//   vite build --mode script  → dist/advocacy-widgets.js, the classic drop-in script (IIFE, Lit inside)
//   vite build                → dist/esm/*.js, ES modules for npm users (Lit as a dependency)
export default defineConfig(({ mode }) => {
  const script = mode === 'script';
  return {
    plugins: [stripMessageNotes()],
    build: {
      target: 'es2021',
      emptyOutDir: script,
      outDir: script ? 'dist' : 'dist/esm',
      minify: script,
      sourcemap: true,
      reportCompressedSize: false,
      lib: script
        ? {
            entry: 'src/script.ts',
            formats: ['iife'],
            name: 'advocacyWidgets',
            fileName: () => 'advocacy-widgets.js',
          }
        : {
            entry: {
              index: 'src/index.ts',
              explainer: 'src/explainer.ts',
              quiz: 'src/quiz.ts',
              'contact-card': 'src/contact-card.ts',
            },
            formats: ['es'],
          },
      rollupOptions: script
        ? {}
        : { external: [/^lit($|\/)/, /^@lit\//] },
    },
  };
});
