import { expect } from '@open-wc/testing';
import '../../src/index.js';

// An element removed from the page must leave nothing behind that keeps it alive. The benchmark
// found one: "Listen" waits for the browser's voices, and an update that ran after removal left
// its listener on speechSynthesis, so 500 mount/unmount cycles kept 40 MB.
describe('removed elements leave no listeners behind', () => {
  it('leaves no voiceschanged listener on speechSynthesis, even when removed before its packs arrive', async () => {
    const synth = window.speechSynthesis;
    const live = new Set<unknown>();
    const add = synth.addEventListener.bind(synth);
    const remove = synth.removeEventListener.bind(synth);
    synth.addEventListener = ((type: string, listener: EventListener, options?: unknown) => {
      if (type === 'voiceschanged') live.add(listener);
      add(type, listener, options as AddEventListenerOptions);
    }) as typeof synth.addEventListener;
    synth.removeEventListener = ((type: string, listener: EventListener, options?: unknown) => {
      if (type === 'voiceschanged') live.delete(listener);
      remove(type, listener, options as EventListenerOptions);
    }) as typeof synth.removeEventListener;
    try {
      const elements: (HTMLElement & { ready?: Promise<void>; updateComplete: Promise<boolean> })[] = [];
      for (let i = 0; i < 10; i += 1) {
        const box = document.createElement('div');
        box.innerHTML = `<advocacy-explainer></advocacy-explainer><advocacy-quiz></advocacy-quiz>
          <advocacy-contact-card name="A" phone="0300 123 4567"></advocacy-contact-card>`;
        document.body.append(box);
        elements.push(...(box.children as unknown as typeof elements));
        box.remove();
      }
      for (const el of elements) {
        await el.ready;
        await el.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(live.size).to.equal(0);
    } finally {
      synth.addEventListener = add;
      synth.removeEventListener = remove;
    }
  });
});
