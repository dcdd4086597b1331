// The `--advocacy-*` custom properties the styles in src/ read, with their defaults and, from
// docs/theming.md, what each sets. Used by scripts/api-docs.mjs and scripts/build-tools.mjs.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readIfThere = (path) => readFile(join(ROOT, path), 'utf8').catch(() => '');

/** `--advocacy-*` custom properties a style file reads, with their fallback: name → default. */
export function customPropertiesIn(source) {
  const found = new Map();
  for (const m of source.matchAll(/var\(\s*(--advocacy-[\w-]+)\s*/g)) {
    if (found.has(m[1])) continue;
    // The fallback runs to the bracket that closes this var(), past any var() nested in it.
    let depth = 1;
    let i = m.index + m[0].length;
    const start = source[i] === ',' ? i + 1 : i;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')') depth--;
    }
    found.set(
      m[1],
      source
        .slice(start, i - 1)
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return found;
}

/** Descriptions of custom properties from the tables in docs/theming.md: name → text. */
export function descriptionsIn(markdown) {
  const found = new Map();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const m = /^`(--advocacy-[\w-]+)`$/.exec(cells[1] ?? '');
    if (m && cells.length >= 5 && !found.has(m[1])) found.set(m[1], cells[3]);
  }
  return found;
}

/** The styles' own shorthands, `--_link: var(--advocacy-color-link, …)`: `--_link` → public name. */
export function internalNamesIn(source) {
  const found = new Map();
  for (const m of source.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--advocacy-[\w-]+)/g))
    found.set(m[1], m[2]);
  return found;
}

/** The shared properties (src/ui/tokens.ts) and each element's own (src/elements/*.styles.ts). */
export async function readTokens() {
  const tokens = await readIfThere('src/ui/tokens.ts');
  const internal = internalNamesIn(tokens);
  // A default that refers to a shorthand names the public property instead.
  const publicDefaults = (map) => {
    for (const [name, fallback] of map) {
      // The styles' own per-host values (`var(--_host-space, 16px)`) read as their fallback.
      let value = fallback;
      for (let at = value.indexOf('var(--_host-'); at !== -1; at = value.indexOf('var(--_host-')) {
        const comma = value.indexOf(',', at);
        let depth = 1;
        let end = at + 4;
        for (; end < value.length && depth > 0; end++) {
          if (value[end] === '(') depth++;
          else if (value[end] === ')') depth--;
        }
        value = value.slice(0, at) + value.slice(comma + 1, end - 1).trim() + value.slice(end);
      }
      map.set(
        name,
        value.replace(/var\((--_[\w-]+)\)/g, (all, n) =>
          internal.has(n) ? `var(${internal.get(n)})` : all,
        ),
      );
    }
    return map;
  };
  const shared = publicDefaults(customPropertiesIn(tokens));
  const byElement = new Map();
  for (const name of (await readdir(join(ROOT, 'src/elements')))
    .filter((n) => n.endsWith('.styles.ts'))
    .sort()) {
    byElement.set(
      name.replace(/\.styles\.ts$/, ''),
      publicDefaults(customPropertiesIn(await readIfThere(`src/elements/${name}`))),
    );
  }
  const descriptions = descriptionsIn(await readIfThere('docs/theming.md'));
  return { shared, byElement, descriptions };
}
