/**
 * Native inputs with their labels, hints and GOV.UK-style error messages,
 * rendered from the form description. One shadow root holds them all, so
 * labels, aria-describedby, autofill and the error summary's links all work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkedState } from '../base/checked.js';
import type { Locale } from '../i18n/language.js';
import { plural } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import type { Field, FileValue, Message } from './model.js';
import { optionList } from './option-list.js';
import { formatBytes, formatCount } from './quick-format.js';
import { getPath, pathToId } from './paths.js';

export { formatBytes };

export interface FieldContext {
  values: unknown;
  /** The value now, which may be newer than `values` when several changes come before a render. */
  get(path: string): unknown;
  errors: ReadonlyMap<string, string>;
  locale: Locale;
  set(path: string, value: unknown): void;
  chooseFile(path: string, input: HTMLInputElement): void;
  /**
   * The file chosen for a file field: its preview and a FileList that puts it back in the input. Items of a
   * group are rendered by position, so when one is removed, its neighbour's input takes over its place and
   * must show the neighbour's file.
   */
  file(path: string): { url?: string; list: FileList } | undefined;
  /** The kinds of field a form adds to the basic ones. */
  kinds: Partial<Record<Field['kind'], FieldKind>>;
}

/**
 * A kind of field a form adds to the engine, so that a form without it does not
 * download it (the story form's dates: see date-field.ts): what the first screen needs.
 */
export interface FieldKind {
  render(field: Field, path: string, id: string, value: unknown, error: string | undefined, ctx: FieldContext): TemplateResult;
  /** A stored answer (from a draft, which may be old or tampered with) if it has this kind's shape, else undefined. */
  fit(raw: unknown): unknown;
}

/** The checking of such a kind (date-check.ts), loaded with the form's checks: nothing before them reads an answer of it. */
export interface FieldCheck {
  /** What to send (undefined for no answer), or the problem to show at the field. */
  collect(raw: unknown, field: Field): { value?: unknown; problem?: Message };
  /** The answer as the review and confirmation show it (undefined for no answer). */
  text(raw: unknown, locale: Locale): string | undefined;
}

export const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function describedBy(id: string, field: Field, error: string | undefined, extra?: string): string | undefined {
  return [field.hint ? `${id}-hint` : '', extra ?? '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function labelText(field: Field) {
  // The space keeps the accessible name "Given name (optional)", not "Given name(optional)".
  return field.optional ? html`${field.label} <span class="optional">${msg('(optional)')}</span>` : field.label;
}

export function hint(id: string, field: Field) {
  return field.hint ? html`<div class="hint" id="${id}-hint">${field.hint}</div>` : nothing;
}

export function errorMessage(id: string, error: string | undefined) {
  return error ?
      html`<p class="error-message" id="${id}-error" part="error">
        <span class="visually-hidden">${msg('Error:')}</span> ${error}
      </p>`
    : nothing;
}

/** The label, hint and message that stand above a single control. */
function above(id: string, field: Field, error: string | undefined) {
  return html`<label for=${id} part="label">${labelText(field)}</label>${hint(id, field)}${errorMessage(id, error)}`;
}

/** The class of a field's box: an error marks it, a width narrows its control. */
const boxClass = (field: Field, error: string | undefined) => `field${error ? ' field--error' : ''}${field.width ? ` width-${field.width}` : ''}`;

/**
 * A field: its box, label, hint, message and control. The kinds a first screen shows most (text,
 * numbers, long text, menus, choices) are each one template with their box and label, not three
 * nested ones: a form's first render makes dozens of fields, and each template Lit prepares and
 * fills costs start-up time (issue 17).
 */
export function renderField(field: Field, path: string, ctx: FieldContext): TemplateResult {
  const id = pathToId(path);
  const error = ctx.errors.get(path);
  const value = getPath(ctx.values, path);
  const wrap = (content: TemplateResult) => html`
    <div class=${boxClass(field, error)}>
      ${content}
    </div>
  `;
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'tel':
    case 'number':
      return html`
        <div class=${boxClass(field, error)}>
          <label for=${id} part="label">${labelText(field)}</label>${hint(id, field)}${errorMessage(id, error)}
          <input
            id=${id}
            name=${path}
            part="input"
            type=${field.kind === 'number' ? 'text' : field.kind}
            .value=${text(value)}
            autocomplete=${ifDefined(field.autocomplete)}
            inputmode=${ifDefined(field.kind === 'number' ? (field.whole ? 'numeric' : 'decimal') : field.inputmode)}
            spellcheck=${ifDefined(field.kind !== 'number' && field.spellcheck === false ? 'false' : undefined)}
            aria-describedby=${ifDefined(describedBy(id, field, error))}
            aria-invalid=${error ? 'true' : 'false'}
            @input=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).value)}
          />
        </div>
      `;
    case 'textarea':
      return html`
        <div class=${boxClass(field, error)}>
          <label for=${id} part="label">${labelText(field)}</label>${hint(id, field)}${errorMessage(id, error)}
          <textarea
            id=${id}
            name=${path}
            part="input"
            rows=${field.rows ?? 6}
            .value=${text(value)}
            aria-describedby=${ifDefined(describedBy(id, field, error, `${id}-count`))}
            aria-invalid=${error ? 'true' : 'false'}
            @input=${(e: Event) => ctx.set(path, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${characterCount(id, text(value).length, field.maxLength, ctx.locale)}
        </div>
      `;
    case 'select':
      return html`
        <div class=${boxClass(field, error)}>
          <label for=${id} part="label">${labelText(field)}</label>${hint(id, field)}${errorMessage(id, error)}
          <select
            id=${id}
            name=${path}
            part="input"
            autocomplete=${ifDefined(field.autocomplete)}
            aria-describedby=${ifDefined(describedBy(id, field, error))}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${(e: Event) => ctx.set(path, (e.target as HTMLSelectElement).value)}
          >
            <option value="">${field.placeholder}</option>
            ${optionList(field.options, String(value ?? ''))}
          </select>
        </div>
      `;
    case 'radios':
    case 'checkboxes': {
      const chosen = field.kind === 'radios' ? [text(value)] : list(value);
      return html`
        <div class=${boxClass(field, error)}>
          <fieldset aria-describedby=${ifDefined(describedBy(id, field, error))}>
            <legend part="label">${labelText(field)}</legend>
            ${hint(id, field)} ${errorMessage(id, error)}
            <div class="choices ${field.inline ? 'inline' : ''}">
              ${field.options.map(([v, label], i) => {
                const optionId = i === 0 ? id : `${id}-${i}`;
                const checked = chosen.includes(v);
                const reveal = field.reveals?.[v];
                const revealPath = reveal && (path.includes('.') ? `${path.slice(0, path.lastIndexOf('.'))}.${reveal.name}` : reveal.name);
                return html`
                  <div class="choice">
                    <input
                      id=${optionId}
                      name=${path}
                      type=${field.kind === 'radios' ? 'radio' : 'checkbox'}
                      value=${v}
                      ?checked=${checked}
                      ${checkedState(checked)}
                      aria-invalid=${error ? 'true' : 'false'}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const now = list(ctx.get(path)).filter((c) => c !== v);
                        ctx.set(path, field.kind === 'radios' ? v : on ? [...now, v] : now);
                      }}
                    />
                    <label for=${optionId}>${label}</label>
                  </div>
                  ${reveal && checked ? html`<div class="reveal">${renderField(reveal, revealPath!, ctx)}</div>` : nothing}
                `;
              })}
            </div>
          </fieldset>
        </div>
      `;
    }
    case 'checkbox':
      return wrap(html`
        ${errorMessage(id, error)}
        <div class="choice">
          <input
            id=${id}
            name=${path}
            type="checkbox"
            ?checked=${value === true}
            ${checkedState(value === true)}
            aria-describedby=${ifDefined(describedBy(id, field, error))}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id} part="label">${labelText(field)}</label>
        </div>
        ${hint(id, field)}
      `);
    case 'file':
      return wrap(renderFile(field, path, id, value as FileValue | undefined, error, ctx));
    default:
      return wrap(ctx.kinds[field.kind]!.render(field, path, id, value, error, ctx));
  }
}

function characterCount(id: string, length: number, max: number, locale: Locale) {
  const left = max - length;
  const near = length >= max * 0.75;
  const n = formatCount(Math.abs(left), locale);
  const message =
    !near ? msg(str`You can enter up to ${formatCount(max, locale)} characters`)
    : left >= 0 ?
      plural(locale, left, {
        one: () => msg(str`You have ${n} character remaining`),
        other: () => msg(str`You have ${n} characters remaining`),
      })
    : plural(locale, -left, {
        one: () => msg(str`You have ${n} character too many`),
        other: () => msg(str`You have ${n} characters too many`),
      });
  return html`<div class="count ${left < 0 ? 'over' : ''}" id="${id}-count">${message}</div>`;
}

function renderFile(field: Field & { kind: 'file' }, path: string, id: string, value: FileValue | undefined, error: string | undefined, ctx: FieldContext) {
  const chosen = ctx.file(path);
  const thumbnail = chosen?.url;
  return html`
    ${above(id, field, error)}
    <input
      id=${id}
      name=${path}
      part="input"
      type="file"
      accept=${field.accept}
      .files=${chosen?.list ?? (noFiles ??= typeof DataTransfer === 'function' ? new DataTransfer().files : undefined)}
      aria-describedby=${ifDefined(describedBy(id, field, error, value ? `${id}-chosen` : undefined))}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => ctx.chooseFile(path, e.target as HTMLInputElement)}
    />
    ${value && typeof value.name === 'string' ?
      html`<div class="chosen" id="${id}-chosen">
        ${thumbnail ? html`<img class="thumbnail" src=${thumbnail} alt="" />` : nothing}
        <span>${msg(str`Chosen: ${value.name} (${formatBytes(value.size, ctx.locale)})`)}</span>
      </div>`
    : nothing}
  `;
}

/** An empty FileList, to clear a file input; none during server-side rendering (no DataTransfer there). */
let noFiles: FileList | undefined;
