import type { EasyReadModule, EligibilityModule, KnowledgeModule } from '../packs/load.js';

/**
 * Packs that have arrived, so an element made later renders its content at once instead of a
 * "Loading" line first (which would move the host page). The prerenderer fills it before it
 * renders, the way the packs fill it in the browser.
 */
export const arrived: {
  knowledge?: KnowledgeModule;
  eligibility?: EligibilityModule;
  easyRead?: EasyReadModule;
} = {};

type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a new task, so that each element's first render is a task of its own and the
 * browser can paint and answer input in between. A message channel, not setTimeout: no 4 ms
 * clamp, and it still runs in a background tab.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
