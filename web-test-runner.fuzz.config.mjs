// npm run fuzz: the full provider-file fuzzing (10,000 files), which takes many minutes, so it is
// not part of npm test. WTR_BROWSER=firefox runs it in Firefox.
import config from './web-test-runner.config.mjs';

export default {
  ...config,
  files: ['test/fuzz/providers-full.fuzz.ts'],
  testsFinishTimeout: 3 * 60 * 60 * 1000,
};
