// Records, in the page, when each element has rendered and what the page went through.
(() => {
  const bench = (window.__bench = { rendered: {}, longTasks: [], shifts: 0, fcp: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const names = ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card'];
  bench.ready = Promise.all(
    names.map(async (name) => {
      await customElements.whenDefined(name);
      const el = document.querySelector(name);
      // Explainer and quiz load their packs first: count the render that shows the content.
      if (el && el.ready) await el.ready;
      if (el && el.updateComplete) await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      bench.rendered[name] = performance.now();
    }),
  ).then(() => {
    bench.allRendered = Math.max(...Object.values(bench.rendered));
    if (window.parent !== window) {
      window.parent.postMessage({ benchFrame: true, at: performance.timeOrigin + bench.allRendered }, '*');
    }
  });
})();
