/**
 * Checks a chosen file before anything is sent: not empty, not too large, and
 * of an allowed type judged by its first bytes, not only its name; and the messages of its problems, whose
 * strings load with it (`loadPart`, on the first file chosen): no file problem is found before.
 */
import { msg, str } from '../i18n/localize.js';

export type FileKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf';
export type FileProblem = 'empty' | 'too-large' | 'type';

const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** The type the bytes say the file is, whatever its name or the browser's guess. */
export function sniffType(head: Uint8Array): FileKind | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...head.subarray(start, end));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && HEIC_BRANDS.includes(ascii(8, 12))) return 'image/heic';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  return undefined;
}

/** The message of a file's problem of size (a type the field does not take is the form's own message). */
export function sizeProblem(problem: 'empty' | 'too-large', label: string, maxSize: string): string {
  return problem === 'empty' ?
      msg(str`The selected file is empty. Choose another file for "${label}".`)
    : msg(str`The selected file must be smaller than ${maxSize}.`);
}

export async function checkFile(
  file: Blob,
  allowed: readonly FileKind[],
  maxBytes: number,
): Promise<{ type: FileKind } | { problem: FileProblem }> {
  if (file.size === 0) return { problem: 'empty' };
  if (file.size > maxBytes) return { problem: 'too-large' };
  const type = sniffType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  return type && allowed.includes(type) ? { type } : { problem: 'type' };
}
