// The receiver over real HTTP: every status code, idempotency, files, CORS,
// rate limits, the spam trap, the export and the pairings feed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ENGINE, PDF, PNG, post, postWithPhoto, startReceiver, validRequest, validStory } from './helpers.mjs';

const staff = { headers: { Authorization: 'Bearer staff-token' } };

describe('receiver', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ origins: ['https://city.example'] });
  });
  after(() => receiver.stop());

  it('stores a valid story and answers 201 with an id and a reference', async () => {
    const response = await post(receiver.base, validStory());
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.match(body.reference, /^HAJ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const rows = (await receiver.store.list('story'));
    assert.equal(rows.at(-1).reference, body.reference);
    assert.equal(rows.at(-1).payload.na_city.name, 'Saint Paul');
  });

  it('answers 422 problem details naming each bad field by JSON Pointer', async () => {
    const response = await post(receiver.base, validStory({ story: '', submitter: { name: 'Jane', email: 'not-an-email' }, consent: false }));
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const body = await response.json();
    const pointers = body.errors.map((e) => e.pointer);
    assert.ok(pointers.includes('/story'));
    assert.ok(pointers.includes('/submitter/email'));
    assert.ok(pointers.includes('/consent'));
  });

  it('answers 400 without an Idempotency-Key, and 415 for a body that is neither JSON nor multipart', async () => {
    assert.equal((await post(receiver.base, validStory(), { key: null })).status, 400);
    const response = await fetch(`${receiver.base}/api/stories`, {
      method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'x' }, body: 'hello',
    });
    assert.equal(response.status, 415);
    const broken = await fetch(`${receiver.base}/api/stories`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'y' }, body: '{"story": ',
    });
    assert.equal(broken.status, 400);
  });

  it('replays the first answer for a repeated key and payload, refuses the key with another payload', async () => {
    const key = crypto.randomUUID();
    const first = await (await post(receiver.base, validStory(), { key })).json();
    const again = await post(receiver.base, validStory(), { key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), first);
    const other = await post(receiver.base, validStory({ story: 'A different story.' }), { key });
    assert.equal(other.status, 422);
    assert.equal((await receiver.store.list()).filter((row) => row.reference === first.reference).length, 1);
  });

  it('answers 409 while the same key is still being processed', async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(validStory());
    // Another request holds the key: claimed, not yet answered.
    const { createHash } = await import('node:crypto');
    await receiver.store.claim('story', key, createHash('sha256').update(body).digest('hex'));
    const response = await post(receiver.base, body, { key });
    assert.equal(response.status, 409);
  });

  it('stores one row for twenty concurrent sends with one key', async () => {
    const key = crypto.randomUUID();
    const before = (await receiver.store.list()).length;
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(receiver.base, validStory({ story: 'Concurrent.' }), { key })));
    const statuses = responses.map((r) => r.status);
    assert.ok(statuses.every((s) => s === 201 || s === 409), statuses.join());
    assert.ok(statuses.includes(201));
    const references = new Set(await Promise.all(responses.filter((r) => r.status === 201).map(async (r) => (await r.json()).reference)));
    assert.equal(references.size, 1);
    assert.equal((await receiver.store.list()).length, before + 1);
  });

  it('stores a real photo on disk under a generated name and lets staff download it', async () => {
    const response = await postWithPhoto(receiver.base, validStory(), PNG, { name: '../../etc/passwd.png' });
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    const exported = await (await fetch(`${receiver.base}/admin/submissions.json`, staff)).json();
    const row = exported.find((r) => r.reference === reference);
    assert.equal(row.files.length, 1);
    assert.equal(row.files[0].type, 'image/png');
    const stored = await receiver.store.files.list();
    assert.ok(stored.every((name) => /^[0-9a-f-]{36}\.\w+$/.test(name)));
    const download = await fetch(row.files[0].url, staff);
    assert.equal(download.status, 200);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), PNG);
  });

  it('refuses a spoofed or empty file with 422 and an oversize one with 413, storing nothing', async () => {
    const before = (await receiver.store.list()).length;
    const spoofed = await postWithPhoto(receiver.base, validStory(), Buffer.from('MZ this is not a picture'), { type: 'image/png' });
    assert.equal(spoofed.status, 422);
    assert.equal((await spoofed.json()).errors[0].pointer, '/photos/0/file');
    const empty = await postWithPhoto(receiver.base, validStory(), Buffer.alloc(0));
    assert.equal(empty.status, 422);
    const small = await startReceiver({ maxPhotoBytes: 50 });
    try {
      assert.equal((await postWithPhoto(small.base, validStory(), Buffer.concat([PNG, Buffer.alloc(100)]))).status, 413);
    } finally {
      await small.stop();
    }
    assert.equal((await receiver.store.list()).length, before);
  });

  it('answers 413 to a body over the limit', async () => {
    const small = await startReceiver({ maxBodyBytes: 1000 });
    try {
      const response = await post(small.base, validStory({ story: 'x'.repeat(5000) }));
      assert.equal(response.status, 413);
    } finally {
      await small.stop();
    }
  });

  it('allows only configured origins, answers their preflight, and never redirects', async () => {
    const refused = await post(receiver.base, validStory(), { origin: 'https://elsewhere.example' });
    assert.equal(refused.status, 403);
    const allowed = await post(receiver.base, validStory(), { origin: 'https://city.example' });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://city.example');
    const preflight = await fetch(`${receiver.base}/api/stories`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://city.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const badPreflight = await fetch(`${receiver.base}/api/stories`, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example' } });
    assert.equal(badPreflight.status, 403);
    const slash = await post(receiver.base, validStory(), { path: '/api/stories/' });
    assert.ok(slash.status < 300 || slash.status >= 400, `status ${slash.status}`);
  });

  it('limits each client with 429 and Retry-After', async () => {
    const limited = await startReceiver({ rateLimit: 2, rateWindowMs: 60_000 });
    try {
      assert.equal((await post(limited.base, validStory())).status, 201);
      assert.equal((await post(limited.base, validStory())).status, 201);
      const third = await post(limited.base, validStory());
      assert.equal(third.status, 429);
      assert.ok(Number(third.headers.get('retry-after')) > 0);
    } finally {
      await limited.stop();
    }
  });

  it('accepts and discards a submission whose honeypot is filled', async () => {
    const before = (await receiver.store.list()).length;
    const response = await post(receiver.base, validStory({ honeypot: 'http://spam.example' }));
    assert.equal(response.status, 201);
    assert.ok((await response.json()).reference);
    assert.equal((await receiver.store.list()).length, before);
  });

  it('exports JSON and CSV for staff only, with spreadsheet formulas defused', async () => {
    assert.equal((await fetch(`${receiver.base}/admin/submissions.json`)).status, 401);
    await post(receiver.base, validStory({ story: '=HYPERLINK("http://evil.example")' }));
    const csv = Buffer.from(await (await fetch(`${receiver.base}/admin/submissions.csv?kind=story`, staff)).arrayBuffer()).toString('utf8');
    assert.match(csv, /^\uFEFFid,kind,reference,created_at,na_city\.country,na_city\.region,na_city\.name,/);
    assert.match(csv, /,jane@example\.org,/);
    assert.match(csv, /,"'=HYPERLINK\(""http:\/\/evil\.example""\)",/);
    assert.ok(!/(^|,)"?=HYPERLINK/m.test(csv));
  });

  it('serves the pairings feed', async () => {
    const file = join(receiver.dataDir, 'pairings.csv');
    writeFileSync(file, 'na_country,na_region,na_name,jp_prefecture,jp_name\nUS,MN,Saint Paul,42,Nagasaki\n');
    const feed = await startReceiver({ pairingsFile: file });
    try {
      const response = await fetch(`${feed.base}/api/pairings.csv`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^text\/csv/);
      assert.match(await response.text(), /Saint Paul/);
      assert.equal((await fetch(`${feed.base}/api/pairings.json`)).status, 404);
    } finally {
      await feed.stop();
    }
  });

  it('keeps submissions across a restart', async () => {
    const first = await startReceiver();
    const { reference } = await (await post(first.base, validStory())).json();
    await first.stop({ keepData: true });
    const second = await startReceiver({}, first.dataDir);
    try {
      const rows = await (await fetch(`${second.base}/admin/submissions.json`, staff)).json();
      assert.deepEqual(rows.map((r) => r.reference), [reference]);
    } finally {
      await second.stop();
    }
  });

  it('writes no personal data to its log', () => {
    const log = receiver.logs.join('\n');
    assert.ok(receiver.logs.length > 10);
    assert.ok(!log.includes('Jane') && !log.includes('jane@example.org') && !log.includes('127.0.0.1') && !log.includes('Saint Paul'));
    if (ENGINE === 'sqlite') assert.ok(readFileSync(join(receiver.dataDir, 'submissions.sqlite')).length > 0);
  });
});

describe('published contract', () => {
  it('describes the story endpoint in OpenAPI 3.1 with the schema the receiver validates with', async () => {
    const openapi = JSON.parse(readFileSync('dist/openapi.json', 'utf8'));
    assert.equal(openapi.openapi, '3.1.0');
    const post = openapi.paths['/api/stories'].post;
    assert.equal(post.parameters[0].name, 'Idempotency-Key');
    assert.deepEqual(Object.keys(post.responses).sort(), ['201', '400', '403', '409', '413', '415', '422', '429', '503']);
    const story = openapi.components.schemas.Story;
    for (const field of ['na_city', 'jp_city', 'story', 'connections', 'language', 'submitter', 'partner_coauthor', 'consent']) {
      assert.ok(story.required.includes(field), field);
    }
    assert.deepEqual(story.properties.na_city.properties.country.enum, ['US', 'CA']);
  });
});

describe('partner requests', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver();
  });
  after(() => receiver.stop());

  it('stores a North American request and a Japanese one with a PDF pamphlet', async () => {
    const na = await post(receiver.base, validRequest(), { path: '/api/requests' });
    assert.equal(na.status, 201);
    assert.match((await na.json()).reference, /^REQ-/);

    const pdf = PDF;
    const form = new FormData();
    const payload = validRequest({
      direction: 'jp-seeking-na',
      na_community: undefined,
      jp_community: { prefecture: 17, name: '金沢市', level: 'city' },
      pamphlet: { part: 'pamphlet-0', name: 'パンフレット.pdf', type: 'application/pdf', size: pdf.length },
    });
    form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
    form.append('pamphlet-0', new Blob([pdf], { type: 'application/pdf' }), 'パンフレット.pdf');
    const jp = await fetch(`${receiver.base}/api/requests`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body: form });
    assert.equal(jp.status, 201);
    const rows = (await receiver.store.list('request'));
    assert.equal(rows.length, 2);
    assert.equal(rows[1].payload.jp_community.name, '金沢市');
    assert.equal(rows[1].files[0].type, 'application/pdf');
  });

  it('names the fields to correct in either direction', async () => {
    const response = await post(
      receiver.base,
      validRequest({ na_community: { country: 'CA', region: 'MN', name: 'Nowhere', level: 'city' }, contacts: [], population: { count: -5, as_of: 24 } }),
      { path: '/api/requests' },
    );
    assert.equal(response.status, 422);
    const pointers = (await response.json()).errors.map((e) => e.pointer);
    for (const pointer of ['/na_community/region', '/contacts', '/population/count', '/population/as_of']) assert.ok(pointers.includes(pointer), pointer);
    const jp = await post(
      receiver.base,
      validRequest({ direction: 'jp-seeking-na', na_community: undefined, jp_community: { prefecture: 48, name: '', level: 'state' } }),
      { path: '/api/requests' },
    );
    const jpPointers = (await jp.json()).errors.map((e) => e.pointer);
    for (const pointer of ['/jp_community/prefecture', '/jp_community/name', '/jp_community/level']) assert.ok(jpPointers.includes(pointer), pointer);
    // The direction decides which community is described: a Japanese request with only a North American one is refused.
    const mixed = await post(receiver.base, validRequest({ direction: 'jp-seeking-na' }), { path: '/api/requests' });
    assert.deepEqual((await mixed.json()).errors.map((e) => e.pointer), ['/jp_community']);
  });
});
