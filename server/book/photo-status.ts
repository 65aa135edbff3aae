/**
 * How a story's HEIC photos stand for printing, for the staff's book page (GET /admin/api/book): of the
 * photos its public version shows (those the book prints), the HEIC ones without a printable copy yet
 * (`pending`: being made for a chosen story, made once it is chosen otherwise), those with one (`ready`),
 * and those that could not be made, with why (`failed`). From the store's print copies (print-copies.ts).
 */
import type { BookStory, PrintCopy, PrintFailure } from '../store/index.js';

export interface PhotoStatus {
  pending: number;
  ready: number;
  failed: { part: string; reason: PrintFailure; detail: string }[];
}

/** The HEIC files among the photos a story's public version shows, in its order. */
export function heicPhotos(story: BookStory, photos: readonly { part: string }[]): BookStory['files'] {
  return photos.flatMap((photo) => story.files.filter((file) => file.part === photo.part && file.type === 'image/heic'));
}

export function photoStatus(heics: BookStory['files'], copies: ReadonlyMap<string, PrintCopy>): PhotoStatus {
  const status: PhotoStatus = { pending: 0, ready: 0, failed: [] };
  for (const file of heics) {
    const copy = copies.get(file.id);
    if (copy?.state === 'ready') status.ready++;
    else if (copy?.state === 'failed') status.failed.push({ part: file.part, reason: copy.reason, detail: copy.detail });
    else status.pending++;
  }
  return status;
}
