/* global window, document, location, customElements */
// Drives the kiosk page in a window of its own (test/hostile/bfcache.test.ts): answers the first
// question, leaves for another page that presses Back, and reports what the quiz shows when the
// browser brings the page back, through localStorage (a window opened with noopener has no
// other way to talk, and an opener or a BroadcastChannel would keep the page out of the cache).
(function drive() {
  const key = `advocacy-bfcache:${new URLSearchParams(location.search).get('run')}`;
  const report = (entry) => {
    const list = JSON.parse(localStorage.getItem(key) || '[]');
    list.push(entry);
    localStorage.setItem(key, JSON.stringify(list));
  };
  const quiz = document.querySelector('advocacy-quiz');
  const state = () => {
    const root = quiz.shadowRoot;
    const input = root && root.querySelector('fieldset input');
    return {
      step: input ? input.name : 'none',
      checked: root ? root.querySelectorAll('input:checked').length : 0,
    };
  };
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    // What the next person sees once the page is drawn again.
    window.setTimeout(() => {
      quiz.updateComplete.then(() => {
        report({ event: 'restored', ...state() });
        window.close();
      });
    }, 100);
  });
  window.addEventListener('load', async () => {
    await customElements.whenDefined('advocacy-quiz');
    await quiz.ready;
    await quiz.updateComplete;
    const first = state().step;
    quiz.shadowRoot.querySelector('fieldset input').click();
    quiz.shadowRoot.querySelector('button[type="submit"]').click();
    await quiz.updateComplete;
    quiz.shadowRoot.querySelector('fieldset input').click();
    await quiz.updateComplete;
    report({ event: 'answered', first, ...state() });
    window.setTimeout(() => {
      location.href = 'bfcache-away.html';
    }, 100);
  });
})();
