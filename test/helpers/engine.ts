/** Which browser engine runs the tests, and how a test that cannot run in it is skipped. */
export const IN_FIREFOX = /\bFirefox\//.test(navigator.userAgent);

let current: Mocha.Test | undefined;

// Registered at the root, so it runs before every test of the file that imports this helper.
beforeEach(function () {
  current = this.currentTest;
});

/**
 * Skips the running test here, never silently: the reason goes into the test's name, and the
 * run ends with the list of skipped tests (scripts/skip-reporter.mjs).
 */
export function skipTest(reason: string): never {
  if (!current) throw new Error(`Cannot skip outside a test: ${reason}`);
  const engine = IN_FIREFOX ? 'Firefox' : 'this browser';
  current.title = `${current.title} [skipped in ${engine}: ${reason}]`;
  return current.skip();
}
