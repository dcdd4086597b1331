import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `sudo apt-get install -y chromium` or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROMIUM_ARGS } })],
  reporters: [defaultReporter(), countReporter()],
};
