/**
 * The zod every schema uses: `zod/mini` (tree-shakable) with JIT compilation
 * off, because zod's probe for `new Function` is a CSP violation on host
 * pages without 'unsafe-eval'.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
