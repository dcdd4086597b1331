import { expect } from '@open-wc/testing';
import {
  addScript,
  openHostPage,
  until,
  widgetsIn,
  type HostPage,
  type HostWindow,
  type Widget,
} from '../helpers/frame.js';
import { quizStep, walkQuiz } from '../helpers/journey.js';

// Host pages add and remove content with innerHTML whenever they like (CMS previews, tabs,
// single-page apps). Our elements must cope with arriving after the script, and with leaving in
// the middle of a quiz or of a slow `src` load: no error, and no timer or listener of ours left
// behind on the window or the document.

const OURS = '/dist/advocacy-widgets';

interface Watch {
  /** Timers and intervals that our script set and that have neither run nor been cleared. */
  timers: Map<number, { delay: number; interval: boolean }>;
  /** Listeners that our script added to the window or the document and has not removed. */
  listeners: { target: string; type: string }[];
  warnings: string[];
}

/** Wraps the frame's timers, listeners and console.warn, noting what our script does with them. */
function watch(win: HostWindow): Watch {
  const out: Watch = { timers: new Map(), listeners: [], warnings: [] };
  const ours = () => (new Error().stack ?? '').includes(OURS);
  const added: { target: EventTarget; type: string; listener: unknown; capture: boolean }[] = [];

  type Handler = (...values: unknown[]) => void;
  interface Timers {
    setTimeout(handler: Handler, delay?: number, ...args: unknown[]): number;
    setInterval(handler: Handler, delay?: number, ...args: unknown[]): number;
    clearTimeout(id?: number): void;
    clearInterval(id?: number): void;
  }
  const timers = win as unknown as Timers;
  const set = timers.setTimeout.bind(win);
  const every = timers.setInterval.bind(win);
  const clear = timers.clearTimeout.bind(win);
  const stop = timers.clearInterval.bind(win);
  timers.setTimeout = (handler, delay, ...args) => {
    const mine = ours();
    const id = set(
      (...values: unknown[]) => {
        out.timers.delete(id);
        if (typeof handler === 'function') handler(...values);
      },
      delay,
      ...args,
    );
    if (mine) out.timers.set(id, { delay: delay ?? 0, interval: false });
    return id;
  };
  timers.setInterval = (handler, delay, ...args) => {
    const id = every(handler, delay, ...args);
    if (ours()) out.timers.set(id, { delay: delay ?? 0, interval: true });
    return id;
  };
  timers.clearTimeout = (id) => {
    if (id !== undefined) out.timers.delete(id);
    clear(id);
  };
  timers.clearInterval = (id) => {
    if (id !== undefined) out.timers.delete(id);
    stop(id);
  };

  const proto = win.EventTarget.prototype;
  type Listen = (this: EventTarget, type: string, listener: unknown, options?: unknown) => void;
  const add = Object.getOwnPropertyDescriptor(proto, 'addEventListener')!.value as Listen;
  const remove = Object.getOwnPropertyDescriptor(proto, 'removeEventListener')!.value as Listen;
  const capture = (options: unknown) =>
    typeof options === 'boolean'
      ? options
      : Boolean((options as { capture?: boolean } | undefined)?.capture);
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    if ((this === win || this === win.document) && ours())
      added.push({ target: this, type, listener, capture: capture(options) });
    add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    const i = added.findIndex(
      (l) =>
        l.target === this &&
        l.type === type &&
        l.listener === listener &&
        l.capture === capture(options),
    );
    if (i >= 0) added.splice(i, 1);
    remove.call(this, type, listener, options);
  };
  Object.defineProperty(out, 'listeners', {
    get: () =>
      added.map((l) => ({ target: l.target === win ? 'window' : 'document', type: l.type })),
  });

  const warn = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    out.warnings.push(args.map(String).join(' '));
    warn.apply(win.console, args);
  };
  return out;
}

const PROVIDERS = JSON.stringify({
  providers: [
    {
      name: 'Example Advocacy',
      phone: '0300 123 4567',
      services: ['imha', 'imca', 'care-act', 'community', 'group', 'self', 'peer'],
    },
  ],
});

const CONTENT = `
  <advocacy-explainer open="imha" nation="wales"></advocacy-explainer>
  <advocacy-quiz nation="wales"><script type="application/json">${PROVIDERS}</script></advocacy-quiz>
  <advocacy-contact-card name="Example Advocacy Service" phone="0300 123 4567" hours="Mon-Sun 9:00-17:00"></advocacy-contact-card>
  <advocacy-contact-card src="providers.json?delay=1500" timeout="8000"><p>Call 0300 123 4567.</p></advocacy-contact-card>`;

/** Every event a left-behind listener could hear, sent to the window and the document. */
function disturb(win: HostWindow): void {
  for (const type of [
    'hashchange',
    'popstate',
    'beforeprint',
    'afterprint',
    'resize',
    'focus',
    'blur',
    'pageshow',
  ]) {
    win.dispatchEvent(new win.Event(type));
  }
  win.dispatchEvent(
    new win.CustomEvent('lit-localize-status', {
      detail: { status: 'ready', readyLocale: 'en-GB' },
    }),
  );
  win.document.dispatchEvent(new win.Event('visibilitychange'));
  win.location.hash = '#advocacy-imca';
}

describe('elements added with innerHTML after the script, and removed mid-journey', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  async function start(): Promise<{ page: HostPage; watched: Watch; main: HTMLElement }> {
    page = await openHostPage('/test/hostile/pages/blank.html');
    const watched = watch(page.window);
    await addScript(page, '/dist/advocacy-widgets.js');
    const main = page.document.querySelector('main')!;
    main.innerHTML = CONTENT;
    return { page, watched, main };
  }

  it('works when added after load, and leaves nothing behind when removed mid-quiz and mid-load', async () => {
    const { page, watched, main } = await start();
    const [quiz] = widgetsIn(page, 'advocacy-quiz');
    const [explainer] = widgetsIn(page, 'advocacy-explainer');
    const [card, slow] = widgetsIn(page, 'advocacy-contact-card');
    await until(
      () => explainer.shadowRoot?.querySelector('#toggle-imha[aria-expanded="true"]'),
      'the explainer renders',
    );
    await until(
      () => card.shadowRoot?.querySelector('.open-now'),
      'the card shows whether it is open',
    );
    expect(
      [...watched.timers.values()].some((t) => t.delay > 1000),
      'the card keeps its "open now" line up to date',
    ).to.equal(true);
    expect(watched.listeners.map((l) => l.type)).to.include('hashchange');

    const steps = await walkQuiz(quiz, { before: (_step, number) => number < 3 });
    expect(steps).to.have.length(2);
    expect(
      slow.shadowRoot!.querySelector('slot'),
      'the slow card shows its fallback while it loads',
    ).to.exist;

    main.innerHTML = '';
    await until(
      () => [...watched.timers.values()].every((t) => t.delay <= 1000),
      'long timers are cleared',
    );
    expect(watched.listeners, 'listeners left on the window or document').to.deep.equal([]);
    expect(
      [...watched.timers.values()].filter((t) => t.interval),
      'intervals left running',
    ).to.deep.equal([]);
    disturb(page.window);
    // Short timers may finish their work; then nothing of ours is waiting.
    await until(
      () => watched.timers.size === 0,
      'every timer of ours has run or been cleared',
      3000,
    );
    await new Promise((r) => setTimeout(r, 1700)); // past the slow file's answer
    expect(page.log.errors).to.deep.equal([]);
    expect(
      watched.warnings.filter((w) => w.includes('could not load')),
      'no false alarm about a file nobody waits for',
    ).to.deep.equal([]);
  });

  it('carries on where the person was when put back, and loads a src that was cut short', async () => {
    const { page, main } = await start();
    const [quiz] = widgetsIn(page, 'advocacy-quiz');
    const [, slow] = widgetsIn(page, 'advocacy-contact-card');
    const steps = await walkQuiz(quiz, { before: (_step, number) => number < 3 });
    const where = quizStep(quiz);
    expect(where).to.not.equal(steps[0]);

    // Moved elsewhere on the page (as a script that rearranges the page would), mid-journey.
    const aside = page.document.createElement('aside');
    page.document.body.append(aside);
    aside.append(quiz, slow);
    await quiz.updateComplete;
    expect(quizStep(quiz), 'the same question').to.equal(where);
    const rest = await walkQuiz(quiz);
    expect(rest.at(-1)).to.equal('result');
    await until(
      () => slow.shadowRoot!.textContent?.includes('Sampleton Advocacy Hub'),
      'the moved card loads its file',
      5000,
    );
    expect(main.isConnected).to.equal(true);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('throws nothing when removed before its packs arrive', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html');
    await addScript(page, '/dist/advocacy-widgets.js');
    const main = page.document.querySelector('main')!;
    main.innerHTML = '<advocacy-quiz></advocacy-quiz><advocacy-explainer></advocacy-explainer>';
    const widgets: Widget[] = widgetsIn(page, 'advocacy-quiz, advocacy-explainer');
    main.innerHTML = '';
    await Promise.all(widgets.map((w) => Promise.resolve(w.ready)));
    main.append(...widgets);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(quizStep(widgets[0])).to.not.equal('loading');
    expect(widgets[1].shadowRoot!.querySelector('#toggle-imha')).to.exist;
    expect(page.log.errors).to.deep.equal([]);
  });
});
