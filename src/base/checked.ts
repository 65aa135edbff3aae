/**
 * `<input ?checked=${on} ${checkedState(on)}>`: a checkbox or radio that shows the
 * answer, also before the script runs and after the reader has clicked it.
 *
 * `?checked` gives the server-rendered HTML (Lit SSR) and the first paint the right
 * state; the directive then keeps the `checked` property in step, which the attribute no
 * longer does once the reader has clicked the box (a restored draft, "Clear answers").
 * A `.checked=${on}` binding would do the second but not the first: Lit SSR writes it as
 * `checked="false"`, which ticks the box. Element directives do not run on the server.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CheckedState extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('checkedState() goes inside an <input> tag');
  }

  render(_checked: boolean): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [checked]: [boolean]): typeof noChange {
    const input = part.element as HTMLInputElement;
    if (input.checked !== checked) input.checked = checked;
    return noChange;
  }
}

export const checkedState = directive(CheckedState);
