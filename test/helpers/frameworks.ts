/** The real GOV.UK Frontend and NHS.UK frontend stylesheets, from their npm packages. */
export const GOVUK_CSS = '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css';
export const NHSUK_CSS = '/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend-10.6.1.min.css';

/**
 * A framework's real stylesheet, without its @font-face rules: GDS Transport and Frutiger are
 * licensed for GOV.UK and NHS sites only, and the fallbacks their pages then use are what we test.
 */
export async function frameworkCss(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.text()).replace(/@font-face\{[^}]*\}/g, '');
}

/** Adds a stylesheet (a framework's URL, or CSS text) to the page; returns how to take it away. */
export async function withStyles(source: string): Promise<() => void> {
  const node = document.createElement('style');
  node.textContent = source.startsWith('/') ? await frameworkCss(source) : source;
  document.head.append(node);
  return () => node.remove();
}
