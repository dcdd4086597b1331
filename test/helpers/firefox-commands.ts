/**
 * '@web/test-runner-commands' as the tests see it in Firefox (see scripts/wtr-firefox.mjs):
 * everything passes through, except the commands that need the Chrome DevTools Protocol, which
 * Firefox does not speak. A test that calls one of them is skipped there, with the reason.
 */
import { skipTest } from './engine.js';

export * from '@web/test-runner-commands';

export function a11ySnapshot(_options: unknown): Promise<never> {
  return Promise.resolve().then(() =>
    skipTest(
      'the accessibility tree is read with the Chrome DevTools Protocol, which Firefox does not have',
    ),
  );
}

export function emulateMedia(_options: unknown): Promise<never> {
  return Promise.resolve().then(() =>
    skipTest(
      'print media is emulated with the Chrome DevTools Protocol, which Firefox does not have',
    ),
  );
}
