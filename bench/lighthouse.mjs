// Lighthouse for npm run bench: performance, accessibility and best-practices scores of the demo
// page (demo/index.html, served by scripts/serve.mjs), in Debian's Chromium through
// chrome-launcher. Nothing is downloaded: the browser is the one the tests use (CHROME_PATH or
// scripts/find-browser.mjs), and the page and everything it loads come from this folder.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../scripts/serve.mjs';
import { findChromium, CHROMIUM_ARGS } from '../scripts/find-browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  'first-contentful-paint': 'firstContentfulPaintMs',
  'largest-contentful-paint': 'largestContentfulPaintMs',
  'total-blocking-time': 'totalBlockingTimeMs',
  'cumulative-layout-shift': 'cumulativeLayoutShift',
  'speed-index': 'speedIndexMs',
};

/** For a console error, where it came from (the demo page's missing favicon is not ours). */
function sourcesOf(audit) {
  if (audit.id !== 'errors-in-console') return '';
  const urls = (audit.details?.items ?? [])
    .map((item) => item.sourceLocation?.url ?? item.source)
    .filter(Boolean);
  return urls.length ? `: ${urls.map((u) => u.replace(/^https?:\/\/[^/]+/, '')).join(', ')}` : '';
}

export async function measureLighthouse({ page = '/demo/index.html' } = {}) {
  const chromePath = findChromium();
  if (!chromePath)
    throw new Error('No Chromium found: sudo apt-get install -y chromium, or set CHROME_PATH.');
  const server = await serve({ port: 0 });
  const url = `http://127.0.0.1:${server.address().port}${page}`;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${page}: ${lhr.runtimeError.message}`);
    const scores = {};
    const failed = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category.score === null ? null : Math.round(category.score * 100);
      // What cost points, so that a lower score says why.
      failed[id] = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
        )
        .map(
          (audit) =>
            `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}${sourcesOf(audit)}`,
        );
    }
    const metrics = {};
    for (const [id, key] of Object.entries(METRICS)) {
      const value = lhr.audits[id]?.numericValue;
      metrics[key] =
        typeof value === 'number'
          ? Number(value.toFixed(id === 'cumulative-layout-shift' ? 4 : 0))
          : null;
    }
    return {
      page,
      lighthouseVersion: lhr.lighthouseVersion,
      chrome: lhr.environment?.hostUserAgent?.match(/Chrom(e|ium)\/[\d.]+/)?.[0] ?? null,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      scores,
      failedAudits: failed,
      metrics,
    };
  } finally {
    await chrome.kill();
    server.close();
  }
}
