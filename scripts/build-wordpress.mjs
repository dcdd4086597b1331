// Builds the WordPress plugin from wordpress/advocacy-widgets/ and the files `npm run build` wrote:
//   dist/wordpress/advocacy-widgets/      the plugin's folder (what the WordPress test mounts)
//   dist/wordpress/advocacy-widgets.zip   what an administrator uploads in Plugins > Add New
// It adds the drop-in script and its packs and translations (not the .all.js bundle or source
// maps), their SRI hashes, the editor tools (the providers' reader), the themes scoped to a class
// per block, the providers schema the PHP side checks against, and the licence.
// Prerendered HTML from dist/prerender/, when a build makes it, goes to assets/prerender/.
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'wordpress');
const PLUGIN = join(OUT, 'advocacy-widgets');

/** Each theme's rules apply to the elements of blocks that chose it (class advocacy-theme-NAME). */
export function scopeTheme(css, name) {
  const selector = /advocacy-explainer,\s*advocacy-quiz,\s*advocacy-contact-card\s*\{/g;
  const scoped = css.replace(
    selector,
    `:is(advocacy-explainer, advocacy-quiz, advocacy-contact-card).advocacy-theme-${name} {`,
  );
  if (scoped === css)
    throw new Error(`demo/themes/${name}.css: the elements' selector was not found`);
  return scoped;
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}

/** A zip of `dir` (stored under its own folder name), deflated, with a fixed date so builds match. */
export async function zip(dir, target) {
  const local = [];
  const central = [];
  let offset = 0;
  const base = join(dir, '..');
  for (const path of await files(dir)) {
    const name = Buffer.from(relative(base, path).split(sep).join('/'));
    const data = await readFile(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    // 2026-01-01 00:00 in MS-DOS form.
    const time = 0;
    const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by Unix, so the modes below are read
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(target, Buffer.concat([...local, directory, end]));
}

async function main() {
  if (!existsSync(join(DIST, 'advocacy-widgets.js')) || !existsSync(join(DIST, 'sri.json'))) {
    console.error(
      'dist/advocacy-widgets.js or dist/sri.json is missing: run the rest of npm run build first.',
    );
    process.exit(1);
  }
  await rm(OUT, { recursive: true, force: true });
  await cp(join(ROOT, 'wordpress/advocacy-widgets'), PLUGIN, { recursive: true });
  await mkdir(join(PLUGIN, 'assets/js/tools'), { recursive: true });
  for (const name of await readdir(DIST)) {
    if (/^advocacy-widgets(\.[\w-]+)*\.js$/.test(name) && !/\.(all|contrast)\.js$/.test(name)) {
      await cp(join(DIST, name), join(PLUGIN, 'assets/js', name));
    }
  }
  await cp(join(DIST, 'sri.json'), join(PLUGIN, 'assets/js/sri.json'));
  await cp(join(DIST, 'tools/editor-tools.js'), join(PLUGIN, 'assets/js/tools/editor-tools.js'));
  await cp(join(ROOT, 'docs/providers.schema.json'), join(PLUGIN, 'assets/providers.schema.json'));
  await mkdir(join(PLUGIN, 'assets/themes'), { recursive: true });
  for (const name of ['govuk', 'nhs']) {
    const css = await readFile(join(ROOT, `demo/themes/${name}.css`), 'utf8');
    await writeFile(join(PLUGIN, `assets/themes/${name}.css`), scopeTheme(css, name));
  }
  if (existsSync(join(DIST, 'prerender'))) {
    await cp(join(DIST, 'prerender'), join(PLUGIN, 'assets/prerender'), { recursive: true });
  }
  await cp(join(ROOT, 'LICENSE'), join(PLUGIN, 'LICENSE.txt'));

  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const header = await readFile(join(PLUGIN, 'advocacy-widgets.php'), 'utf8');
  const readme = await readFile(join(PLUGIN, 'readme.txt'), 'utf8');
  const stated = [
    header.match(/\* Version:\s*(\S+)/)?.[1],
    readme.match(/Stable tag:\s*(\S+)/)?.[1],
  ];
  if (stated.some((v) => v !== version)) {
    console.error(
      `The plugin says version ${stated.join(' / ')} but package.json says ${version}: change them together.`,
    );
    process.exit(1);
  }

  const target = join(OUT, 'advocacy-widgets.zip');
  await zip(PLUGIN, target);
  console.log(
    `Wrote dist/wordpress/advocacy-widgets.zip (${Math.round((await stat(target)).size / 1024)} KB)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
