/**
 * Watches a host page's window for everything that could take information off the page or keep
 * it: every request (the browser's own resource timing, and the APIs that make requests,
 * wrapped), cookies, Web Storage, IndexedDB, the Cache API, service workers and history.
 * Install it before the script under test loads.
 */
import type { HostWindow } from '../helpers/frame.js';

export interface PrivacyReport {
  /** Every URL requested, as resource timing saw it (from the moment of install). */
  resources: string[];
  /** Every request made through a wrapped API: `api url`. */
  calls: string[];
  cookieWrites: string[];
  storageWrites: string[];
  indexedDbOpens: string[];
  historyWrites: string[];
  before: Snapshot;
  after: Snapshot;
}

interface Snapshot {
  cookie: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDb: string[];
  caches: string[];
  href: string;
  historyLength: number;
  serviceWorkers: number;
}

async function snapshot(win: HostWindow): Promise<Snapshot> {
  const keys = (storage: Storage) =>
    Object.keys(storage)
      .map((k) => `${k}=${storage.getItem(k)}`)
      .sort();
  const databases = win.indexedDB.databases
    ? (await win.indexedDB.databases()).map((d) => d.name ?? '').sort()
    : [];
  const caches = 'caches' in win ? (await win.caches.keys()).sort() : [];
  const workers = win.navigator.serviceWorker
    ? (await win.navigator.serviceWorker.getRegistrations()).length
    : 0;
  return {
    cookie: win.document.cookie,
    localStorage: keys(win.localStorage),
    sessionStorage: keys(win.sessionStorage),
    indexedDb: databases,
    caches,
    href: win.location.href,
    historyLength: win.history.length,
    serviceWorkers: workers,
  };
}

/** Replaces `object[key]` with a function that records its call, then does what it did. */
function spyOn(object: object, key: string, record: (args: unknown[]) => void): void {
  const target = object as Record<string, unknown>;
  const original = target[key] as ((...args: unknown[]) => unknown) | undefined;
  if (typeof original !== 'function') return;
  target[key] = function (this: unknown, ...args: unknown[]) {
    record(args);
    return original.apply(this, args);
  };
}

/** Wraps a property setter of a prototype so that each value set is recorded. */
function spySetter(proto: object, key: string, record: (value: unknown) => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(proto, key);
  if (!descriptor?.set) return;
  Object.defineProperty(proto, key, {
    ...descriptor,
    set(this: unknown, value: unknown) {
      record(value);
      descriptor.set!.call(this, value);
    },
  });
}

/** Wraps a constructor on the window so that each `new` is recorded with its first argument. */
function spyConstructor(win: HostWindow, key: string, record: (args: unknown[]) => void): void {
  const target = win as unknown as Record<string, unknown>;
  const Original = target[key] as (new (...args: unknown[]) => object) | undefined;
  if (typeof Original !== 'function') return;
  target[key] = new Proxy(Original, {
    construct(Target, args: unknown[], newTarget) {
      record(args);
      return Reflect.construct(Target, args, newTarget) as object;
    },
  });
}

export async function observePrivacy(win: HostWindow): Promise<() => Promise<PrivacyReport>> {
  const before = await snapshot(win);
  const since = win.performance.now();
  const resources: string[] = [];
  const observer = new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= since) resources.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: true });

  const calls: string[] = [];
  const call = (api: string) => (args: unknown[]) => {
    const first = args[0];
    calls.push(`${api} ${first instanceof win.Request ? first.url : String(first)}`);
  };
  spyOn(win, 'fetch', call('fetch'));
  spyOn(win.XMLHttpRequest.prototype, 'open', (args) => calls.push(`xhr ${String(args[1])}`));
  spyOn(win.navigator, 'sendBeacon', call('sendBeacon'));
  spyOn(win, 'open', call('window.open'));
  for (const name of [
    'WebSocket',
    'EventSource',
    'Worker',
    'SharedWorker',
    'BroadcastChannel',
    'RTCPeerConnection',
  ]) {
    spyConstructor(win, name, call(name));
  }
  const elements: [string, string][] = [
    ['HTMLImageElement', 'src'],
    ['HTMLImageElement', 'srcset'],
    ['HTMLScriptElement', 'src'],
    ['HTMLLinkElement', 'href'],
    ['HTMLIFrameElement', 'src'],
    ['HTMLSourceElement', 'src'],
    ['HTMLMediaElement', 'src'],
    ['HTMLEmbedElement', 'src'],
    ['HTMLObjectElement', 'data'],
  ];
  for (const [type, key] of elements) {
    const proto = (win as unknown as Record<string, { prototype: object } | undefined>)[type]
      ?.prototype;
    if (proto) spySetter(proto, key, (value) => calls.push(`${type}.${key} ${String(value)}`));
  }
  // Attributes that make an element load something (a link's href does not, until followed).
  const loading = new Set([
    'img',
    'script',
    'link',
    'iframe',
    'source',
    'video',
    'audio',
    'embed',
    'object',
    'track',
  ]);
  const setAttribute = Object.getOwnPropertyDescriptor(win.Element.prototype, 'setAttribute')!
    .value as Element['setAttribute'];
  win.Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (loading.has(this.localName) && /^(src|srcset|href|data|poster)$/i.test(name)) {
      calls.push(`<${this.localName} ${name}> ${value}`);
    }
    setAttribute.call(this, name, value);
  };
  // Following a link leaves the page: the only one we may follow is a "Save contact" blob.
  const anchorClick = Object.getOwnPropertyDescriptor(win.HTMLElement.prototype, 'click')!
    .value as HTMLElement['click'];
  win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    calls.push(`a.click ${this.href}`);
    anchorClick.call(this);
  };

  const cookieWrites: string[] = [];
  spySetter(win.Document.prototype, 'cookie', (value) => cookieWrites.push(String(value)));
  const cookieStore = (win as unknown as { cookieStore?: object }).cookieStore;
  if (cookieStore) {
    spyOn(Object.getPrototypeOf(cookieStore) as object, 'set', (args) =>
      cookieWrites.push(`cookieStore.set ${JSON.stringify(args)}`),
    );
  }

  const storageWrites: string[] = [];
  for (const method of ['setItem', 'removeItem', 'clear']) {
    spyOn(win.Storage.prototype, method, (args) =>
      storageWrites.push(`${method} ${JSON.stringify(args)}`),
    );
  }
  const indexedDbOpens: string[] = [];
  for (const method of ['open', 'deleteDatabase']) {
    spyOn(win.IDBFactory.prototype, method, (args) =>
      indexedDbOpens.push(`${method} ${String(args[0])}`),
    );
  }
  if ('caches' in win)
    spyOn(win.CacheStorage.prototype, 'open', (args) =>
      storageWrites.push(`caches.open ${String(args[0])}`),
    );
  if (win.navigator.serviceWorker) {
    spyOn(Object.getPrototypeOf(win.navigator.serviceWorker) as object, 'register', (args) =>
      calls.push(`serviceWorker ${String(args[0])}`),
    );
  }
  const historyWrites: string[] = [];
  for (const method of ['pushState', 'replaceState']) {
    spyOn(win.History.prototype, method, (args) =>
      historyWrites.push(`${method} ${String(args[2])}`),
    );
  }

  return async () => {
    await new Promise((r) => setTimeout(r, 50));
    for (const entry of observer.takeRecords())
      if (entry.startTime >= since) resources.push(entry.name);
    observer.disconnect();
    const after = await snapshot(win);
    return {
      resources,
      calls,
      cookieWrites,
      storageWrites,
      indexedDbOpens,
      historyWrites,
      before,
      after,
    };
  };
}
