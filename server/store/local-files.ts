/**
 * Uploaded files in a folder, each under a generated name (never the client's),
 * written before the transaction that records them. A file written and never
 * recorded (the process died before its commit) is an orphan: `sweep` removes
 * those older than a lease, so that a file of a save still under way is kept.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStorage } from './types.js';

export class LocalFiles implements FileStorage {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Writes the bytes under a new name with the given extension; returns the name. */
  async put(bytes: Uint8Array, extension: string): Promise<string> {
    const name = `${randomUUID()}.${extension}`;
    await writeFile(join(this.dir, name), bytes, { flag: 'wx' });
    return name;
  }

  read(name: string): Promise<Uint8Array> {
    return readFile(join(this.dir, name));
  }

  async remove(names: string[]): Promise<void> {
    await Promise.all(names.map((name) => unlink(join(this.dir, name)).catch(() => {})));
  }

  list(): Promise<string[]> {
    return readdir(this.dir);
  }

  /** Removes files not in `known` and older than `olderThanMs`; returns how many. */
  async sweep(known: (name: string) => boolean, olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      if (known(name)) continue;
      const info = await stat(join(this.dir, name)).catch(() => undefined);
      if (info && now - info.mtimeMs >= olderThanMs) {
        await unlink(join(this.dir, name)).catch(() => {});
        removed++;
      }
    }
    return removed;
  }
}
