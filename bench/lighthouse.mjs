// Lighthouse for npm run bench: performance, accessibility and best-practices scores of the demo
// page (demo/index.html, served by scripts/serve.mjs), in Debian's Chromium through
// chrome-launcher. Nothing is downloaded: the browser is the one the tests use (CHROME_PATH or
// scripts/find-browser.mjs), and the page and everything it loads come from this folder.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
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

// Slow 4G as Chrome DevTools names it, applied to the network for real (not simulated), with the
// 4x CPU slowdown of Lighthouse's mobile profile.
const SLOW_4G = {
  rttMs: 150,
  throughputKbps: 1.6 * 1024,
  requestLatencyMs: 150 * 3.75,
  downloadThroughputKbps: 1.6 * 1024 * 0.9,
  uploadThroughputKbps: 750 * 0.9,
  cpuSlowdownMultiplier: 4,
};

/**
 * One Lighthouse run. `formFactor`: 'mobile' (Lighthouse's default profile, simulated throttling)
 * or 'desktop'; `slow4g`: mobile with the network really throttled to Slow 4G.
 */
export async function measureLighthouse({ page = '/demo/index.html', formFactor = 'mobile', slow4g = false } = {}) {
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
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      ...(slow4g ? { throttlingMethod: 'devtools', throttling: SLOW_4G } : {}),
    };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
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
      throttling: slow4g ? 'Slow 4G (devtools)' : lhr.configSettings.throttlingMethod,
      scores,
      failedAudits: failed,
      metrics,
    };
  } finally {
    await chrome.kill();
    server.close();
  }
}
