// A host page's own Lit component, with its own copy of Lit.
import { LitElement, html } from 'lit';

customElements.define(
  'host-widget',
  class extends LitElement {
    render() {
      return html`<p>host widget works</p>`;
    }
  },
);
