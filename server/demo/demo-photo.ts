/**
 * A picture for the demo's seeded stories, drawn here rather than shipped as a binary: a 480×320 PNG
 * of two flags' colours meeting over water (enough for the reader's thumbnails and lightbox).
 */
import { deflateSync } from 'node:zlib';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** The PNG bytes; `hue` shifts the sky so that each seeded story has its own picture. */
export function demoPhoto(hue = 0): Buffer {
  const width = 480;
  const height = 320;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 3;
      const sun = (x - 240) ** 2 + (y - 150) ** 2 < 60 ** 2;
      const sea = y > 200;
      const [r, g, b] =
        sun ? [188, 0, 45]
        : sea ? [20 + (y % 12 < 2 ? 40 : 0), 70, 120]
        : [(200 + hue) % 256, 220 - y / 4, 240];
      rows[i] = r;
      rows[i + 1] = g;
      rows[i + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}
