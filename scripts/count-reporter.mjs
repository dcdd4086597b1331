// Ends the run with one plain line, "tests: N passed, N failed", that any CI can read.
function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && !session.testResults) totals.failed += 1;
      }
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
