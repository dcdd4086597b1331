// The README's performance table, written from bench/results.json by npm run bench, between
// <!-- bench:start --> and <!-- bench:end -->, so the figures shown are the ones measured.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';

/** The machine the figures come from. */
export function machine() {
  const cpu = cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  // The load average says how much else the machine was doing: times are only comparable when low.
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, load average ${loadavg()[0].toFixed(1)} at the start`;
}

const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : '–');
const ms = (n) => (typeof n === 'number' ? `${Math.round(n)} ms` : '–');
const x = (n) => (typeof n === 'number' ? `${n}×` : '–');
const or = (n) => (n === null || n === undefined ? '–' : String(n));

/** The table as Markdown. */
export function readmeTable(r) {
  const b = r.browser;
  const gz = (name) => r.files.find((f) => f.file === name)?.gzip;
  const lh = (run) =>
    run
      ? `performance ${or(run.scores.performance)}, accessibility ${or(run.scores.accessibility)}, CLS ${or(run.metrics.cumulativeLayoutShift)}, TBT ${ms(run.metrics.totalBlockingTimeMs)}, LCP ${ms(run.metrics.largestContentfulPaintMs)}`
      : '–';
  const runs = r.lighthouseRuns ?? {};
  const rows = [
    ['drop-in script `advocacy-widgets.js`, gzip (brotli)', `${kb(gz('advocacy-widgets.js'))} (${kb(r.files.find((f) => f.file === 'advocacy-widgets.js')?.brotli)})`],
    ['page with all three elements, gzip (brotli)', `${kb(r.pageWeight.gzip)} (${kb(r.pageWeight.brotli)})`],
    ['the same, prerendered (with its stylesheets), gzip', kb(r.prerenderedPageWeight?.gzip)],
    [`all three rendered, ${b.cpuThrottling}× CPU throttle (static HTML: ${ms(b.static.allRenderedMs)})`, `${ms(b.widgets.allRenderedMs)}, ${x(b.ratios.widgetsToStatic.allRendered)} static HTML`],
    ['the same in an iframe embed', `${ms(b.iframe.allRenderedMs)}, ${x(b.ratios.iframeToStatic.allRendered)} static HTML`],
    ['prerendered: first paint with the content / hydrated', b.prerendered ? `${ms(b.prerendered.firstContentfulPaintMs)} (${x(b.ratios.prerenderedToStatic.firstContentfulPaint)} static HTML) / ${ms(b.prerendered.allRenderedMs)}` : '–'],
    ['long tasks while rendering (total blocking time)', `${or(b.widgets.longTasks)} (${ms(b.widgets.totalBlockingTimeMs)}); prerendered ${or(b.prerendered?.longTasks)} (${ms(b.prerendered?.totalBlockingTimeMs)})`],
    ['layout shift in the page (CLS)', `${or(b.widgets.cumulativeLayoutShift)}; prerendered ${or(b.prerendered?.cumulativeLayoutShift)}`],
    [`Lighthouse mobile, \`${r.lighthouse?.page}\``, lh(r.lighthouse)],
    [`Lighthouse desktop, \`${runs.desktop?.page}\``, lh(runs.desktop)],
    [`Lighthouse mobile, \`${runs.prerendered?.page}\``, lh(runs.prerendered)],
    [`Lighthouse mobile on Slow 4G, \`${runs.slow4g?.page}\``, lh(runs.slow4g)],
    [`Lighthouse mobile on Slow 4G, \`${runs.prerenderedSlow4g?.page}\``, lh(runs.prerenderedSlow4g)],
  ];
  return [
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine ?? 'machine not recorded'}, Node ${r.node}, ${r.lighthouse?.chrome ?? 'Chromium'}, median of ${b.runs} runs. Shared machines give noisy times; sizes are exact.`,
    '',
    '| measure | result |',
    '| --- | --- |',
    ...rows.map(([a, v]) => `| ${a} | ${v} |`),
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the table in the README (which must hold both markers). */
export async function writeReadmeTable(path, results) {
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return;
  await writeFile(path, `${text.slice(0, start + START.length)}\n${readmeTable(results)}\n${text.slice(end)}`);
}
