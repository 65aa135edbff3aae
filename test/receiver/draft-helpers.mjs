// What the drafts tests send to the receiver over HTTP: a draft saved with its files, the partner's side.

/** Saves a draft (a new one, or the one `token` opens) with its files; resolves with the receiver's answer. */
export function saveDraft(base, values, files = [], { token, path = '/api/stories', extra = {} } = {}) {
  const form = new FormData();
  const refs = files.map((f, i) => ({ path: f.path, part: `file-${i}`, name: f.name, size: f.bytes.length }));
  form.append('payload', new Blob([JSON.stringify({ values, files: refs, ...extra })], { type: 'application/json' }));
  files.forEach((f, i) => form.append(`file-${i}`, new Blob([f.bytes]), f.name));
  return fetch(`${base}${path}/drafts${token ? `/${token}` : ''}`, { method: 'POST', body: form });
}

/** Sends the partner's side through the partner's link, with a photo if given. */
export function sendSide(base, token, side, photo, key = crypto.randomUUID()) {
  const form = new FormData();
  const payload = { ...side, photos: photo ? [{ file: { part: 'photo-0', name: 'nagasaki.jpg', type: 'image/jpeg', size: photo.length }, caption: '調印式', credit: '長崎市', permission: true }] : [] };
  form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  if (photo) form.append('photo-0', new Blob([photo], { type: 'image/jpeg' }), 'nagasaki.jpg');
  return fetch(`${base}/api/stories/drafts/${token}/side`, { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
}

/** Nagasaki's side in Japanese. */
export const SIDE = {
  author: { name: '長崎 花子', role: '国際課', email: 'hanako@city.nagasaki.example' },
  language: 'ja',
  account: '1955年、長崎市はセントポール市と提携しました。',
  dates: [{ date: '1955-12-07', event: '提携調印' }],
  people: [{ family_name: '田川', given_name: '務', role: '市長', side: 'jp' }],
  translation: 'In 1955 Nagasaki partnered with Saint Paul.',
  locale: 'ja',
};
