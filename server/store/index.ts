/** The receiver's store: the interface (types.ts) and its engines. */
export * from './types.js';
export { SqliteStore } from './sqlite.js';
export { LocalFiles } from './local-files.js';
