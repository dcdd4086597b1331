// Bench: how long a contact card takes to settle with each of the fuzzing's generated provider
// files (test/fuzz/provider-files.ts: ordinary, hostile, huge and deeply nested), in headless
// Chromium without throttling, through the drop-in script in dist/. "Settled" is: rendered, the
// search-engine description placed, and the next frame drawn. The issue asks for under 200 ms.
import fc from 'fast-check';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { serve } from '../scripts/serve.mjs';
import { findChromium, CHROMIUM_ARGS } from '../scripts/find-browser.mjs';

const FILES = Number(process.env.BENCH_PROVIDER_FILES ?? 1000);
const BATCH = 25;
const LIMIT_MS = 200;

const round = (n) => Number(n.toFixed(1));

/** The files as the text a page would give the card; one too deep for JSON.stringify is left out. */
async function files() {
  const { providerFile } = await tsImport('../test/fuzz/provider-files.ts', import.meta.url);
  return fc
    .sample(providerFile, { numRuns: FILES, seed: 20261205 })
    .map((file) => {
      try {
        return typeof file === 'string' ? file : (JSON.stringify(file) ?? null);
      } catch {
        return null;
      }
    })
    .filter((text) => text !== null);
}

export async function measureProviderFiles() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: sudo apt-get install -y chromium, or set CHROME_PATH.');
  const texts = await files();
  const server = await serve({ port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, protocolTimeout: 600000 });
  try {
    const errors = [];
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${base}/bench/pages/content.html`, { waitUntil: 'load' });
    await page.evaluate(async (src) => {
      document.body.replaceChildren(document.createElement('main'));
      const script = Object.assign(document.createElement('script'), { src });
      document.head.append(script);
      await new Promise((resolve) => script.addEventListener('load', resolve));
      await customElements.whenDefined('advocacy-contact-card');
      console.warn = () => undefined; // bad data is meant to warn; the bench only times it
    }, `${base}/dist/advocacy-widgets.js`);
    const times = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      times.push(
        ...(await page.evaluate(async (batch) => {
          const out = [];
          for (const text of batch) {
            const card = document.createElement('advocacy-contact-card');
            card.providers = text;
            const start = performance.now();
            document.querySelector('main').append(card);
            for (let n = 0; n < 100; n += 1) {
              await card.updateComplete;
              if (card.loadState !== 'loading') break;
            }
            await card.jsonLdPlaced;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
            out.push({ ms: performance.now() - start, chars: text.length });
            card.remove();
          }
          return out;
        }, texts.slice(i, i + BATCH))),
      );
    }
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5);
    return {
      files: times.length,
      medianMs: round(at(0.5)),
      p95Ms: round(at(0.95)),
      maxMs: round(sorted.at(-1)),
      over200Ms: times.filter((t) => t.ms >= LIMIT_MS).length,
      slowest: slowest.map((t) => ({ ms: round(t.ms), chars: t.chars })),
      pageErrors: errors.length,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// Run alone: node bench/provider-files.mjs (after npm run build).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureProviderFiles(), null, 2));
}
