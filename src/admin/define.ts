/** The staff pages' entry (dist/admin/admin.js): registers <sc-admin>. */
import { ScAdmin } from './sc-admin.js';

if (!customElements.get('sc-admin')) customElements.define('sc-admin', ScAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'sc-admin': ScAdmin;
  }
}
