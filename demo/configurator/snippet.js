// Turns the configurator's choices into the code an editor pastes. Pure: no DOM, so the preview
// and the copied code are made from the same text.

/** The public npm CDN, pinned to one version. */
export const CDN_PATTERN = 'https://cdn.jsdelivr.net/npm/advocacy-widgets@{version}/dist/';

/** The elements, in the order they appear on the page. */
export const ELEMENTS = ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card'];

const escapeText = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

/** JSON laid out for people: objects one key a line, short lists on one line. */
function pretty(value, indent = '') {
  const compact = JSON.stringify(value);
  if (value === null || typeof value !== 'object') return compact;
  if (
    Array.isArray(value) &&
    compact.length <= 72 &&
    value.every((v) => v === null || typeof v !== 'object' || Array.isArray(v))
  ) {
    return `[${value.map((v) => pretty(v, indent)).join(', ')}]`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** JSON that is safe inside `<script type="application/json">`: no `<` can end the element. */
export function scriptJson(value) {
  return pretty(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** ` name="value"` for each attribute that has a value; `true` gives a bare attribute. */
function attributes(list) {
  return list
    .filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

const indent = (text, by = '  ') =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

/** The address of the folder the files are in: the CDN's for this version, or the editor's own. */
export function baseUrl(version, own) {
  if (own) return own.endsWith('/') ? own : `${own}/`;
  return CDN_PATTERN.replace('{version}', encodeURIComponent(version));
}

/**
 * A provider read by `readProviders` (src/providers), written back in our JSON format: only what
 * passed the checks, so the code never carries data the card would drop.
 */
export function toFormat(provider) {
  const out = { id: provider.id, name: provider.name };
  if (provider.organisation) out.organisation = provider.organisation;
  if (provider.services.length) out.services = [...provider.services];
  if (provider.areas.length) out.areas = [...provider.areas];
  if (provider.nations?.length) out.nations = [...provider.nations];
  if (provider.phone) out.phone = provider.phone.display;
  if (provider.sms) out.sms = provider.sms.display;
  if (provider.textphone) out.textphone = provider.textphone.display;
  if (provider.relayUk) {
    const number = provider.relayUk.display.replace(/^18001\s*/, '');
    out.relayUk = provider.phone && number === provider.phone.display ? true : number;
  }
  if (provider.referralHelpByPhone) out.referralHelpByPhone = true;
  if (provider.email) out.email = provider.email;
  if (provider.website) out.website = provider.website;
  if (provider.referralUrl) out.referralUrl = provider.referralUrl;
  if (provider.mapUrl) out.mapUrl = provider.mapUrl;
  if (provider.address)
    out.address = {
      lines: [...provider.address.lines],
      ...(provider.address.postcode ? { postcode: provider.address.postcode } : {}),
    };
  if (provider.hours) {
    out.hours = {};
    for (const [day, ranges] of Object.entries(provider.hours))
      if (ranges.length) out.hours[day] = ranges.map((r) => [...r]);
  }
  if (Object.keys(provider.whoCanRefer).length) out.whoCanRefer = { ...provider.whoCanRefer };
  if (provider.languages.length) out.languages = [...provider.languages];
  if (provider.singlePointOfAccess) out.singlePointOfAccess = true;
  if (provider.singlePointOfAccessNote)
    out.singlePointOfAccessNote = provider.singlePointOfAccessNote;
  if (provider.alert) out.alert = provider.alert;
  if (provider.lastChecked) out.lastChecked = provider.lastChecked;
  return out;
}

const DAY_NAMES = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** "09:00" → "9am", "17:30" → "5:30pm", "12:00" → "midday", "24:00" → "midnight" (GOV.UK style). */
export function clockTime(time) {
  const [h, m] = time.split(':').map(Number);
  if ((h === 0 || h === 24) && m === 0) return 'midnight';
  if (h === 12 && m === 0) return 'midday';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 || h === 24 ? 'am' : 'pm'}`;
}

/** Opening hours in words, from `summariseHours` groups: "Monday to Friday: 9am to 5pm". */
export function hoursInWords(groups) {
  return groups
    .filter((g) => g.ranges.length)
    .map((g) => {
      const first = DAY_NAMES[g.days[0]];
      const last = DAY_NAMES[g.days[g.days.length - 1]];
      const days =
        g.days.length === 1
          ? first
          : g.days.length === 2
            ? `${first} and ${last}`
            : `${first} to ${last}`;
      const times = g.ranges
        .map(([o, c]) => (o === c ? 'open 24 hours' : `${clockTime(o)} to ${clockTime(c)}`))
        .join(' and ');
      return `${days}: ${times}`;
    });
}

/**
 * The provider's details as plain HTML, inside the contact card: what people see when the script
 * cannot run (blocked, failed, or a browser without JavaScript). Hidden once the card shows.
 */
export function fallbackHtml(provider, level, summariseHours) {
  const h = `h${level}`;
  const lines = [`<${h}>${escapeText(provider.name)}</${h}>`];
  const link = (label, href, text) =>
    lines.push(`<p>${label}: <a href="${escapeAttribute(href)}">${escapeText(text)}</a></p>`);
  if (provider.phone) link('Phone', provider.phone.href, provider.phone.display);
  if (provider.sms)
    link('Text message', provider.sms.href.replace(/^tel:/, 'sms:'), provider.sms.display);
  if (provider.textphone) link('Textphone', provider.textphone.href, provider.textphone.display);
  if (provider.relayUk) link('Relay UK', provider.relayUk.href, provider.relayUk.display);
  if (provider.email) link('Email', `mailto:${provider.email}`, provider.email);
  if (provider.website) link('Website', provider.website, provider.website);
  if (provider.referralUrl)
    link('Referral form', provider.referralUrl, 'Fill in the referral form');
  if (provider.address) {
    const parts = [
      ...provider.address.lines,
      ...(provider.address.postcode ? [provider.address.postcode] : []),
    ];
    lines.push(`<p>Address: ${parts.map(escapeText).join(', ')}</p>`);
  }
  if (provider.hours) {
    const words = hoursInWords(summariseHours(provider.hours));
    if (words.length)
      lines.push(`<p>Opening hours (UK time): ${escapeText(words.join('; '))}.</p>`);
  }
  return `<div>\n${indent(lines.join('\n'))}\n</div>`;
}

/**
 * The code to paste, in two parts: `loader`, the script tag, and `body`, the theme and the
 * elements. The preview shows `body` on a page that has already loaded the same script.
 *
 * @param {object} options
 * @param {string[]} options.elements        tag names, any of ELEMENTS
 * @param {string} [options.nation]
 * @param {string} [options.lang]            a locale other than the source, or empty
 * @param {boolean} [options.easyRead]
 * @param {boolean} [options.kiosk]
 * @param {number} [options.headingLevel]
 * @param {[string, string][]} [options.theme] custom properties and values
 * @param {object[]} [options.providers]     providers as `readProviders` returns them
 * @param {string} options.version
 * @param {string} options.integrity         the SRI hash of advocacy-widgets.js
 * @param {string} [options.ownBase]         the editor's own folder, instead of the CDN
 * @param {Function} options.summariseHours  from src/providers
 * @param {string} [options.output]          'prerendered' for prerender blocks instead of elements
 */
export function buildSnippet(options) {
  const level = Number(options.headingLevel) || 2;
  const base = baseUrl(options.version, options.ownBase);
  const loader =
    `<!-- Advocacy widgets ${options.version}: see docs/ in the advocacy-widgets package. -->\n` +
    `<script src="${escapeAttribute(`${base}advocacy-widgets.js`)}" integrity="${escapeAttribute(options.integrity)}" crossorigin="anonymous" defer></script>`;

  const parts = [];
  if (options.theme?.length) {
    const declarations = options.theme.map(([name, value]) => `    ${name}: ${value};`).join('\n');
    parts.push(`<style>\n  ${ELEMENTS.join(',\n  ')} {\n${declarations}\n  }\n</style>`);
  }
  const providers = options.providers ?? [];
  const json = providers.length
    ? `<script type="application/json">\n${indent(scriptJson({ providers: providers.map(toFormat) }))}\n</script>`
    : '';
  const common = [
    ['lang', options.lang],
    ['nation', options.nation],
    ['heading-level', level === 2 ? '' : String(level)],
    ['easy-read', Boolean(options.easyRead)],
    ['kiosk', Boolean(options.kiosk)],
  ];
  for (const tag of ELEMENTS.filter((t) => options.elements.includes(t))) {
    const children = [];
    if (tag === 'advocacy-quiz' && json) children.push(json);
    if (tag === 'advocacy-contact-card') {
      if (!providers.length) continue;
      children.push(json, ...providers.map((p) => fallbackHtml(p, level, options.summariseHours)));
    }
    const open = `<${tag}${attributes(common)}>`;
    parts.push(
      children.length ? `${open}\n${indent(children.join('\n'))}\n</${tag}>` : `${open}</${tag}>`,
    );
  }
  const body = parts.join('\n');
  if (options.output === 'prerendered') {
    const code = prerenderBlocks(options, base, level, providers);
    return { loader, body, code: `${loader}\n${code}\n` };
  }
  return { loader, body, code: `${loader}\n${body}\n` };
}

/** JSON on one line that cannot end an HTML comment (`--` is written `-\u002d`). */
const commentJson = (value) => JSON.stringify(value).replace(/--/g, '-\\u002d');

/**
 * The same elements as prerender blocks: settings in a comment that the prerenderer (npm run
 * prerender, or `prerenderPage` in advocacy-widgets/prerender) fills with HTML that shows before
 * any script runs. See docs/prerender.md.
 */
function prerenderBlocks(options, base, level, providers) {
  const parts = [
    '<!-- Prerendered HTML: run this page through the advocacy-widgets prerenderer (docs/prerender.md) to fill each block below. -->',
  ];
  if (options.theme?.length) {
    parts.push('<!-- Colours: put the theme in your stylesheet; a strict Content-Security-Policy blocks <style> in the page. -->');
  }
  for (const tag of ELEMENTS.filter((t) => options.elements.includes(t))) {
    if (tag === 'advocacy-contact-card' && !providers.length) continue;
    const settings = { element: tag, base };
    const attributes = {};
    if (level !== 2) attributes['heading-level'] = level;
    if (options.kiosk) attributes.kiosk = true;
    if (Object.keys(attributes).length) settings.attributes = attributes;
    if (options.nation) settings.nation = options.nation;
    if (options.lang) settings.lang = options.lang;
    if (options.easyRead) settings.easyRead = true;
    if (providers.length && tag !== 'advocacy-explainer') settings.providers = { providers: providers.map(toFormat) };
    parts.push(`<!-- prerender ${commentJson(settings)} -->\n<!-- /prerender -->`);
  }
  return parts.join('\n');
}
