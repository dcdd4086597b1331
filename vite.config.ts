import { defineConfig } from 'vite';

// Two builds from one config:
//   vite build --mode script  → dist/advocacy-widgets.js, the classic drop-in script (IIFE, Lit inside)
//   vite build                → dist/esm/*.js, ES modules for npm users (Lit as a dependency)
export default defineConfig(({ mode }) => {
  const script = mode === 'script';
  return {
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
