// Hostile bodies get a clear 4xx, never a 500; files must parse as what they claim; the
// parsed answers are stored, not the raw body; every answer carries nosniff and a CSP;
// keys expire and are swept. All over real HTTP against the built receiver.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JPEG, PDF, PNG, WEBP, post, postWithPhoto, startReceiver, validRequest, validStory } from './helpers.mjs';

const staff = { headers: { Authorization: 'Bearer staff-token' } };

function multipart(parts, key = crypto.randomUUID(), path = '/api/stories') {
  return (base) => {
    const form = new FormData();
    for (const [name, value, filename] of parts) {
      if (filename === undefined) form.append(name, value);
      else form.append(name, value, filename);
    }
    return fetch(base + path, { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
  };
}

/** A minimal HEIF file: ftyp (brand heic), meta and mdat boxes. */
function heic({ withMeta = true } = {}) {
  const box = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')),
    ...(withMeta ? [box('meta', Buffer.alloc(24))] : []),
    box('mdat', Buffer.alloc(32, 7)),
  ]);
}

describe('hostile bodies', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ origins: ['https://city.example'] });
  });
  after(() => receiver.stop());

  it('refuses more multipart parts than the contract can use with 413, a huge number included', async () => {
    const photo = [`photo-0`, new Blob([PNG], { type: 'image/png' }), 'a.png'];
    const payload = ['payload', JSON.stringify(validStory())];
    const twelve = Array.from({ length: 11 }, (_, i) => [`photo-${i}`, new Blob([PNG], { type: 'image/png' }), 'a.png']);
    assert.equal((await multipart([payload, ...twelve])(receiver.base)).status, 413);
    const many = Array.from({ length: 24_050 }, (_, i) => [`f${i}`, 'x']);
    assert.equal((await multipart([payload, photo, ...many])(receiver.base)).status, 413);
    // The request endpoint allows one file: the payload and two files are too many.
    const pamphlets = [['pamphlet-0', new Blob([PDF]), 'a.pdf'], ['pamphlet-1', new Blob([PDF]), 'b.pdf']];
    assert.equal((await multipart([['payload', JSON.stringify(validRequest())], ...pamphlets], undefined, '/api/requests')(receiver.base)).status, 413);
  });

  it('answers deeply nested JSON with 400, in a JSON body and in a multipart payload', async () => {
    const deep = `{"story": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const json = await post(receiver.base, deep);
    assert.equal(json.status, 400);
    assert.equal((await json.json()).title, 'The payload is nested too deeply');
    assert.equal((await multipart([['payload', deep]])(receiver.base)).status, 400);
    const unknownKey = JSON.stringify({ ...validStory(), extra: JSON.parse(`${'['.repeat(17)}${']'.repeat(17)}`) });
    assert.equal((await post(receiver.base, unknownKey)).status, 400);
  });

  it('answers every malformed shape with a 4xx, never a 500', async () => {
    const bodies = [
      'null', '[]', '"text"', '123', '{"story": {}}', '{"photos": "x"}', '{"photos": [{"file": {"part": 1}}]}',
      JSON.stringify({ ...validStory(), photos: [{ file: { part: 'photo-0', name: 'a', type: 'image/png', size: 1 }, caption: 'c', credit: 'c', permission: true }] }),
      '{"a":"\\ud800"}', '{"a": 1e999999}',
    ];
    for (const body of bodies) {
      const status = (await post(receiver.base, body)).status;
      assert.ok(status >= 400 && status < 500, `${body.slice(0, 60)} → ${status}`);
    }
    const shapes = [
      multipart([['photo-0', new Blob([PNG]), 'a.png']]), // no payload
      multipart([['payload', JSON.stringify(validStory())], ['payload', JSON.stringify(validStory())]]),
      multipart([['payload', JSON.stringify(validStory())], ['photo-0', 'not a file']]),
      multipart([['payload', new Blob(['{"story":'])]]),
    ];
    for (const send of shapes) {
      const status = (await send(receiver.base)).status;
      assert.ok(status >= 400 && status < 500, String(status));
    }
    const noBoundary = await fetch(`${receiver.base}/api/stories`, {
      method: 'POST', headers: { 'Content-Type': 'multipart/form-data', 'Idempotency-Key': 'b' }, body: '--x\r\n',
    });
    assert.equal(noBoundary.status, 400);
    const truncated = await fetch(`${receiver.base}/api/stories`, {
      method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Idempotency-Key': 'c' },
      body: '--x\r\nContent-Disposition: form-data; name="payload"\r\n\r\n{"story":',
    });
    assert.equal(truncated.status, 400);
    assert.equal(receiver.logs.filter((line) => / 5\d\d /.test(line)).length, 0, receiver.logs.join('\n'));
  });

  it('refuses unbounded lists and oversize answers', async () => {
    const connections = Array.from({ length: 100_000 }, () => 'friendship');
    const many = await post(receiver.base, validStory({ connections }));
    assert.ok([413, 422].includes(many.status));
    const repeated = await post(receiver.base, validStory({ connections: Array(9).fill('friendship') }));
    assert.equal(repeated.status, 422);
    assert.equal((await repeated.json()).errors[0].pointer, '/connections');
    const exchanges = await post(receiver.base, validRequest({ exchanges: Array(10).fill('sports') }), { path: '/api/requests' });
    assert.equal(exchanges.status, 422);
    assert.equal((await post(receiver.base, validStory({ notes: 'x'.repeat(1_200_000) }))).status, 413);
  });

  it('stores the parsed answers: unknown keys never reach the staff export', async () => {
    const response = await post(receiver.base, JSON.stringify({
      ...validStory(), notes: 'n'.repeat(100_000), '=evil()': 'x', ['__proto__']: { admin: true },
      submitter: { name: 'Jane Doe', email: 'jane@example.org', rank: 'admiral' },
    }));
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    const row = (await (await fetch(`${receiver.base}/admin/submissions.json`, staff)).json()).find((r) => r.reference === reference);
    assert.deepEqual(Object.keys(row.payload).sort(), Object.keys(validStory()).sort());
    assert.deepEqual(row.payload.submitter, { name: 'Jane Doe', email: 'jane@example.org' });
    const csv = await (await fetch(`${receiver.base}/admin/submissions.csv`, staff)).text();
    assert.ok(!csv.includes('evil') && !csv.includes('notes') && !csv.includes('admiral'));
  });
});

describe('files are what they claim', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver();
  });
  after(() => receiver.stop());

  const photo = (bytes, type) => postWithPhoto(receiver.base, validStory(), bytes, { type });

  it('stores real PNG, JPEG, WebP and HEIC photos', async () => {
    assert.equal((await photo(PNG, 'image/png')).status, 201);
    assert.equal((await photo(JPEG, 'image/jpeg')).status, 201);
    assert.equal((await photo(WEBP, 'image/webp')).status, 201);
    assert.equal((await photo(heic(), 'image/heic')).status, 201);
  });

  it('refuses files that only begin like an image', async () => {
    const crc = Buffer.from(PNG);
    crc[crc.length - 20] ^= 0xff; // a byte inside the image data: its chunk's CRC no longer matches
    const cases = [
      [PNG.subarray(0, 8), 'image/png', 'the PNG signature alone'],
      [Buffer.concat([PNG, Buffer.from('<script>alert(1)</script>')]), 'image/png', 'a PNG followed by a script'],
      [Buffer.concat([PNG.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]), 'image/png', 'a PNG signature then HTML'],
      [crc, 'image/png', 'a PNG with a broken chunk'],
      [JPEG.subarray(0, JPEG.length - 2), 'image/jpeg', 'a JPEG without its end'],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...Buffer.from('JFIF')]), 'image/jpeg', 'a JPEG header alone'],
      [Buffer.concat([WEBP, Buffer.from('tail')]), 'image/webp', 'a WebP longer than its RIFF size'],
      [heic({ withMeta: false }), 'image/heic', 'a HEIC ftyp without its meta box'],
    ];
    for (const [bytes, type, what] of cases) {
      const response = await photo(bytes, type);
      assert.equal(response.status, 422, what);
      assert.equal((await response.json()).errors[0].pointer, '/photos/0/file', what);
    }
  });

  it('refuses a PDF pamphlet that has a header but no trailer, and takes a real one', async () => {
    const send = (bytes) => {
      const form = new FormData();
      const payload = validRequest({ pamphlet: { part: 'pamphlet-0', name: 'p.pdf', type: 'application/pdf', size: bytes.length } });
      form.append('payload', JSON.stringify(payload));
      form.append('pamphlet-0', new Blob([bytes], { type: 'application/pdf' }), 'p.pdf');
      return fetch(`${receiver.base}/api/requests`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body: form });
    };
    assert.equal((await send(Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>'))).status, 422);
    assert.equal((await send(PDF)).status, 201);
  });

  it('serves downloads under a generated name with the right extension, never the client’s', async () => {
    const response = await postWithPhoto(receiver.base, validStory(), PNG, { name: 'invoice\u202egnp.exe' });
    const { reference } = await response.json();
    const row = (await (await fetch(`${receiver.base}/admin/submissions.json`, staff)).json()).find((r) => r.reference === reference);
    const download = await fetch(row.files[0].url, staff);
    const disposition = download.headers.get('content-disposition');
    assert.equal(disposition, `attachment; filename="${reference}-photo-0.png"; filename*=UTF-8''${reference}-photo-0.png`);
    assert.equal(download.headers.get('content-type'), 'image/png');
  });
});

describe('headers and key expiry', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ origins: ['https://city.example'], keyTtlMs: 60_000 });
  });
  after(() => receiver.stop());

  it('sends nosniff and a deny-all CSP on every answer, refusals and errors included', async () => {
    const answers = [
      await post(receiver.base, validStory()),
      await post(receiver.base, validStory({ story: '' })),
      await post(receiver.base, validStory(), { origin: 'https://evil.example' }),
      await fetch(`${receiver.base}/api/stories`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }),
      await fetch(`${receiver.base}/admin/submissions.json`),
      await fetch(`${receiver.base}/admin/submissions.json`, staff),
      await fetch(`${receiver.base}/nowhere`),
    ];
    for (const response of answers) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${response.url} ${response.status}`);
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", `${response.url} ${response.status}`);
    }
    assert.deepEqual(answers.map((r) => r.status), [201, 422, 403, 403, 401, 200, 404]);
  });

  it('lets a cross-origin form read Retry-After', async () => {
    const response = await post(receiver.base, validStory(), { origin: 'https://city.example' });
    assert.match(response.headers.get('access-control-expose-headers'), /Retry-After/);
  });

  it('forgets a key after its expiry, in the sweep', async () => {
    const key = crypto.randomUUID();
    const first = await (await post(receiver.base, validStory(), { key })).json();
    assert.equal((await post(receiver.base, validStory(), { key })).headers.get('idempotent-replayed'), 'true');
    const { keys } = await receiver.store.sweep(Date.now() + 61_000);
    assert.ok(keys >= 1);
    const later = await post(receiver.base, validStory(), { key });
    assert.equal(later.status, 201);
    assert.equal(later.headers.get('idempotent-replayed'), null);
    assert.notEqual((await later.json()).reference, first.reference);
  });
});
