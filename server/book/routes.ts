/**
 * Coverage and the book, for signed-in staff (behind the /admin/api guard):
 * - GET /admin/api/coverage: the pairings file (PAIRINGS_FILE) beside the stories received, counts by
 *   state or province and by prefecture; /admin/api/coverage.csv: the pairings without a story (the outreach list).
 * - GET /admin/api/book: the approved and published stories, which are chosen for the book, and how each
 *   one's HEIC photos stand for printing (photo-status.ts);
 *   PUT /admin/api/submissions/:id/book `{ "in_book": true }` chooses one (409 unless approved or published).
 * - GET /admin/api/book.html[?lang=ja]: the chosen stories compiled into the print-ready bilingual book; a
 *   HEIC photo through its printable JPEG copy (GET /admin/api/files/:id/print), made in the background
 *   (print-copies.ts), or a note in the staff member's language while there is none.
 */
import type { Hono } from 'hono';
import type { ReceiverConfig } from '../config.js';
import { toCsv } from '../csv.js';
import { problem } from '../problem.js';
import { initialPublicVersion } from '../publish/public-version.js';
import { sessionOf } from '../staff/guard.js';
import { jsonBody } from '../staff/routes.js';
import { matchLanguage } from '../../src/i18n/language.js';
import { sendFile } from '../admin.js';
import type { BookStory, Store } from '../store/index.js';
import { renderBook, type PhotoOf } from './book-page.js';
import { coverageOf, hasStory } from './coverage.js';
import { PAGE_NUMBERS_HASH } from './page-numbers.js';
import { readPairings } from './pairings-file.js';
import { photoNote } from './photo-notes.js';
import { heicPhotos, photoStatus } from './photo-status.js';
import { PrintCopier } from './print-copies.js';

/** The outreach list's columns: the pairing's key, then the directory file's own columns. */
const OUTREACH_COLUMNS = [
  'key', 'na_country', 'na_region', 'na_name', 'na_name_ja', 'jp_prefecture', 'jp_name', 'jp_name_ja', 'type', 'established', 'na_url', 'jp_url',
] as const;

/** Photo types a browser prints as they are; a HEIC is printed through its JPEG copy. */
const PRINTABLE = ['image/jpeg', 'image/png', 'image/webp'];

/** The book's document policy: its own style and page-numbering script (by hash) and the staff file URLs for photos, nothing else. */
const bookPolicy = (styleHash: string) =>
  `default-src 'none'; img-src 'self'; style-src '${styleHash}'; script-src '${PAGE_NUMBERS_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function bookRoutes(app: Hono, config: ReceiverConfig, store: Store, log: (line: string) => void) {
  const office = store.backOffice;
  // The chosen stories' HEIC photos still without a copy (a crash cut one short, or they were chosen before).
  const copier = new PrintCopier(store, log);
  copier.schedule();
  const coverage = async () => {
    const [{ configured, pairings, skipped }, { rows }] = await Promise.all([readPairings(config), office.listSubmissions({ kind: 'story' })]);
    return { configured, skipped, ...coverageOf(pairings, rows) };
  };
  /**
   * The print copies of these stories' HEIC files; starts a pass when a chosen story's has none yet or is
   * still converting (its claim may have run out: its receiver died), so asking again is enough to resume.
   */
  const heicCopies = async (stories: readonly BookStory[]) => {
    const heics = stories.flatMap((story) => story.files).filter((file) => file.type === 'image/heic');
    const copies = await store.printCopies.copies(heics.map((file) => file.id));
    const chosen = new Set(stories.filter((story) => story.in_book).flatMap((story) => story.files.map((file) => file.id)));
    if (heics.some((file) => chosen.has(file.id) && (!copies.has(file.id) || copies.get(file.id)?.state === 'converting'))) copier.schedule();
    return copies;
  };

  app.get('/admin/api/coverage', async (c) => {
    const { pairings, ...rest } = await coverage();
    return c.json({ ...rest, pairings: pairings.map((entry) => ({ key: entry.key, ...entry.pairing, stories: entry.stories, told: hasStory(entry) })) });
  });

  app.get('/admin/api/coverage.csv', async (c) => {
    const { pairings } = await coverage();
    const rows = pairings
      .filter((entry) => !hasStory(entry))
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ key, pairing }) => Object.fromEntries(OUTREACH_COLUMNS.map((column) => [column, column === 'key' ? key : pairing[column]])));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="pairings-without-a-story.csv"');
    // With no row, the header alone (toCsv takes its columns from the rows).
    return c.body(rows.length ? toCsv(rows) : `\uFEFF${OUTREACH_COLUMNS.join(',')}\r\n`);
  });

  app.get('/admin/api/book', async (c) => {
    const stories = await office.bookStories();
    const copies = await heicCopies(stories);
    return c.json({
      stories: stories.map((story) => {
        const version = (story.public ?? initialPublicVersion('story', story.payload)) as { na_city: { name: string }; jp_city: { name: string }; photos: { part: string }[] };
        return {
          id: story.id, reference: story.reference, status: story.status, in_book: story.in_book,
          title: `${version.na_city.name} – ${version.jp_city.name}`, photos: version.photos.length,
          heic: photoStatus(heicPhotos(story, version.photos), copies),
        };
      }),
    });
  });

  app.put('/admin/api/submissions/:id/book', async (c) => {
    const body = await jsonBody(c);
    if (typeof body?.in_book !== 'boolean') return problem(c, 400, 'Send { "in_book": true } or { "in_book": false }');
    const found = await office.submission(c.req.param('id'));
    if (!found || found.kind !== 'story') return problem(c, 404, 'No such story');
    if (!(await office.chooseForBook(found.id, body.in_book, sessionOf(c).staff.email))) {
      return problem(c, 409, 'Only an approved or published story can be chosen for the book');
    }
    if (body.in_book) copier.schedule();
    return c.json({ id: found.id, in_book: body.in_book });
  });

  app.get('/admin/api/book.html', async (c) => {
    const [stories, { pairings }] = await Promise.all([office.bookStories(), readPairings(config)]);
    const chosen = stories.filter((story) => story.in_book);
    const copies = await heicCopies(chosen);
    const locale = matchLanguage(c.req.query('lang') ?? c.req.header('Accept-Language')?.split(',')[0]);
    const photoOf: PhotoOf = (file) => {
      if (PRINTABLE.includes(file.type)) return { src: `/admin/api/files/${file.id}` };
      if (file.type !== 'image/heic') return undefined;
      const copy = copies.get(file.id);
      if (copy?.state === 'ready') return { src: `/admin/api/files/${file.id}/print` };
      return { ...photoNote(copy, locale), lang: locale };
    };
    const book = renderBook(chosen, pairings, photoOf, new Date());
    c.header('Content-Security-Policy', bookPolicy(book.styleHash));
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(book.html);
  });

  // A HEIC photo's printable copy, for the book.
  app.get('/admin/api/files/:id/print', async (c) => sendFile(c, await store.printCopies.file(c.req.param('id')), 'inline'));
}
