// The configurator: reads the form, checks it with the same code the widgets run, shows the real
// widgets in the preview and writes the code to paste. A plain module that uses the built files
// (npm start serves them): the drop-in script for the preview, dist/tools/editor-tools.js for the
// provider readers and the contrast check, dist/sri.json for the version and integrity hash.
/* global document, window, customElements */
import { buildSnippet, ELEMENTS } from './snippet.js';
import { problemMessage, FIELD_INPUTS } from './messages.js';

const DIST = new URL('../../dist/', import.meta.url);
const THEMES = {
  govuk: new URL('../themes/govuk.css', import.meta.url),
  nhs: new URL('../themes/nhs.css', import.meta.url),
};
const LOCALES = new URL('../../locales/locales.json', import.meta.url);

/** The colours an editor can set with "My own colours", with their labels. */
const COLOURS = [
  ['--advocacy-color-text', 'Text'],
  ['--advocacy-color-text-secondary', 'Less important text'],
  ['--advocacy-color-background', 'Background'],
  ['--advocacy-color-surface', 'Background of notices'],
  ['--advocacy-color-border', 'Borders and lines'],
  ['--advocacy-color-link', 'Links'],
  ['--advocacy-color-link-visited', 'Visited links'],
  ['--advocacy-color-focus', 'Keyboard focus'],
  ['--advocacy-color-focus-text', 'Text on keyboard focus'],
  ['--advocacy-color-button', 'Buttons'],
  ['--advocacy-color-button-text', 'Text on buttons'],
  ['--advocacy-color-button-secondary', 'Other buttons'],
  ['--advocacy-color-button-secondary-text', 'Text on other buttons'],
  ['--advocacy-color-error', 'Errors'],
];
const LABELS = Object.fromEntries(
  COLOURS.map(([name, label]) => [name.replace('--advocacy-color-', ''), label]),
);

const $ = (id) => document.getElementById(id);

/**
 * A colour's own default as a colour field can hold it. Defaults first follow a GOV.UK or NHS
 * page's colours (`var(--govuk-…, var(--nhsuk-…, #hex))`): the last fallback is ours.
 */
const defaultColour = (name) =>
  (state.tokens[name]?.default ?? '').match(/#[0-9a-f]{6}\b/gi)?.at(-1)?.toLowerCase();
const form = $('configurator');

const state = {
  tools: null,
  sri: null,
  tokens: {},
  themes: { default: [] },
  /** Fields the editor has left, and whether they tried to copy: errors show after either. */
  touched: new Set(),
  attempted: false,
  errors: [],
  snippet: null,
  previewBody: null,
  contrast: [],
};

async function json(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The `--advocacy-*` declarations of a theme file, in order. */
function declarations(css) {
  return [...css.matchAll(/(--advocacy-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
}

// ---------- building the form from the lists ----------

function buildServices() {
  const box = $('services');
  for (const id of state.tools.ADVOCACY_KIND_IDS) {
    const div = document.createElement('div');
    div.className = 'choice';
    const input = Object.assign(document.createElement('input'), {
      type: 'checkbox',
      id: `service-${id}`,
      name: 'services',
      value: id,
    });
    const label = Object.assign(document.createElement('label'), {
      htmlFor: input.id,
      textContent: state.tools.KIND_NAMES[id](),
    });
    div.append(input, label);
    box.append(div);
  }
}

function buildColours() {
  const box = $('colour-fields');
  for (const [name, label] of COLOURS) {
    const id = `colour-${name.slice('--advocacy-color-'.length)}`;
    const div = document.createElement('div');
    div.className = 'colour';
    div.dataset.property = name;
    const input = Object.assign(document.createElement('input'), {
      type: 'color',
      id,
      name: 'colour',
      value: defaultColour(name) ?? '#000000',
    });
    input.dataset.property = name;
    const labelElement = Object.assign(document.createElement('label'), {
      htmlFor: id,
      textContent: label,
    });
    const error = Object.assign(document.createElement('p'), {
      className: 'error-message',
      id: `${id}-error`,
      hidden: true,
    });
    div.append(labelElement, error, input);
    box.append(div);
  }
}

/** Offers each language that has a list entry and a built locale file next to the script. */
async function buildLanguages() {
  const select = $('language');
  let list = {};
  try {
    list = await json(LOCALES);
  } catch {
    return; // English only.
  }
  const built = new Set(Object.keys(state.sri.files));
  for (const [code, info] of Object.entries(list)) {
    if (
      code.startsWith('_') ||
      info.status === 'source' ||
      !built.has(`advocacy-widgets.${code}.js`)
    )
      continue;
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = `${info.name}${info.english ? ` (${info.english})` : ''}${info.status === 'draft' ? ', draft translation' : ''}`;
    select.append(option);
  }
}

// ---------- reading the form ----------

const checked = (name) =>
  [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
const value = (id) => $(id).value.trim();

/** The theme's custom properties, from the choice of look. */
function themeDeclarations(theme) {
  if (theme === 'custom') {
    return [...form.querySelectorAll('input[name="colour"]')]
      .filter(
        (input) =>
          /^#[0-9a-f]{6}$/i.test(input.value) &&
          input.value.toLowerCase() !== defaultColour(input.dataset.property),
      )
      .map((input) => [input.dataset.property, input.value.toLowerCase()]);
  }
  return state.themes[theme] ?? [];
}

/** A provider typed into the form, in our format. */
function formProvider() {
  const raw = {};
  const map = {
    name: 'provider-name',
    phone: 'provider-phone',
    textphone: 'provider-textphone',
    email: 'provider-email',
    website: 'provider-website',
    referralUrl: 'provider-referral-url',
    address: 'provider-address',
    hours: 'provider-hours',
    lastChecked: 'provider-last-checked',
  };
  for (const [field, id] of Object.entries(map)) if (value(id)) raw[field] = value(id);
  const who = checked('who-can-refer');
  if (who.length) raw.whoCanRefer = Object.fromEntries(who.map((w) => [w, true]));
  const services = checked('services');
  if (services.length) raw.services = services;
  return raw;
}

function readConfig() {
  const theme = form.querySelector('input[name="theme"]:checked').value;
  const mode = form.querySelector('input[name="providers-mode"]:checked').value;
  const source = form.querySelector('input[name="source"]:checked').value;
  const language = $('language').value;
  return {
    elements: checked('elements'),
    nation: form.querySelector('input[name="nation"]:checked').value,
    lang: language === 'en-GB' ? '' : language,
    easyRead: $('easy-read').checked,
    kiosk: $('kiosk').checked,
    headingLevel: Number($('heading-level').value),
    themeName: theme,
    theme: themeDeclarations(theme),
    mode,
    source,
    ownBase: source === 'own' ? value('base-url') : '',
    output: form.querySelector('input[name="output"]:checked').value,
  };
}

// ---------- checking ----------

/** Reads the providers with the same code the contact card runs, and what is wrong with them. */
function readProvidersFrom(config) {
  const { readProviders } = state.tools;
  const services = checked('services');
  if (config.mode === 'json') {
    const text = value('provider-json-text');
    if (!text) return { providers: [], problems: [], empty: true };
    return readProviders(text, { orukServices: services });
  }
  const raw = formProvider();
  if (Object.keys(raw).length === 0 || (Object.keys(raw).length === 1 && raw.services))
    return { providers: [], problems: [], empty: true };
  const result = readProviders(raw);
  return result;
}

function checkBase(config) {
  if (config.source !== 'own') return null;
  if (!config.ownBase) return 'Enter the address of the folder that holds the files';
  try {
    const url = new URL(config.ownBase);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    if (url.search || url.hash)
      return 'Enter the address of the folder only, without ? or # and what follows';
  } catch {
    return 'Enter the full address of the folder, starting with https://';
  }
  return null;
}

/** Every problem, each as { id (the field to go to), message, blocking }. */
function collectErrors(config, read) {
  const errors = [];
  if (config.elements.length === 0)
    errors.push({
      id: 'element-explainer',
      field: 'elements',
      message: 'Choose at least one widget',
    });
  const wantsCard = config.elements.includes('advocacy-contact-card');
  if (config.mode === 'json') {
    const fatal = read.problems.find((p) =>
      ['invalid-json', 'unknown-format', 'unreadable'].includes(p.code),
    );
    if (fatal)
      errors.push({
        id: 'provider-json-text',
        field: 'json',
        message: problemMessage(fatal, 'json'),
      });
    else if (!read.empty && read.providers.length === 0) {
      errors.push({
        id: 'provider-json-text',
        field: 'json',
        message: 'The record has no service with a name. Check that you pasted the whole record',
      });
    } else if (read.empty && wantsCard) {
      errors.push({
        id: 'provider-json-text',
        field: 'json',
        message: 'Paste the record of your local advocacy service',
      });
    }
    for (const provider of read.providers.filter((p) =>
      p.problems.some((q) => q.code === 'no-contact'),
    )) {
      errors.push({
        id: 'provider-json-text',
        field: 'json',
        message: `${provider.name} has no phone number, email address, website or referral form that we could use. Add one to the record`,
      });
    }
  } else {
    if (wantsCard && (read.empty || read.problems.some((p) => p.code === 'no-name'))) {
      errors.push({ id: 'provider-name', field: 'name', message: 'Enter the name of the service' });
    } else if (!read.empty && read.problems.some((p) => p.code === 'no-name')) {
      errors.push({ id: 'provider-name', field: 'name', message: 'Enter the name of the service' });
    }
    for (const problem of read.problems) {
      if (problem.code === 'no-name') continue;
      const id = problem.code === 'no-contact' ? 'provider-phone' : FIELD_INPUTS[problem.field];
      if (id) errors.push({ id, field: problem.field, message: problemMessage(problem, 'form') });
    }
  }
  const base = checkBase(config);
  if (base) errors.push({ id: 'base-url', field: 'base', message: base });
  for (const problem of state.contrast) {
    errors.push({
      id: `colour-${problem.text}`,
      field: `colour-${problem.text}`,
      message: problem.sentence,
      contrast: problem,
    });
  }
  return errors;
}

/** JSON problems that do not stop the code working: what was left out, and why. */
function showWarnings(config, read) {
  const box = $('provider-problems');
  box.replaceChildren();
  if (config.mode !== 'json' || read.providers.length === 0) return;
  const notes = read.problems.filter(
    (p) => !['invalid-json', 'unknown-format', 'unreadable'].includes(p.code),
  );
  const summary = document.createElement('p');
  const names = read.providers.map((p) => p.name).join(', ');
  summary.textContent = `We read ${read.providers.length === 1 ? '1 service' : `${read.providers.length} services`}: ${names}.`;
  box.append(summary);
  if (notes.length === 0) return;
  const heading = Object.assign(document.createElement('p'), {
    className: 'warning-title',
    textContent:
      notes.length === 1 ? 'We left out 1 detail:' : `We left out ${notes.length} details:`,
  });
  const list = document.createElement('ul');
  for (const note of notes)
    list.append(
      Object.assign(document.createElement('li'), { textContent: problemMessage(note, 'json') }),
    );
  box.append(heading, list);
}

function showErrors() {
  const visible = state.errors.filter(
    (e) => state.attempted || state.touched.has(e.field) || e.contrast,
  );
  // Field errors.
  for (const message of form.querySelectorAll('.error-message')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const field of form.querySelectorAll('.field--error'))
    field.classList.remove('field--error');
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'));
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  const shown = new Set();
  for (const error of visible) {
    if (shown.has(error.id)) continue;
    shown.add(error.id);
    const input = $(error.id);
    const messageId = error.field === 'elements' ? 'elements-error' : `${error.id}-error`;
    const message = $(messageId);
    if (message) {
      message.hidden = false;
      message.textContent = `Error: ${error.message}`;
      message.closest('.field, .colour')?.classList.add('field--error');
    }
    if (input && error.field !== 'elements') {
      input.setAttribute('aria-invalid', 'true');
      const described = new Set(
        (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean),
      );
      described.add(messageId);
      input.setAttribute('aria-describedby', [...described].join(' '));
    }
  }
  // The summary, after a try to copy.
  const summary = $('error-summary');
  const list = $('error-summary-list');
  list.replaceChildren();
  if (!state.attempted || state.errors.length === 0) {
    summary.hidden = true;
    return;
  }
  for (const error of state.errors) {
    const link = Object.assign(document.createElement('a'), {
      href: `#${error.id}`,
      textContent: error.message,
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      $(error.id)?.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  summary.hidden = false;
}

// ---------- preview, contrast, code ----------

async function updatePreview(body) {
  if (body === state.previewBody) return;
  state.previewBody = body;
  const preview = $('preview');
  // The text is built only from escaped values (snippet.js), and is the code the editor copies.
  preview.innerHTML = body;
  if (
    !body.includes('<advocacy-contact-card') &&
    readConfig().elements.includes('advocacy-contact-card')
  ) {
    const note = Object.assign(document.createElement('p'), {
      className: 'preview-note',
      textContent:
        'The contact card appears here when you enter the name of your local service and a way to contact it.',
    });
    preview.append(note);
  }
  await Promise.all(ELEMENTS.map((tag) => customElements.whenDefined(tag)));
  await Promise.all(
    [...preview.querySelectorAll(ELEMENTS.join(','))].map((el) => el.updateComplete),
  );
}

/** Checks the theme's contrast on a real element of the preview. */
function checkContrast() {
  const element = $('preview').querySelector(ELEMENTS.join(','));
  if (!element) {
    state.contrast = [];
    return;
  }
  state.contrast = state.tools.contrastProblems(element).map((p) => ({
    ...p,
    sentence: `${LABELS[p.text] ?? p.text} on ${(LABELS[p.background] ?? p.background).toLowerCase()} is too hard to read (contrast ${
      Math.floor(p.ratio * 100) / 100
    } to 1). Choose colours that differ more in lightness, to reach at least 4.5 to 1`,
  }));
}

function showContrast(config) {
  const box = $('contrast-result');
  let text = '';
  if (state.contrast.length === 0)
    text = config.theme.length
      ? 'Every text colour stands out enough from its background (WCAG AA).'
      : '';
  else
    text = `${state.contrast.length === 1 ? '1 colour pair is' : `${state.contrast.length} colour pairs are`} too hard to read. ${
      config.themeName === 'custom' ? 'Change the colours marked below.' : ''
    }`;
  box.classList.toggle('contrast-result--error', state.contrast.length > 0);
  if (box.textContent !== text) box.textContent = text;
}

let running = Promise.resolve();

/** Reads, checks, previews and writes the code. Runs one at a time, in order. */
function update() {
  running = running.then(updateNow, updateNow);
  return running;
}

async function updateNow() {
  const config = readConfig();
  $('custom-colours').hidden = config.themeName !== 'custom';
  $('provider-form').hidden = config.mode !== 'form';
  $('provider-json').hidden = config.mode !== 'json';
  $('own-base').hidden = config.source !== 'own';

  const read = readProvidersFrom(config);
  const base = checkBase(config);
  const snippet = buildSnippet({
    ...config,
    ownBase: base ? '' : config.ownBase,
    providers: read.providers,
    version: state.sri.version,
    integrity: state.sri.files['advocacy-widgets.js'],
    summariseHours: state.tools.summariseHours,
  });
  state.snippet = snippet;
  $('snippet').value = snippet.code;
  await updatePreview(snippet.body);
  checkContrast();
  state.errors = collectErrors(config, read);
  showWarnings(config, read);
  showErrors();
  showContrast(config);
  $('snippet-facts').textContent =
    `Version ${state.sri.version}. The integrity attribute makes the browser refuse the script if it is not exactly this version's file.`;
}

// ---------- copying ----------

async function copy() {
  await update();
  const status = $('copy-status');
  state.attempted = true;
  showErrors();
  if (state.errors.length) {
    status.textContent = '';
    $('error-summary').focus();
    return;
  }
  const text = state.snippet.code;
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    const area = $('snippet');
    area.focus();
    area.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  status.textContent = '';
  // A new text each time, so screen readers announce it again.
  setTimeout(() => {
    status.textContent = copied
      ? 'Code copied. Paste it into your page where the widgets should appear.'
      : 'Your browser did not let us copy the code. It is selected: press Ctrl and C (or Command and C on a Mac) to copy it.';
  }, 50);
}

// ---------- start ----------

async function start() {
  try {
    [state.tools, state.sri, state.tokens] = await Promise.all([
      import(new URL('tools/editor-tools.js', DIST).href),
      json(new URL('sri.json', DIST)),
      json(new URL('tools/tokens.json', DIST)),
    ]);
    for (const [name, url] of Object.entries(THEMES)) {
      const response = await fetch(url, { cache: 'no-store' });
      state.themes[name] = declarations(await response.text());
    }
  } catch (error) {
    const message = Object.assign(document.createElement('p'), {
      className: 'notice',
      textContent: `The configurator could not start: run npm start in the project, then open this page again. (${String(error)})`,
    });
    form.before(message);
    return;
  }
  buildServices();
  buildColours();
  await buildLanguages();

  let timer;
  form.addEventListener('input', (event) => {
    if (event.target.type === 'color') return; // Waits for "change": a colour picker sends many.
    clearTimeout(timer);
    timer = setTimeout(
      () => void update(),
      event.target.tagName === 'TEXTAREA' || event.target.type === 'text' ? 300 : 0,
    );
  });
  form.addEventListener('change', (event) => {
    const field = event.target.closest('[data-field]')?.dataset.field ?? event.target.name;
    state.touched.add(field);
    if (event.target.name === 'elements') state.touched.add('elements');
    if (event.target.name === 'colour')
      state.touched.add(`colour-${event.target.dataset.property.replace('--advocacy-color-', '')}`);
    // Starting your own colours from the look you had.
    if (event.target.name === 'theme' && event.target.value === 'custom') {
      const from = {
        ...Object.fromEntries(COLOURS.map(([n]) => [n, defaultColour(n)])),
        ...Object.fromEntries(state.themes[state.lastTheme ?? 'default'] ?? []),
      };
      for (const input of form.querySelectorAll('input[name="colour"]')) {
        if (/^#[0-9a-f]{6}$/i.test(from[input.dataset.property] ?? ''))
          input.value = from[input.dataset.property];
      }
    }
    if (event.target.name === 'theme') state.lastTheme = event.target.value;
    clearTimeout(timer);
    void update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', () => void copy());
  await update();
  form.dataset.state = 'ready';
}

void start();

// For tests and for curious editors: the same update the form runs.
window.advocacyConfigurator = {
  update: () => update(),
  get snippet() {
    return state.snippet;
  },
  get errors() {
    return state.errors;
  },
};
