/**
 * Stands in for '@lit/localize' inside a pack built for the drop-in script. A pack's messages
 * must be looked up by the core script's own @lit/localize, which knows the current locale, so
 * the core hands its `msg` and `str` over when it takes the pack.
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';

export interface Localize {
  msg: typeof litMsg;
  str: typeof litStr;
}

let core: Localize | undefined;

export function bindLocalize(localize: Localize): void {
  core = localize;
}

export const msg = ((...args: Parameters<typeof litMsg>) => {
  if (!core) throw new Error('advocacy-widgets: a pack was used before the core script took it');
  // Called through a plain function type, so lit-localize's extractor does not read it as a message.
  const lookup = core.msg as (...values: unknown[]) => string;
  return lookup(...args);
}) as typeof litMsg;

export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => {
  if (!core) throw new Error('advocacy-widgets: a pack was used before the core script took it');
  return core.str(strings, ...values);
}) as typeof litStr;
