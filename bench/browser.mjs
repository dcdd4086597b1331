// Browser measurements for npm run bench: headless Chromium with 4x CPU throttling, the page with
// all three elements against two baselines, the same content as static HTML and in an iframe.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { findChromium, CHROMIUM_ARGS } from '../scripts/find-browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CYCLES = 500;
const THROTTLE = 4;

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 1) => (n === null ? null : Number(n.toFixed(digits)));

/** Total blocking time: the part of each long task over 50 ms. */
const tbt = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

async function makePages(root) {
  const template = await readFile(join(root, 'bench/pages/widgets.html'), 'utf8');
  const content = await readFile(join(root, 'bench/pages/content.html'), 'utf8');
  await writeFile(join(root, 'bench/pages/widgets.generated.html'), template.replace('<!-- content -->', content));
  // The same content prerendered (declarative shadow DOM), which the same script hydrates.
  const { prerender } = await import(pathToFileURL(join(root, 'dist/ssr/prerender.js')).href);
  const parts = [];
  for (const match of content.matchAll(/<(advocacy-[a-z-]+)([^>]*)>/g)) {
    const attributes = Object.fromEntries(
      [...match[2].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? true]),
    );
    parts.push(await prerender({ element: match[1], attributes, base: '/dist/' }));
  }
  await writeFile(
    join(root, 'bench/pages/prerendered.generated.html'),
    template.replace('<title>Benchmark: the drop-in script</title>', '<title>Benchmark: prerendered, then hydrated</title>').replace('<!-- content -->', parts.join('\n')),
  );
}

/** Renders the widgets once and writes their output as static HTML (declarative shadow DOM). */
async function makeStaticPage(browser, base, root) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/widgets.generated.html`, { waitUntil: 'load' });
  await page.evaluate(() => window.__bench.ready);
  const body = await page.evaluate(() => {
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    for (const el of document.querySelectorAll('advocacy-explainer, advocacy-quiz, advocacy-contact-card')) {
      const css = [...el.shadowRoot.adoptedStyleSheets]
        .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
        .join('\n');
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
      const html = `<div${attrs}><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></div>`;
      el.outerHTML = html;
    }
    return document.querySelector('main').outerHTML;
  });
  await page.close();
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Benchmark: static HTML</title><script src="iframe-probe.js" data-mode="static"></script></head><body>${body}</body></html>`;
  await writeFile(join(root, 'bench/pages/static.generated.html'), html);
}

async function measure(browser, url, { interact = false, cycles = false } = {}) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => (window.__bench.ready ? window.__bench.ready : null));
  if (!url.includes('widgets') && !url.includes('prerendered')) {
    // Static and iframe pages: content is there when the page (or frame) says so.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  }
  const result = await page.evaluate(() => ({
    fcp: window.__bench.fcp,
    rendered: window.__bench.rendered ?? {},
    allRendered: window.__bench.allRendered ?? window.__bench.fcp,
    longTasks: window.__bench.longTasks,
    cls: window.__bench.shifts,
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  result.taskMs = metrics.TaskDuration * 1000;
  result.heapAfterMount = metrics.JSHeapUsedSize;

  if (interact) {
    // First interaction: press the first section's button and wait until its state has changed.
    result.interactionMs = await page.evaluate(async () => {
      const button = document.querySelector('advocacy-explainer').shadowRoot.querySelector('button[aria-expanded]');
      if (!button) return null;
      const start = performance.now();
      button.click();
      await document.querySelector('advocacy-explainer').updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return button.getAttribute('aria-expanded') === 'true' ? performance.now() - start : null;
    });
  }
  if (cycles) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.evaluate(async (n) => {
      const main = document.querySelector('main');
      const content = main.innerHTML;
      for (let i = 0; i < n; i += 1) {
        const box = document.createElement('div');
        box.innerHTML = content;
        main.append(box);
        await Promise.all([...box.querySelectorAll('*')].filter((e) => e.updateComplete).map((e) => e.updateComplete));
        box.remove();
      }
    }, CYCLES);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    result.heapAfterCycles = after.JSHeapUsedSize;
  }
  await page.close();
  return result;
}

function summarise(runs) {
  const pick = (f) => round(median(runs.map(f)));
  const elements = {};
  for (const name of Object.keys(runs[0].rendered ?? {})) elements[name] = pick((r) => r.rendered[name]);
  return {
    firstContentfulPaintMs: pick((r) => r.fcp),
    allRenderedMs: pick((r) => r.allRendered),
    elementsRenderedMs: elements,
    firstInteractionMs: runs[0].interactionMs === undefined ? null : pick((r) => r.interactionMs),
    longTasks: pick((r) => r.longTasks.length),
    totalBlockingTimeMs: pick((r) => tbt(r.longTasks)),
    mainThreadTaskMs: pick((r) => r.taskMs),
    cumulativeLayoutShift: round(median(runs.map((r) => r.cls)), 4),
    heapAfterMountKB: pick((r) => r.heapAfterMount / 1024),
    heapAfterCyclesKB: runs.some((r) => r.heapAfterCycles) ? pick((r) => r.heapAfterCycles / 1024) : null,
  };
}

export async function measureBrowser(root) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: sudo apt-get install -y chromium, or set CHROME_PATH.');
  await makePages(root);
  const server = await serve({ port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, protocolTimeout: 600000 });
  try {
    await makeStaticPage(browser, base, root);
    const variants = {
      widgets: { url: `${base}/bench/pages/widgets.generated.html`, interact: true },
      prerendered: { url: `${base}/bench/pages/prerendered.generated.html`, interact: true },
      static: { url: `${base}/bench/pages/static.generated.html` },
      iframe: { url: `${base}/bench/pages/iframe.html` },
    };
    const out = { cpuThrottling: THROTTLE, runs: RUNS };
    for (const [name, v] of Object.entries(variants)) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await measure(browser, v.url, v));
      out[name] = summarise(runs);
    }
    const cycles = await measure(browser, variants.widgets.url, { cycles: true });
    out.widgets.heapAfterCyclesKB = round(cycles.heapAfterCycles / 1024);
    out.widgets.mountUnmountCycles = CYCLES;
    const ratio = (a, b) => (a && b ? round(a / b, 2) : null);
    out.ratios = {
      widgetsToStatic: {
        allRendered: ratio(out.widgets.allRenderedMs, out.static.allRenderedMs),
        mainThreadTask: ratio(out.widgets.mainThreadTaskMs, out.static.mainThreadTaskMs),
      },
      // Prerendered: the content is on screen at first paint; "all rendered" is when it is hydrated.
      prerenderedToStatic: {
        firstContentfulPaint: ratio(out.prerendered.firstContentfulPaintMs, out.static.firstContentfulPaintMs),
        allRendered: ratio(out.prerendered.allRenderedMs, out.static.allRenderedMs),
        mainThreadTask: ratio(out.prerendered.mainThreadTaskMs, out.static.mainThreadTaskMs),
      },
      iframeToStatic: {
        allRendered: ratio(out.iframe.allRenderedMs, out.static.allRenderedMs),
        mainThreadTask: ratio(out.iframe.mainThreadTaskMs, out.static.mainThreadTaskMs),
      },
    };
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
