/**
 * The answers and files behind a private link (remote-draft-controller.ts): restoring them into the form, each
 * file fetched and checked as if chosen again, and listing the chosen files to save with the answers.
 */
import { fieldIndex, slots } from './check.js';
import type { FileValue, Values } from './model.js';
import { getPath, pathPattern } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

export interface DraftFile {
  path: string;
  name: string;
  type: string;
  size: number;
  url: string;
}

/**
 * The saved answers, unless this tab already holds newer ones from the same link (a reload), then the files:
 * each fetched (from under `base`, the form's endpoint) and checked as if chosen again, where the answers still name it.
 */
export async function restoreDraft(host: SisterCityForm, base: string, values: Values, files: DraftFile[], token: string): Promise<void> {
  const mark = `sister-city-widgets:link:${token.slice(0, 12)}`;
  const again = sessionStorage.getItem(mark) !== null && host.restoredAt !== undefined;
  try {
    sessionStorage.setItem(mark, '1');
  } catch {
    // storage blocked: a reload opens the link's answers again
  }
  if (!again) {
    host.values = host.drafts!.sanitise(values);
    for (const file of files) host.values = setFileValue(host.values, file);
    host.drafts!.flush();
  }
  host.requestUpdate();
  await host.updateComplete;
  const index = fieldIndex(host.sections, host.values);
  for (const file of files) {
    const field = index.get(pathPattern(file.path));
    const named = getPath(host.values, file.path) as FileValue | undefined;
    if (field?.kind !== 'file' || named?.name !== file.name || named.size !== file.size) continue;
    const blob = await (await fetch(new URL(file.url, new URL(base, location.href)), { credentials: 'omit' })).blob();
    const list = new DataTransfer();
    list.items.add(new File([blob], file.name, { type: file.type }));
    await host.files.choose(file.path, { files: list.files, value: '' } as unknown as HTMLInputElement, field);
  }
}

/** The chosen files with where they sit in the answers. */
export function chosenFiles(host: SisterCityForm): { path: string; file: File }[] {
  return slots(host.describe(host.values), host.values)
    .filter(({ field }) => field.kind === 'file')
    .flatMap(({ path }) => {
      const chosen = host.files.get(path);
      return chosen ? [{ path, file: chosen.file }] : [];
    });
}

function setFileValue(values: Values, file: DraftFile): Values {
  const keys = file.path.split('.');
  const copy = structuredClone(values);
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) return values;
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = { name: file.name, type: file.type, size: file.size } satisfies FileValue;
  return copy;
}
