// A host page's own component, written with Lit 2 (the npm package lit@2, installed as "lit-2"),
// loaded before our drop-in script with its own Lit 3 inside.
import { LitElement, css, html } from 'lit-2';

class HostCounter extends LitElement {
  static override styles = css`
    button {
      font: inherit;
      min-height: 44px;
    }
  `;

  static override properties = { count: { type: Number } };

  count = 0;

  override render() {
    return html`<button type="button" @click=${() => (this.count += 1)}>
      Pressed ${this.count} times
    </button>`;
  }
}

customElements.define('host-counter', HostCounter);
