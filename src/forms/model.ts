/**
 * How a form is described: sections of fields and repeating groups. Both forms
 * are such descriptions; the engine renders, checks, saves and sends any of them.
 * Descriptions are built during render, so their labels are in the reader's language.
 */

export type Option = readonly [value: string, label: string];

export interface FieldMessages {
  /** Shown when a required answer is missing: says what to enter ("Enter the city's name"). */
  required?: Message;
  /** Shown when the answer is there but not acceptable ("Enter an email address like name@example.com"). */
  invalid?: Message;
}

/**
 * A form's messages for the problems of its answers (see `FieldMessages`), by field path pattern ("dates.*.event"):
 * in a module of the form's own, loaded with the checks of the answers, since the first screen shows none of them.
 */
export interface MessageTable {
  required: Readonly<Record<string, Message>>;
  invalid?: Readonly<Record<string, Message>>;
}

interface FieldBase {
  /** Path of the value, relative to the group item for fields in a group ("na_city.name", "event"). */
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Messages of a description loaded later (the story's partner side), before the form's own (`MessageTable`). */
  messages?: FieldMessages;
  autocomplete?: string;
  /** Narrower than the full width, for short answers. */
  width?: 'short' | 'medium';
}

export type Field =
  | (FieldBase & { kind: 'text' | 'email' | 'tel'; inputmode?: 'numeric' | 'decimal'; spellcheck?: boolean; maxLength?: number })
  | (FieldBase & { kind: 'number'; whole?: boolean })
  | (FieldBase & { kind: 'textarea'; maxLength: number; rows?: number })
  | (FieldBase & { kind: 'select'; options: Option[]; placeholder: string; numeric?: boolean })
  | (FieldBase & { kind: 'radios' | 'checkboxes'; options: Option[]; inline?: boolean; reveals?: Record<string, Field> })
  | (FieldBase & { kind: 'checkbox' })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'file'; accept: string; part: string });

export interface Group {
  kind: 'group';
  name: string;
  heading: string;
  hint?: string;
  itemHeading: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  /** Items the group always has (their remove buttons are not offered). */
  min?: number;
  max: number;
  maxMessage: string;
  fields: Field[];
  /** A button that fills an item from other answers ("Add yourself as a contact"). */
  copy?: { label: string; from: () => Record<string, unknown> };
}

export interface Section {
  id: string;
  heading: string;
  intro?: string;
  items: (Field | Group)[];
}

/** The metadata of a chosen file kept in the values (its contents are kept apart, never in a draft). */
export interface FileValue {
  name: string;
  type: string;
  size: number;
}

/** Every group item carries a stable key, so that a removed item's neighbours keep their files. */
export interface GroupItem {
  key: string;
  [name: string]: unknown;
}

/**
 * A message to show: a string (already in the reader's language, or the receiver's own words), or a
 * function that makes it when it is shown, in the language the element then speaks: msg() answers in
 * the element's language only while it renders, not in event handlers or after an await.
 */
export type Message = string | (() => string);

/** The answers as the form keeps them: plain nested objects and arrays, strings as typed. */
export type Values = Record<string, unknown>;
