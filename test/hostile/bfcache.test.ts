import { expect } from '@open-wc/testing';
import { until } from '../helpers/frame.js';

// A kiosk page must not keep one person's answers for the next: not even when someone else
// presses Back and the browser restores the page from its back/forward cache. The page runs in a
// window of its own (a frame is never kept in that cache) that drives itself and reports through
// localStorage: test/hostile/pages/bfcache-kiosk.js. Needs npm run build.

interface Entry {
  event: 'answered' | 'restored';
  first?: string;
  step: string;
  checked: number;
}

describe('a kiosk page and the back/forward cache', () => {
  it('shows the next person the first question, with nothing ticked, after Back', async function () {
    this.timeout(20000);
    const run = Math.random().toString(36).slice(2);
    const key = `advocacy-bfcache:${run}`;
    const entries = (): Entry[] => JSON.parse(localStorage.getItem(key) ?? '[]') as Entry[];
    try {
      window.open(`/test/hostile/pages/bfcache-kiosk.html?run=${run}`, '_blank', 'noopener');
      await until(() => entries().some((e) => e.event === 'answered'), 'the person answered', 10000);
      const answered = entries().find((e) => e.event === 'answered')!;
      expect(answered.step, 'the person got past the first question').to.not.equal(answered.first);
      expect(answered.checked, 'and ticked an answer').to.equal(1);
      const restored = await until(
        () => entries().find((e) => e.event === 'restored'),
        'the page came back from the back/forward cache (a reload would prove nothing)',
        8000,
      );
      expect(restored.step, 'back at the first question').to.equal(answered.first);
      expect(restored.checked, 'nothing ticked').to.equal(0);
    } finally {
      localStorage.removeItem(key);
    }
  });
});
