// A test receiver on the test runner's own server (127.0.0.1, a free port,
// stopped with the run). POST /__submit/<run>/<scenario> answers the way the
// scenario says; GET /__submit/<run>/stored shows what was stored, so tests can
// assert from the server's side. Submissions are stored once per Idempotency-Key.
// POST /__submit/<run>/problem?errors=<JSON> answers 422 with the field errors the test chose.
import { createHash } from 'node:crypto';

const runs = new Map();

function run(id) {
  if (!runs.has(id)) runs.set(id, { requests: 0, stored: [], byKey: new Map(), seen: new Map() });
  return runs.get(id);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function parse(req, body) {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://test/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
    const payload = JSON.parse(await form.get('payload').text());
    const files = [];
    for (const [part, value] of form) {
      if (part === 'payload' || typeof value === 'string') continue;
      const bytes = Buffer.from(await value.arrayBuffer());
      files.push({ part, name: value.name, type: value.type, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    return { payload, files, contentType: 'multipart' };
  }
  return { payload: JSON.parse(body.toString('utf8')), files: [], contentType: type };
}

/** Stores once per key; a repeat of a key gets the first answer again. */
function store(state, key, parsed) {
  if (state.byKey.has(key)) return state.byKey.get(key);
  const id = String(state.stored.length + 1);
  const answer = { id, reference: `HAJ-${String(1000 + state.stored.length + 1)}` };
  state.stored.push({ key, ...parsed, answer });
  state.byKey.set(key, answer);
  return answer;
}

const once = (state, name) => {
  const count = state.seen.get(name) ?? 0;
  state.seen.set(name, count + 1);
  return count === 0;
};

/** @type {import('koa').Middleware} */
export async function submissionMiddleware(ctx, next) {
  const match = /^\/__submit\/([\w-]+)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, runId, scenario] = match;
  const state = run(runId);
  if (ctx.method === 'GET' && scenario === 'stored') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ requests: state.requests, stored: state.stored });
    return;
  }
  if (ctx.method === 'GET' && scenario === 'landing') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Thanks</title><p>Thank you!</p>';
    return;
  }
  if (ctx.method !== 'POST') return next();
  state.requests++;
  const body = await readBody(ctx.req);
  const key = ctx.get('Idempotency-Key');
  const json = (status, data, type = 'application/json') => {
    ctx.status = status;
    ctx.type = type;
    ctx.body = JSON.stringify(data);
  };
  const drop = () => {
    ctx.respond = false;
    ctx.req.socket.destroy();
  };
  let parsed;
  try {
    parsed = await parse(ctx.req, body);
  } catch {
    return json(400, { title: 'Unreadable body' }, 'application/problem+json');
  }
  switch (scenario) {
    case 'ok':
      return json(201, store(state, key, parsed));
    case 'invalid':
      return json(422, {
        type: 'about:blank', title: 'Some answers need fixing', status: 422,
        errors: [{ pointer: '/story', detail: 'Story is too short' }, { pointer: '/submitter/email', detail: 'Email bounced' }],
      }, 'application/problem+json');
    case 'problem':
      return json(422, {
        type: 'about:blank', title: 'Some answers need fixing', status: 422, errors: JSON.parse(ctx.query.errors ?? '[]'),
      }, 'application/problem+json');
    case 'bad-request':
      return json(400, { title: 'Bad request' }, 'application/problem+json');
    case 'busy-then-ok':
      if (once(state, scenario)) {
        ctx.set('Retry-After', '1');
        return json(429, { title: 'Too many requests' }, 'application/problem+json');
      }
      return json(201, store(state, key, parsed));
    case 'unavailable-then-ok':
      if (once(state, scenario)) {
        ctx.set('Retry-After', '1');
        return json(503, { title: 'Unavailable' }, 'application/problem+json');
      }
      return json(201, store(state, key, parsed));
    case 'error':
      return json(500, { title: 'Server error' }, 'application/problem+json');
    case 'error-then-ok':
      if (once(state, scenario)) return json(500, { title: 'Server error' }, 'application/problem+json');
      return json(201, store(state, key, parsed));
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>Thanks!</p>';
      return;
    case 'empty':
      ctx.status = 201;
      ctx.body = '';
      return;
    case 'redirect':
      ctx.status = 303;
      ctx.set('Location', `/__submit/${runId}/landing`);
      return;
    case 'timeout':
      ctx.respond = false;
      setTimeout(() => ctx.req.socket.destroy(), 30_000).unref();
      return;
    case 'drop':
      return drop();
    case 'drop-once':
      // The connection is cut after the submission was stored, before the answer arrives.
      store(state, key, parsed);
      if (once(state, scenario)) return drop();
      return json(201, store(state, key, parsed));
    default:
      return json(404, { title: 'No such scenario' }, 'application/problem+json');
  }
}
