/** The receiver's store: the interface (types.ts), its engines, and the choice between them (open.ts). */
export * from './types.js';
export * from './back-office.js';
export * from './outbox.js';
export * from './drafts.js';
export * from './print-copies.js';
export { SqliteStore } from './sqlite.js';
export { PostgresStore } from './postgres.js';
export { LocalFiles } from './local-files.js';
export { S3Files } from './s3-files.js';
export { openStore } from './open.js';
