/**
 * Repeating groups ("Add another"), as the Ministry of Justice frontend does
 * them: numbered items, adding focuses the new item's first field, removing
 * focuses the group heading; a group may keep a minimum of items.
 */
import { html, nothing } from 'lit';
import { items } from './check.js';
import { newKey } from './draft-keys.js';
import { renderField, type FieldContext } from './fields.js';
import { heading } from './heading.js';
import type { Group } from './model.js';
import { pathToId } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'values' | 'errors' | 'headingLevel' | 'set' | 'files' | 'focusAfterRender'>;

export function renderGroup(host: Host, group: Group, ctx: FieldContext) {
  const list = items(host.values, group);
  const id = pathToId(group.name);
  return html`
    <div class="group" part="group">
      ${heading(`${id}-heading`, group.heading, host.headingLevel + 1, true)}
      ${group.hint ? html`<p class="hint">${group.hint}</p>` : nothing}
      ${list.map(
        (_, i) => html`
          <fieldset class="item">
            <legend>${group.itemHeading(i + 1)}</legend>
            ${group.fields.map((field) => renderField(field, `${group.name}.${i}.${field.name}`, ctx))}
            ${list.length > (group.min ?? 0) ?
              html`<button type="button" class="secondary" part="button" @click=${() => removeItem(host, group, i)}>
                ${group.removeLabel(i + 1)}
              </button>`
            : nothing}
          </fieldset>
        `,
      )}
      ${list.length < group.max ?
        html`<button type="button" class="secondary add" part="button" @click=${() => addItem(host, group)}>${group.addLabel}</button>`
      : html`<p class="hint">${group.maxMessage}</p>`}
      ${group.copy ?
        html`<button type="button" class="secondary add" part="button" @click=${() => copyItem(host, group)}>${group.copy.label}</button>`
      : nothing}
    </div>
  `;
}

const firstField = (group: Group, index: number) => `#${pathToId(`${group.name}.${index}.${group.fields[0].name}`)}`;

function addItem(host: Host, group: Group): void {
  const list = items(host.values, group);
  if (list.length >= group.max) return;
  host.set(group.name, [...list, { key: newKey() }]);
  host.focusAfterRender = firstField(group, list.length);
}

/** Fills the first empty item (or a new one) from other answers. */
function copyItem(host: Host, group: Group): void {
  const list = items(host.values, group);
  let index = list.findIndex((item) => group.fields.every((field) => !item[field.name]));
  if (index < 0) index = list.length;
  if (index >= group.max) return;
  host.set(`${group.name}.${index}`, { ...group.copy!.from(), key: list[index]?.key ?? newKey() });
  host.focusAfterRender = firstField(group, index);
}

function removeItem(host: Host, group: Group, index: number): void {
  const list = items(host.values, group);
  host.files.dropItem(list[index], group.fields);
  host.set(group.name, list.filter((_, i) => i !== index));
  host.errors = new Map([...host.errors].filter(([path]) => !path.startsWith(`${group.name}.`)));
  host.focusAfterRender = `#${pathToId(group.name)}-heading`;
}
