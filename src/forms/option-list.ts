/**
 * `<select>…${optionList(options, value)}</select>`: a menu's options, made with `new Option()` in the
 * browser rather than as Lit template parts. A prefecture menu has 47 options; as one template it had
 * 141 parts (each value, flag and label) for Lit to prepare and fill: 2.1 ms of script in a page's cold
 * first render, against 0.5 ms for the same options made directly (issue 17; medians of 25 page loads).
 *
 * Later renders make the options again only when their values or labels changed (another country's
 * regions, a change of language: the answer stays chosen), and otherwise set the menu's choice when the
 * answer changed (a restored draft, "Clear answers"); with no answer, the menu shows its first option, the
 * placeholder before these. On the server, and when hydrating the server's markup,
 * the options are a template (`render()`): Lit SSR writes it and hydration takes it over.
 */
import { html, noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { Option } from './model.js';

class OptionList extends Directive {
  /** The options (values and labels) this menu shows, made by `update()`; undefined before its first update. */
  #shown?: string;
  /** After hydrating: the server's options stay template parts. */
  #template = false;

  render(options: readonly Option[], value: string) {
    return options.map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`);
  }

  override update(part: ChildPart, [options, value]: [readonly Option[], string]) {
    // Nodes already between the part's markers at its first update: the server's, being hydrated.
    if ((this.#template ||= this.#shown === undefined && part.startNode?.nextSibling !== part.endNode)) return this.render(options, value);
    const shown = JSON.stringify(options);
    if (shown !== this.#shown) {
      this.#shown = shown;
      const fragment = document.createDocumentFragment();
      for (const [v, label] of options) fragment.append(new Option(label, v, false, v === value));
      return fragment;
    }
    const select = part.parentNode as HTMLSelectElement;
    if (select.value !== value) {
      select.value = value;
      // An answer the menu does not offer (an old draft): the first option, the placeholder.
      if (select.selectedIndex < 0) select.selectedIndex = 0;
    }
    return noChange;
  }
}

export const optionList = directive(OptionList);
