/** A draft's files, checked by their content as on sending (server/submit.ts), then written to the file storage. */
import type { ReceivedFile } from '../body.js';
import { EXTENSIONS, verifyFile } from '../file-verify.js';
import type { FileStorage, NewDraftFile } from '../store/index.js';

export interface FileRules {
  types: readonly string[];
  maxBytes: number;
}

export interface FileRef {
  /** Where the problem is reported (a JSON Pointer) and where the file sits in the answers (`photos.0.file`). */
  pointer: string;
  path: string;
  part: string;
  name: string;
  size: number;
  /** The type the client says, checked when given. */
  type?: string;
}

export type Checked = { ok: true; files: (NewDraftFile & { bytes: Uint8Array })[] } | { ok: false; status: 413 | 422; errors: { pointer: string; detail: string }[] };

export function checkFiles(refs: FileRef[], received: Map<string, ReceivedFile>, rules: FileRules): Checked {
  const errors: { pointer: string; detail: string }[] = [];
  const files: (NewDraftFile & { bytes: Uint8Array })[] = [];
  for (const ref of refs) {
    const file = received.get(ref.part);
    if (!file) {
      errors.push({ pointer: `${ref.pointer}/part`, detail: 'No file was sent for this part' });
      continue;
    }
    if (file.bytes.length > rules.maxBytes) return { ok: false, status: 413, errors: [{ pointer: ref.pointer, detail: `Files must be at most ${rules.maxBytes} bytes` }] };
    const actual = file.bytes.length > 0 ? verifyFile(file.bytes) : undefined;
    if (file.bytes.length === 0) errors.push({ pointer: ref.pointer, detail: 'The file is empty' });
    else if (!actual || !rules.types.includes(actual) || (ref.type !== undefined && ref.type !== actual)) {
      errors.push({ pointer: ref.pointer, detail: `The file is not one of ${rules.types.join(', ')}` });
    } else if (file.bytes.length !== ref.size) errors.push({ pointer: ref.pointer, detail: 'The file was not received whole' });
    else files.push({ path: ref.path, name: ref.name.slice(0, 255), type: actual, size: file.bytes.length, stored_name: '', bytes: file.bytes });
  }
  return errors.length ? { ok: false, status: 422, errors } : { ok: true, files };
}

/** Writes the checked files; returns their rows (without the bytes). */
export async function storeFiles(storage: FileStorage, files: (NewDraftFile & { bytes: Uint8Array })[]): Promise<NewDraftFile[]> {
  return Promise.all(
    files.map(async ({ bytes, ...row }) => ({ ...row, stored_name: await storage.put(bytes, EXTENSIONS[row.type as keyof typeof EXTENSIONS]) })),
  );
}
