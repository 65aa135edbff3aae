/**
 * Runs in a worker thread (node:worker_threads), one per photo, started by print-copies.ts: decodes a
 * HEIC photo with libheif compiled to WebAssembly (heic-decode; the HEVC decoding browsers lack) and
 * makes the JPEG the book prints with sharp (libvips), at most LONG_SIDE pixels on the long side. A
 * 12-megapixel photo takes seconds and a few hundred megabytes here, off the receiver's event loop; the
 * worker ends after one photo, giving the memory back. Answers { jpeg } or { reason, detail }.
 */
import decode from 'heic-decode';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';

/** 1,600 px on the long side: sharp on a printed page at about 200 dpi across a column. */
const LONG_SIDE = 1600;

const { bytes } = workerData as { bytes: Uint8Array };
try {
  const image = await decode({ buffer: bytes });
  const jpeg = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
    .resize(LONG_SIDE, LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85 })
    .toBuffer();
  parentPort!.postMessage({ jpeg: new Uint8Array(jpeg) });
} catch (error) {
  parentPort!.postMessage({ reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
}
