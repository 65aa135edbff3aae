/**
 * Drafts: the answers saved as the reader types, so that a reload or a closed
 * tab loses nothing. sessionStorage by default, localStorage on request, or
 * off. Never file contents. A draft that is unreadable, tampered with, of an
 * old format or expired is dropped, never trusted.
 */

import { draftStorage } from './draft-keys.js';

export type DraftMode = 'session' | 'local' | 'off';

/** The submission a draft was being sent as, so that a retry after a reload reuses its key. */
export interface PendingSubmission {
  key: string;
  fingerprint: string;
  /** The sender's own link to the story, made with the key and sent again with it (send-controller.ts). */
  link?: string;
}

export interface Draft<T> {
  values: T;
  savedAt: number;
  pending?: PendingSubmission;
}

interface StoredDraft {
  format: number;
  savedAt: number;
  expires: number;
  values: unknown;
  pending?: unknown;
}

const FORMAT = 1;

export class DraftStore<T> {
  constructor(
    private readonly key: string,
    private readonly mode: DraftMode,
    private readonly maxAge: number,
    private readonly isValues: (values: unknown) => values is T,
  ) {}

  private get storage(): Storage | undefined {
    return draftStorage(this.mode);
  }

  load(now = Date.now()): Draft<T> | undefined {
    const storage = this.storage;
    if (!storage) return undefined;
    let stored: StoredDraft | undefined;
    try {
      stored = JSON.parse(storage.getItem(this.key) ?? 'null') as StoredDraft | undefined;
    } catch {
      stored = undefined;
    }
    const valid =
      stored &&
      typeof stored === 'object' &&
      stored.format === FORMAT &&
      typeof stored.savedAt === 'number' &&
      typeof stored.expires === 'number' &&
      stored.expires > now &&
      this.isValues(stored.values);
    if (!valid) {
      if (stored !== null) this.clear();
      return undefined;
    }
    const pending = stored!.pending as PendingSubmission | undefined;
    return {
      values: stored!.values as T,
      savedAt: stored!.savedAt,
      pending: pending && typeof pending.key === 'string' && typeof pending.fingerprint === 'string' && ['undefined', 'string'].includes(typeof pending.link) ? pending : undefined,
    };
  }

  save(values: T, pending?: PendingSubmission, now = Date.now()): void {
    const stored: StoredDraft = { format: FORMAT, savedAt: now, expires: now + this.maxAge, values, pending };
    try {
      this.storage?.setItem(this.key, JSON.stringify(stored));
    } catch {
      // Full or blocked storage: the answers are still on the page.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // nothing to clear
    }
  }
}

/** A short fingerprint of a payload, to tell whether a retry sends the same thing. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}
