// Names every skipped test at the end of a run, so that a test skipped in one browser (with its
import { relative } from 'node:path';
// reason in its title) is never skipped silently.
function collect(results, path, out) {
  for (const test of results?.tests ?? [])
    if (test.skipped) out.push([...path, test.name].join(' > '));
  for (const suite of results?.suites ?? []) collect(suite, [...path, suite.name], out);
}

export function skipReporter() {
  return {
    stop({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        const skipped = [];
        collect(session.testResults, [], skipped);
        for (const name of skipped)
          lines.push(
            `  ${session.browser.name}: ${relative(process.cwd(), session.testFile)}: ${name}`,
          );
      }
      if (lines.length > 0) console.log(`\nSkipped, with the reason:\n${lines.join('\n')}`);
    },
  };
}
