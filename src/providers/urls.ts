/** The schemes a link from configuration may have, unless a field asks for fewer. */
export const SAFE_SCHEMES: readonly string[] = ['http:', 'https:', 'tel:', 'mailto:'];

// Control and invisible format characters, and any white space left after trimming. The URL
// parser would quietly remove some of them ("java\tscript:" becomes "javascript:"), so a value
// that has them is refused whole rather than repaired.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
// "&#106;avascript:" or "&colon;": HTML entities have no meaning in a URL; they only hide one.
const ENTITY = /&(#\d|#x[\da-f]|[a-z][a-z\d]*;)/i;

/**
 * Checks a link from configuration and returns it normalised (`new URL(...).href`), or `null`.
 *
 * - Only the `allowed` schemes pass: never `javascript:`, `data:`, `vbscript:`, `blob:` or `file:`.
 * - Control or invisible characters, inner spaces or entity-like text make it fail.
 * - Links with a user name or password (`https://council.gov.uk@evil.example`) fail.
 * - "www.example.org" becomes "https://www.example.org/" when https: is allowed.
 * - A relative link ("referral.html", "/advocacy") resolves only against `base`, and only when the
 *   result stays on the base's own origin. So "//evil.example", "/\evil.example" and the like fail.
 *   Why a base at all: a JSON file's links are naturally written relative to the file (or the
 *   page), and without one we cannot know what a relative link means, so we refuse it. Callers
 *   pass the JSON file's URL for `src`, and the page's `document.baseURI` for attributes.
 */
export function safeUrl(
  value: unknown,
  allowed: readonly string[] = SAFE_SCHEMES,
  base?: string,
): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim();
  if (!text || text.length > 2048 || HIDDEN.test(text) || ENTITY.test(text)) return null;
  if (/^www\./i.test(text) && allowed.includes('https:')) text = `https://${text}`;
  try {
    let url: URL;
    if (URL.canParse(text)) {
      url = new URL(text);
    } else {
      if (!base) return null;
      const origin = new URL(base).origin;
      url = new URL(text, base);
      if (origin === 'null' || url.origin !== origin) return null;
    }
    if (!allowed.includes(url.protocol) || url.username || url.password) return null;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}
