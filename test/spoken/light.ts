/**
 * The Virtual Screen Reader (@guidepup/virtual-screen-reader 0.33) builds its tree from
 * `childNodes` and does not enter shadow roots (guidepup/virtual-screen-reader#182), while
 * browsers give assistive technology the flattened tree. So, imported before the elements, this
 * makes every advocacy element defined on the page render its real template into light DOM:
 * what is spoken is what the element renders; only the styles (not read aloud) are left out.
 */
const define = customElements.define.bind(customElements);

customElements.define = (name, constructor, options) => {
  if (!name.startsWith('advocacy-')) return define(name, constructor, options);
  const Base = constructor;
  class Light extends Base {
    /** Where the kiosk pack adds its styles to a shadow root; kept, and not applied, here. */
    adoptedStyleSheets: CSSStyleSheet[] = [];

    protected createRenderRoot(): HTMLElement {
      return this;
    }
  }
  return define(name, Light, options);
};
