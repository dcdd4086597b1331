/**
 * The one idle timer of a page, shared by every element in kiosk mode, so that strangers at a
 * shared screen do not see each other's answers.
 *
 * After `idle-seconds` (default 120) with no touch, click, wheel or key press anywhere on
 * the page, the first kiosk element on the page (the "leader") shows one modal "Are you still
 * there?" dialog with a countdown of `idle-countdown` seconds (default 30, never under 20:
 * WCAG 2.2.1 Timing Adjustable). "I'm still here" keeps everything; when the countdown ends,
 * every kiosk element goes back to the start ({@link clearAll}), as it does when the page is left
 * or shown again from the back/forward cache. The timer starts with the first
 * activity, and rests after a clear until someone uses the page again: an empty kiosk shows no
 * dialog.
 *
 * Time is read through an injectable {@link Clock}, so tests can move it on by hand.
 */
import type { AdvocacyElement } from '../ui/base-element.js';
import { RANGES, inRange } from '../ui/numbers.js';

/** What the idle timer needs of time. */
export interface Clock {
  /** Milliseconds, as `Date.now()`. */
  now(): number;
  /** Calls `run` after `ms` milliseconds, as `setTimeout`. */
  set(run: () => void, ms: number): unknown;
  /** Cancels what {@link Clock.set} returned. */
  clear(id: unknown): void;
}

const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export const DEFAULT_IDLE_SECONDS = RANGES['idle-seconds'].fallback;
export const MIN_IDLE_SECONDS = RANGES['idle-seconds'].min;
export const DEFAULT_COUNTDOWN_SECONDS = RANGES['idle-countdown'].fallback;
/** WCAG 2.2.1: at least 20 seconds to say "I'm still here". */
export const MIN_COUNTDOWN_SECONDS = RANGES['idle-countdown'].min;

/**
 * What a person does that shows someone is there. Not `scroll`, nor `pointermove`: the page
 * scrolls by itself (clearing scrolls to the top) and browsers send pointer moves when the page
 * moves under a resting mouse, which would wake the timer on an empty kiosk.
 */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'];

/** What the page does between two people: the elements' `reset()` and more, see {@link clearAll}. */
export type ClearHook = () => void;

let clock = REAL_CLOCK;
const members = new Set<AdvocacyElement>();
let timer: unknown;
let last = 0;
/** Someone used the page since the last clear. */
let used = false;
/** When the countdown ends, while the dialog shows; 0 otherwise. */
let deadline = 0;
let onClear: ClearHook | undefined;
let shownOn: AdvocacyElement | undefined;

/** Replaces the clock (for tests); without an argument, goes back to the real one. */
export function useClock(replacement?: Clock): void {
  clock.clear(timer);
  timer = undefined;
  clock = replacement ?? REAL_CLOCK;
  if (deadline) deadline = clock.now() + countdownSeconds() * 1000;
  schedule();
}

const warned = new WeakMap<Element, Set<string>>();

/** Whole seconds from an attribute, within its documented range; the editor is told once. */
function seconds(el: Element, name: 'idle-seconds' | 'idle-countdown'): number {
  const raw = el.getAttribute(name);
  const { value, warning } = inRange(name, raw, RANGES[name]);
  const seen = warned.get(el) ?? new Set<string>();
  if (warning && !seen.has(`${name}=${raw}`)) {
    seen.add(`${name}=${raw}`);
    warned.set(el, seen);
    console.warn(`<${el.localName}>: ${warning}`);
  }
  return value;
}

/** The shortest idle time any kiosk element asks for: the safest for privacy. */
export function idleSeconds(): number {
  const asked = [...members].map((el) => seconds(el, 'idle-seconds'));
  return asked.length ? Math.min(...asked) : DEFAULT_IDLE_SECONDS;
}

/** The longest countdown any kiosk element asks for: the kindest to the person. */
export function countdownSeconds(): number {
  const asked = [...members].map((el) => seconds(el, 'idle-countdown'));
  return asked.length ? Math.max(...asked) : DEFAULT_COUNTDOWN_SECONDS;
}

/** The element that shows the dialog: the first kiosk element still on the page. */
export function leader(): AdvocacyElement | undefined {
  // The first in the page's order, whichever registered first (packs arrive in any order).
  let leader: AdvocacyElement | undefined;
  for (const el of members) {
    if (!el.isConnected) continue;
    if (!leader || leader.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) leader = el;
  }
  return leader;
}

/** Whether the "Are you still there?" dialog is showing. */
export function warning(): boolean {
  return deadline > 0;
}

/** Whole seconds left before everything is cleared, while the dialog shows. */
export function secondsLeft(): number {
  return deadline ? Math.max(0, Math.ceil((deadline - clock.now()) / 1000)) : 0;
}

const onActivity = (): void => {
  // While the dialog shows, only its own buttons count: a stranger's touch keeps nothing.
  if (deadline) return;
  last = clock.now();
  if (!used) {
    used = true;
    schedule();
  }
};

/**
 * Leaving the page, and coming back to it with Back: the browser may keep the page, answers and
 * all, in its back/forward cache, for the next person to find. Clear on the way out, and again on
 * the way back in case the page was frozen before the clear was drawn.
 */
const onPageHide = (): void => void clearAll();
const onPageShow = (event: PageTransitionEvent): void => {
  if (event.persisted) void clearAll();
};

/** Adds a kiosk element to the page's timer. */
export function join(el: AdvocacyElement, clear: ClearHook): void {
  onClear = clear;
  if (members.has(el)) return;
  members.add(el);
  if (members.size === 1) {
    for (const type of ACTIVITY)
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
  }
  if (deadline) void show();
}

/** Takes an element out (it left the page, or lost `kiosk`); the last one out stops the timer. */
export function leave(el: AdvocacyElement): void {
  if (!members.delete(el)) return;
  if (members.size > 0) {
    if (deadline && shownOn === el) void show();
    return;
  }
  for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
  window.removeEventListener('pagehide', onPageHide);
  window.removeEventListener('pageshow', onPageShow);
  clock.clear(timer);
  timer = undefined;
  used = false;
  deadline = 0;
  shownOn = undefined;
}

function schedule(): void {
  clock.clear(timer);
  timer = undefined;
  if (!members.size) return;
  if (deadline) {
    const left = deadline - clock.now();
    if (left <= 0) {
      void clearAll();
      return;
    }
    // Wake at the next whole second, so the count on screen goes down one by one.
    timer = clock.set(tick, left % 1000 || 1000);
  } else if (used) {
    const wait = last + idleSeconds() * 1000 - clock.now();
    timer = wait > 0 ? clock.set(schedule, wait) : undefined;
    if (wait <= 0) void startCountdown();
  }
}

function tick(): void {
  leader()?.requestUpdate();
  schedule();
}

async function startCountdown(): Promise<void> {
  deadline = clock.now() + countdownSeconds() * 1000;
  schedule();
  await show();
}

function dialogOf(el: AdvocacyElement | undefined): HTMLDialogElement | null {
  return el?.renderRoot.querySelector<HTMLDialogElement>('dialog.idle') ?? null;
}

/** Opens the dialog on the leader, as a modal, with focus on "I'm still here". */
async function show(): Promise<void> {
  const el = leader();
  if (shownOn && shownOn !== el) dialogOf(shownOn)?.close();
  shownOn = el;
  if (!el) return;
  el.requestUpdate();
  await el.updateComplete;
  const dialog = dialogOf(el);
  if (!dialog || !deadline || !dialog.isConnected) return;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLElement>('.stay')?.focus();
}

function hide(): void {
  deadline = 0;
  const dialog = dialogOf(shownOn);
  shownOn = undefined;
  if (dialog?.open) dialog.close();
}

/** "I'm still here": closes the dialog, keeps everything, and starts the idle time again. */
export function stillHere(): void {
  hide();
  last = clock.now();
  used = true;
  schedule();
  leader()?.requestUpdate();
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Between two people, at once ("Finish and clear") or when the countdown ends: closes the dialog,
 * stops reading aloud, resets every kiosk element (the quiz's answers, the explainer's open
 * sections, open "Where does this come from?"), forgets the language the person chose, takes
 * focus off and scrolls to the top. Each element fires `advocacy-kiosk-reset`.
 */
export async function clearAll(): Promise<void> {
  hide();
  clock.clear(timer);
  timer = undefined;
  used = false;
  window.speechSynthesis?.cancel();
  onClear?.();
  const all = [...members];
  for (const el of all) {
    el.reset();
    for (const details of el.renderRoot.querySelectorAll('details')) details.open = false;
  }
  await Promise.all(all.map((el) => el.updateComplete));
  (deepActive() as HTMLElement | null)?.blur?.();
  window.scrollTo(0, 0);
  for (const el of all) {
    el.dispatchEvent(new CustomEvent('advocacy-kiosk-reset', { bubbles: true, composed: true }));
  }
}
