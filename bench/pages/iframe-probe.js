(() => {
  const bench = (window.__bench = { longTasks: [], shifts: 0, fcp: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (document.currentScript && document.currentScript.dataset.mode === 'static') {
    // Static HTML: the content is there at first paint.
    bench.ready = new Promise((resolve) => {
      window.addEventListener('load', () =>
        requestAnimationFrame(() => {
          bench.allRendered = bench.fcp ?? performance.now();
          resolve();
        }),
      );
    });
    return;
  }
  bench.ready = new Promise((resolve) => {
    window.addEventListener('message', (event) => {
      if (!event.data || !event.data.benchFrame) return;
      bench.allRendered = event.data.at - performance.timeOrigin;
      resolve();
    });
  });
})();
