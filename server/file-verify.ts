/**
 * Checks that an uploaded file really is what its first bytes say: not only a
 * PNG signature, but PNG chunks (with their CRCs) through IEND; a JPEG from SOI
 * through its segments to EOI; WebP's RIFF size; HEIC's `ftyp` brand and box
 * structure; a PDF's header, `startxref` and `%%EOF` trailer. Nothing may follow
 * the end of the format (a PNG followed by HTML is refused). The browser's quick
 * check by first bytes is `sniffType` in src/forms/file-check.ts; this is the
 * receiver's, which has the whole file. Linear in the file's size, no recursion.
 */
import { sniffType, type FileKind } from '../src/forms/file-check.js';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const u32 = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const u32le = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function isPng(b: Uint8Array): boolean {
  let i = 8;
  let first = true;
  while (i + 12 <= b.length) {
    const length = u32(b, i);
    const type = ascii(b, i + 4, i + 8);
    const end = i + 12 + length;
    if (length > 0x7fffffff || end > b.length) return false;
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    if (crc32(b, i + 4, i + 8 + length) !== u32(b, i + 8 + length)) return false;
    first = false;
    i = end;
    if (type === 'IEND') return i === b.length;
  }
  return false;
}

function isJpeg(b: Uint8Array): boolean {
  // Trailing zero padding after EOI is common and harmless; anything else is not.
  let last = b.length;
  while (last > 2 && b[last - 1] === 0) last--;
  if (b[last - 2] !== 0xff || b[last - 1] !== 0xd9) return false;
  let i = 2;
  let frame = false;
  while (i + 4 <= last) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1];
    if (marker === 0xff) { i++; continue; } // fill byte
    const length = (b[i + 2] << 8) | b[i + 3];
    if (length < 2 || i + 2 + length > last) return false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    if (marker === 0xda) return frame; // start of scan: entropy-coded data runs to EOI, checked above
    i += 2 + length;
  }
  return false;
}

function isWebp(b: Uint8Array): boolean {
  if (u32le(b, 4) + 8 !== b.length || b.length < 20) return false;
  const chunk = ascii(b, 12, 16);
  if (!['VP8 ', 'VP8L', 'VP8X'].includes(chunk)) return false;
  // Walk the chunks: each size (padded to even) must land exactly on the end.
  let i = 12;
  while (i + 8 <= b.length) {
    const size = u32le(b, i + 4);
    i += 8 + size + (size & 1);
  }
  return i === b.length;
}

const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];
function isHeic(b: Uint8Array): boolean {
  if (!HEIC_BRANDS.includes(ascii(b, 8, 12))) return false;
  const boxes = new Set<string>();
  let i = 0;
  while (i + 8 <= b.length) {
    let size = u32(b, i);
    if (size === 1) {
      if (i + 16 > b.length) return false;
      size = u32(b, i + 8) * 2 ** 32 + u32(b, i + 12);
    } else if (size === 0) size = b.length - i;
    if (size < 8 || i + size > b.length) return false;
    boxes.add(ascii(b, i + 4, i + 8));
    i += size;
  }
  return i === b.length && boxes.has('ftyp') && boxes.has('meta');
}

function isPdf(b: Uint8Array): boolean {
  if (!/^%PDF-[12]\.\d/.test(ascii(b, 0, 8))) return false;
  const tail = new TextDecoder('latin1').decode(b.subarray(Math.max(0, b.length - 1024)));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  return !!match && Number(match[1]) < b.length;
}

const CHECKS: Record<FileKind, (bytes: Uint8Array) => boolean> = {
  'image/png': isPng,
  'image/jpeg': isJpeg,
  'image/webp': isWebp,
  'image/heic': isHeic,
  'application/pdf': isPdf,
};

/** The file's type when the whole file parses as that type, else undefined. */
export function verifyFile(bytes: Uint8Array): FileKind | undefined {
  const type = sniffType(bytes.subarray(0, 16));
  return type && CHECKS[type](bytes) ? type : undefined;
}

export const EXTENSIONS: Record<FileKind, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic', 'application/pdf': 'pdf',
};
