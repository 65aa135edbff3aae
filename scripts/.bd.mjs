import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, target: 'es2022', tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } } });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k.includes('zod') ? 'zod' : k.replace(/node_modules\/(@lit\/)?/, '').replace(/\/.*\//, '/…/'), v.bytesInOutput]);
const g = {}; for (const [k, b] of rows) g[k] = (g[k] ?? 0) + b;
for (const [k, b] of Object.entries(g).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(b).padStart(7), k);
console.log('gz', gzipSync(r.outputFiles[0].text, { level: 9 }).length);
