#!/usr/bin/env node
// Writes the JSON Schema of each zod contract in src/schema/ to dist/schema/, for
// receivers written in other languages. Refinements that JSON Schema cannot say
// (a known region for the country, "other" needs its text) are described in the README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { outputFiles } = await build({
  stdin: {
    contents: `
      import * as z from 'zod/mini';
      export { pairingSchema } from './src/schema/pairing.ts';
      export { storySchema } from './src/schema/story.ts';
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
for (const [name, schema] of [['pairing', schemas.pairingSchema], ['story', schemas.storySchema]]) {
  const json = schemas.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
  json.title = `sister-city-widgets ${name}`;
  writeFileSync(`dist/schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log('wrote dist/schema/');
