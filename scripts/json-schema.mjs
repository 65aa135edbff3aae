#!/usr/bin/env node
// Writes the JSON Schema of each zod contract in src/schema/ to dist/schema/, and the
// OpenAPI 3.1 description of the receiver's endpoints built from them to
// dist/openapi.json, for backends written in other languages. Refinements that JSON
// Schema cannot say (a known region for the country, "other" needs its text) are
// described in the README.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { DRAFT_SCHEMAS, draftPaths } from './openapi-drafts.mjs';

const { outputFiles } = await build({
  stdin: {
    contents: `
      import * as z from 'zod/mini';
      export { pairingSchema } from './src/schema/pairing.ts';
      export { storySchema } from './src/schema/story.ts';
      export { requestSchema } from './src/schema/request.ts';
      export * from './src/schema/draft.ts';
      export const toJSONSchema = z.toJSONSchema;`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const schemas = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
mkdirSync('dist/schema', { recursive: true });
const components = {};
for (const [name, schema] of [['pairing', schemas.pairingSchema], ['story', schemas.storySchema], ['request', schemas.requestSchema]]) {
  const json = schemas.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
  json.title = `sister-city-widgets ${name}`;
  writeFileSync(`dist/schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  const { $schema, ...component } = json;
  components[name[0].toUpperCase() + name.slice(1)] = component;
}
for (const [name, exported] of DRAFT_SCHEMAS) {
  const { $schema, ...component } = schemas.toJSONSchema(schemas[exported], { unrepresentable: 'any', io: 'input' });
  components[name] = component;
}

const problem = (description) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const submission = (name, summary) => ({
  post: {
    summary,
    parameters: [
      {
        name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 },
        description: 'One UUID per submission, the same on every retry of it. A repeated key with the same payload gets the first answer again; with a different payload, 422.',
      },
    ],
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['payload'],
            properties: { payload: { $ref: `#/components/schemas/${name}` } },
            additionalProperties: { type: 'string', format: 'binary', description: 'One part per file, named as the payload names it (photo-0, pamphlet-0, …)' },
          },
          encoding: { payload: { contentType: 'application/json' } },
        },
      },
    },
    responses: {
      201: { description: 'Stored (or the first answer for this key again)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Receipt' } } } },
      400: problem('No Idempotency-Key, or a body that cannot be read'),
      403: problem('The Origin is not allowed'),
      409: problem('A submission with this key is still being processed'),
      413: problem('The body or a file is too large'),
      415: problem('Neither JSON nor multipart/form-data'),
      422: problem('Answers to correct, each named by a JSON Pointer in errors[].pointer; or a key reused with another payload'),
      429: { ...problem('Too many submissions from this client'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } },
      503: { ...problem('Unavailable; try again'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
    },
  },
});
const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'sister-city-widgets receiver',
    version: JSON.parse(readFileSync('package.json', 'utf8')).version,
    description: 'What the <sister-city-story-form> posts to, and what any backend must answer. See the README, "The endpoint contract".',
  },
  paths: {
    '/api/stories': submission('Story', 'Submit a Hajimari origin story'),
    '/api/requests': submission('Request', 'Submit a partner request (either direction)'),
    ...draftPaths('/api/stories', true, problem),
    ...draftPaths('/api/requests', false, problem),
    '/api/pairings.csv': { get: { summary: 'The pairings feed (CSV)', responses: { 200: { description: 'RFC 4180 CSV', content: { 'text/csv': {} } } } } },
  },
  components: {
    schemas: {
      ...components,
      Problem: {
        type: 'object',
        properties: {
          type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { pointer: { type: 'string' }, detail: { type: 'string' } } } },
        },
      },
    },
  },
};
writeFileSync('dist/openapi.json', `${JSON.stringify(openapi, null, 2)}\n`);
console.log('wrote dist/schema/ and dist/openapi.json');
