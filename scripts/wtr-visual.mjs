// Visual baselines for the test runner (Chromium): a `visual-compare` command that screenshots the whole
// test page in Chromium at a given width and compares it with the reviewed PNG in
// test/visual/baselines/. See docs/theming.md ("Visual baselines") for updating them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASELINES = join(ROOT, 'test/visual/baselines');
const FAILED = join(ROOT, 'test/visual/failed');
/** `UPDATE_BASELINES=1 npx wtr --files test/visual/*.test.ts` writes new baselines to review. */
const UPDATE = process.env.UPDATE_BASELINES === '1';

async function compare(page, { name, width }) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`visual-compare: bad name ${name}`);
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  // Layout settles at the new width before the picture is taken.
  await page.evaluate(
    // Runs in the page, where requestAnimationFrame is defined.
    () =>
      new Promise((resolve) =>
        globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)),
      ),
  );
  const shot = PNG.sync.read(
    Buffer.from(await page.screenshot({ fullPage: true, captureBeyondViewport: true })),
  );
  const file = join(BASELINES, `${name}.png`);
  const baseline = await readFile(file).then(
    (b) => PNG.sync.read(b),
    () => undefined,
  );
  if (UPDATE || !baseline) {
    await mkdir(BASELINES, { recursive: true });
    await writeFile(file, PNG.sync.write(shot));
    return { written: true, changed: 0, total: shot.width * shot.height };
  }
  const total = baseline.width * baseline.height;
  if (baseline.width !== shot.width || baseline.height !== shot.height) {
    await saveFailure(name, shot);
    return {
      written: false,
      changed: total,
      total,
      size: `${shot.width}x${shot.height} (baseline ${baseline.width}x${baseline.height})`,
    };
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  // threshold: how different one pixel may be (anti-aliasing); the test says how many may differ.
  const changed = pixelmatch(baseline.data, shot.data, diff.data, shot.width, shot.height, {
    threshold: 0.1,
  });
  if (changed > 0) await saveFailure(name, shot, diff);
  return { written: false, changed, total };
}

async function saveFailure(name, shot, diff) {
  await mkdir(FAILED, { recursive: true });
  await writeFile(join(FAILED, `${name}.png`), PNG.sync.write(shot));
  if (diff) await writeFile(join(FAILED, `${name}.diff.png`), PNG.sync.write(diff));
}

/**
 * The colours of some points of the page as painted (CSS pixels, from the viewport's top left),
 * optionally with forced colours (Windows high contrast) emulated for the picture.
 */
async function pixels(page, { points, forcedColors = false }) {
  // Through the protocol itself: puppeteer's emulateMediaFeatures does not know forced-colors.
  const cdp = await page.createCDPSession();
  const emulate = (value) =>
    cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
  await emulate(forcedColors ? 'active' : 'none');
  try {
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)),
        ),
    );
    const shot = PNG.sync.read(Buffer.from(await page.screenshot()));
    const scale = shot.width / (await page.evaluate(() => globalThis.innerWidth));
    return points.map(({ x, y }) => {
      const i = (Math.round(y * scale) * shot.width + Math.round(x * scale)) * 4;
      return [shot.data[i], shot.data[i + 1], shot.data[i + 2]];
    });
  } finally {
    await emulate('none');
    await cdp.detach();
  }
}

export function visualPlugin() {
  return {
    name: 'advocacy-visual',
    async executeCommand({ command, payload, session }) {
      if (!['visual-compare', 'pixels', 'bring-to-front'].includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.screenshot) throw new Error(`${command} needs Chromium through puppeteer`);
      // A test page opened after others may be in the background, where focus events wait.
      if (command === 'bring-to-front') return page.bringToFront().then(() => true);
      return command === 'pixels' ? pixels(page, payload) : compare(page, payload);
    },
  };
}
