// What the book's staff-page tests share: stories sent as the form sends them and approved, and a page
// signed in through the API in a language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export const fixture = (name) => readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url));

/** A story sent to `base` as the form sends it, with its photos given with permission, approved by `staff`. */
export async function sendStory(base, staff, story, ...photos) {
  const form = new FormData();
  const parts = photos.map(({ bytes, type, name, caption, credit }, i) => ({ file: { part: `photo-${i}`, name, type, size: bytes.length }, caption, credit, permission: true }));
  form.append('payload', new Blob([JSON.stringify({ ...story, photos: parts })], { type: 'application/json' }));
  photos.forEach(({ bytes, type, name }, i) => form.append(`photo-${i}`, new Blob([bytes], { type }), name));
  const response = await fetch(`${base}/api/stories`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body: form });
  assert.equal(response.status, 201);
  const sent = await response.json();
  for (const to of ['in-review', 'approved']) assert.equal((await staff.request('POST', `/admin/api/submissions/${sent.id}/status`, { to })).status, 200);
  return sent;
}

/** A page of `browser` in `locale`, signed in as `email`, with the staff pages open. */
export async function signedInPage(browser, base, [email, password], locale = 'en-US') {
  const page = await (await browser.newContext({ locale, acceptDownloads: true })).newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${base}/admin`);
  const signedIn = await page.evaluate(async ([email, password]) =>
    (await fetch('/admin/api/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })).status, [email, password]);
  assert.equal(signedIn, 200);
  await page.reload();
  return page;
}
