/**
 * Picks the store from the settings: PostgreSQL when DATABASE_URL is set, else SQLite in
 * DATA_DIR; files in S3-compatible storage when S3_BUCKET is set, else in DATA_DIR/files.
 */
import { join } from 'node:path';
import type { ReceiverConfig } from '../config.js';
import { LocalFiles } from './local-files.js';
import { PostgresStore } from './postgres.js';
import { S3Files } from './s3-files.js';
import { SqliteStore } from './sqlite.js';
import type { FileStorage, Store } from './types.js';

export async function openStore(config: ReceiverConfig): Promise<Store> {
  const files: FileStorage = config.s3 ? new S3Files(config.s3) : new LocalFiles(join(config.dataDir, 'files'));
  const times = { leaseMs: config.leaseMs, keyTtlMs: config.keyTtlMs };
  if (config.databaseUrl) return PostgresStore.open(config.databaseUrl, files, times);
  return new SqliteStore(config.dataDir, times, files);
}
