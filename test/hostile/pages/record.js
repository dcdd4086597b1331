/* global window, document */
// Loaded first by every hostile host page, as an external script (so that a strict CSP allows it):
// records what reaches the page's error handlers and every CSP or Trusted Types violation, for
// the test that opened the page in a frame to read.
(function record() {
  const log = { errors: [], violations: [] };
  window.hostilePage = log;
  window.addEventListener('error', (event) => {
    const stack = event.error && event.error.stack;
    log.errors.push(stack ? `${event.message}\n${stack}` : String(event.message));
  });
  window.addEventListener('unhandledrejection', (event) => {
    log.errors.push(
      `unhandled rejection: ${String((event.reason && event.reason.stack) || event.reason)}`,
    );
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    log.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
})();
