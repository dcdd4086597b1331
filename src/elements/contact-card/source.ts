/**
 * Where the card's providers come from, and what it tells the page's editor about them: a `src`
 * file read only up to the documented size, problems summed up for the console, and the message
 * shown when the data went past a limit.
 */
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  FIELDS,
  LIMITS,
  readAttributes,
  readProviders,
  type Problem,
  type ReadResult,
} from '../../providers/index.js';
import type { CardView } from './view.js';

/** Fetches and reads a `src` file; `tooLarge` when it passed LIMITS.fileSize (nothing is read). */
export async function fetchProviders(
  src: string,
  signal: AbortSignal,
  orukServices: string[],
): Promise<{ result: ReadResult; tooLarge: boolean }> {
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('src must be an http(s) address');
  const response = await fetch(url, {
    signal,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const text = await readAtMost(response, LIMITS.fileSize);
  if (text === null)
    return {
      result: { providers: [], problems: [{ code: 'too-large', field: '' }] },
      tooLarge: true,
    };
  return { result: readProviders(text, { baseUrl: url.href, orukServices }), tooLarge: false };
}

/**
 * The text of a response, or `null` once it passes `max` characters: a huge file is not read
 * to its end.
 */
async function readAtMost(response: Response, max: number): Promise<string | null> {
  const length = Number(response.headers.get('content-length'));
  if (length > max * 4) return null;
  if (!response.body) {
    const text = await response.text();
    return text.length > max ? null : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > max) {
      await reader.cancel();
      return null;
    }
  }
  return text + decoder.decode();
}

/** Problems as one line of text for the console. */
export function problemSummary(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `${p.field || 'data'}${p.index !== undefined ? ` (provider ${p.index + 1})` : ''}: ${p.code}${p.value ? ` "${p.value}"` : ''}`,
    )
    .join('; ');
}

/** Warns the editor once about what was left out, and why. */
export function reportProblems(
  card: CardView,
  warned: Set<string>,
  problems: readonly Problem[],
): void {
  const unsafe = problems.filter((p) => p.code === 'unsafe-url');
  if (unsafe.length > 0) {
    card.warnOnce(
      `unsafe:${problemSummary(unsafe)}`,
      `left out ${unsafe.length === 1 ? 'a link' : 'links'} that could be unsafe (${problemSummary(unsafe)}). Websites and map links must start with https:// or http://; a referral link may also be a mailto: address.`,
    );
  }
  const rest = problems.filter(
    (p) => p.code !== 'unsafe-url' && p.code !== 'no-name' && p.code !== 'no-contact',
  );
  const key = problemSummary(rest);
  if (rest.length > 0 && !warned.has(key)) {
    warned.add(key);
    card.warnOnce(
      `problems:${key}`,
      `some provider details were left out: ${key}. See docs/providers.md.`,
    );
  }
}

/** For the page's editor: the data went past a documented limit (docs/providers.md). */
export function limitMessage(card: CardView, file: boolean): TemplateResult {
  return file
    ? card.editorMessage(
        msg('The file of contact details is too large to show.', {
          id: 'card.editor.too-large.title',
        }),
        msg(
          'Make the file smaller than 1 MB, with at most 200 providers. See the limits in the guide for editors.',
          {
            id: 'card.editor.too-large.detail',
          },
        ),
      )
    : card.editorMessage(
        msg('Some contact details were too long, so parts were left out.', {
          id: 'card.editor.limits.title',
        }),
        msg(
          'Check the details against the limits in the guide for editors. The browser console says which ones.',
          {
            id: 'card.editor.limits.detail',
          },
        ),
      );
}

/** Attributes that describe one provider: our format's fields (but `id`), in kebab-case. */
const PROVIDER_ATTRIBUTES = FIELDS.filter((f) => f !== 'id').map((f) =>
  f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
);

/**
 * Reads the providers given to a card by script, inline JSON or attributes, and remembers the
 * last text it read: each render and the JSON-LD ask again, and a long list is read once.
 */
export class ProviderSource {
  private last?: { key: string; result: ReadResult };

  read(host: Element, given: unknown, orukServices: string[]): ReadResult | null {
    const options = { baseUrl: document.baseURI, orukServices };
    if (given !== undefined && given !== null) {
      // An object may have been changed in place, so only text is remembered.
      return typeof given === 'string'
        ? this.once(given, orukServices, () => readProviders(given, options))
        : readProviders(given, options);
    }
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      const text = inline.textContent ?? '';
      return this.once(text, orukServices, () => readProviders(text, options));
    }
    const attrs: Record<string, string | null> = {};
    let any = false;
    for (const name of PROVIDER_ATTRIBUTES) {
      attrs[name] = host.getAttribute(name);
      if (attrs[name] !== null) any = true;
    }
    if (!any) return null;
    return this.once(JSON.stringify(attrs), [], () =>
      readAttributes(attrs, { baseUrl: document.baseURI }),
    );
  }

  private once(text: string, orukServices: string[], read: () => ReadResult): ReadResult {
    const key = `${document.baseURI} ${orukServices.join()} ${text}`;
    if (this.last?.key !== key) this.last = { key, result: read() };
    return this.last.result;
  }
}
