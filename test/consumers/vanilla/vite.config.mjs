// One plain app per package entry: ENTRY names the script (pairings.ts, cdn.ts, …) index.html loads.
import { base } from '../shared/vite-base.mjs';

const entry = process.env.ENTRY ?? 'pairings';

export default base(import.meta.dirname, [
  { name: 'entry', transformIndexHtml: { order: 'pre', handler: (html) => html.replace('./ENTRY.ts', `./${entry}.ts`) } },
]);
