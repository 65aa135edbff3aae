/**
 * The files the reader chose: checked when chosen (type by their first bytes,
 * size, not empty: file-check.ts, loaded with its messages' strings when a first file is chosen), kept apart from the answers (never in a draft), with a
 * preview URL for photos. A file in a group item stays with that item when
 * another item is removed.
 */
import { formatBytes } from './fields.js';
import type { FileKind } from './file-check.js';
import type { Field, FileValue, GroupItem } from './model.js';
import { getPath } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'values' | 'errors' | 'locale' | 'set' | 'fileRules' | 'fileTypeMessage' | 'loadPart'>;

export interface ChosenFile {
  file: File;
  type: FileKind;
  url?: string;
  /** A FileList that puts the file back in its input after a render. */
  list: FileList;
}

export class FileController {
  #files = new Map<string, ChosenFile>();

  constructor(private readonly host: Host) {}

  /** The file chosen for the field at `path`. */
  get(path: string): ChosenFile | undefined {
    return this.#files.get(this.#key(path));
  }

  /** "photos.2.file" → the key of item 2 and the field name, which stay with the item when others are removed. */
  #key(path: string): string {
    const match = /^(.*)\.(\d+)\.([^.]+)$/.exec(path);
    if (!match) return path;
    const item = getPath(this.host.values, `${match[1]}.${match[2]}`) as GroupItem | undefined;
    return `${item?.key ?? match[2]}/${match[3]}`;
  }

  async choose(path: string, input: HTMLInputElement, field: Field & { kind: 'file' }): Promise<void> {
    const { host } = this;
    const file = input.files?.[0];
    const key = this.#key(path);
    this.#drop(key);
    const errors = new Map(host.errors);
    errors.delete(path);
    if (!file) {
      host.set(path, undefined);
      host.errors = errors;
      return;
    }
    const rules = host.fileRules(field);
    const { checkFile, sizeProblem } = await host.loadPart('forms/file-check', () => import('./file-check.js'));
    const checked = await checkFile(file, rules.types, rules.maxBytes);
    if ('problem' in checked) {
      input.value = '';
      host.set(path, undefined);
      const { problem } = checked;
      // Made as shown, in the form's language then.
      errors.set(path, () => (problem === 'type' ? host.fileTypeMessage(field) : sizeProblem(problem, field.label, formatBytes(rules.maxBytes, host.locale))));
      host.errors = errors;
      return;
    }
    const url = checked.type === 'image/heic' || checked.type === 'application/pdf' ? undefined : URL.createObjectURL(file);
    const list = new DataTransfer();
    list.items.add(file);
    this.#files.set(key, { file, type: checked.type, url, list: list.files });
    host.set(path, { name: file.name, type: checked.type, size: file.size } satisfies FileValue);
    host.errors = errors;
  }

  /** Forgets the files of a group item that is removed. */
  dropItem(item: GroupItem, fields: Field[]): void {
    for (const field of fields) if (field.kind === 'file') this.#drop(`${item.key}/${field.name}`);
  }

  #drop(key: string): void {
    const entry = this.#files.get(key);
    if (entry?.url) URL.revokeObjectURL(entry.url);
    this.#files.delete(key);
  }

  forget(): void {
    for (const key of [...this.#files.keys()]) this.#drop(key);
  }
}
