// The package's browser bundle (its other entry needs CommonJS modules the test runner does not
// convert) has the same API as its main entry, which carries the types.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
