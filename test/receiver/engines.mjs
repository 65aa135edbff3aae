// Real engines for the receiver's tests, started here and stopped when the tests end:
// a throwaway PostgreSQL cluster (Debian's postgresql: initdb in a temp dir, a free port on
// 127.0.0.1, run as the unprivileged `postgres` user when the tests run as root) and an
// S3-compatible server (s3rver, from npm). Without PostgreSQL installed, the PostgreSQL tests
// are skipped with the reason; under CI (CI=true) a missing PostgreSQL is an error instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const bin = join(root, version, 'bin');
  return existsSync(join(bin, 'initdb')) ? bin : undefined;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing() {
  if (!postgresBin()) return 'PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it';
  return undefined;
}

/** Starts a cluster; resolves with { url(database), createDatabase(name), stop() }. */
export async function startPostgres() {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'receiver-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (command) => {
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/bash', '-c', command], { encoding: 'utf8' })
      : spawnSync('/bin/bash', ['-c', command], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command}\n${result.stdout}${result.stderr}`);
  };
  run(`${bin}/initdb -D ${dir}/data -A trust -U postgres --no-sync >/dev/null`);
  run(`${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -t 120 start -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"`);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let next = 0;
  return {
    url: (database = 'postgres') => `${base}/${database}`,
    /** A fresh database for one receiver, so that tests do not see each other's rows. */
    createDatabase() {
      const name = `receiver_${process.pid}_${next++}`;
      execFileSync(`${bin}/psql`, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-qc', `CREATE DATABASE ${name}`]);
      return `${base}/${name}`;
    },
    stop() {
      try {
        run(`${bin}/pg_ctl -D ${dir}/data -m immediate -w stop >/dev/null`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Starts s3rver on a free port with one bucket; resolves with the S3 settings and stop(). */
export async function startS3(bucket = 'sister-city-files') {
  const directory = mkdtempSync(join(tmpdir(), 'receiver-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: await freePort(), silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  server.httpServer.unref(); // the test process may end while it runs; stop() closes it where a test owns it
  return {
    settings: {
      bucket, region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
      prefix: 'files/', forcePathStyle: true,
    },
    env: {
      S3_BUCKET: bucket, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * The environment a receiver process (test/receiver/process.mjs) needs for the engine this run tests:
 * none on SQLite; with RECEIVER_ENGINE=postgres, a PostgreSQL cluster and an S3 server started here
 * (`DATABASE_URL` and `S3_*`), stopped by stop().
 */
export async function processEngine() {
  if (process.env.RECEIVER_ENGINE !== 'postgres') return { name: 'sqlite', env: {}, databaseUrl: undefined, async stop() {} };
  const missing = postgresMissing();
  if (missing) throw new Error(`RECEIVER_ENGINE=postgres, but ${missing}`);
  const [postgres, s3] = await Promise.all([startPostgres(), startS3()]);
  const databaseUrl = postgres.createDatabase();
  return {
    name: 'postgres',
    env: { DATABASE_URL: databaseUrl, ...s3.env },
    databaseUrl,
    async stop() {
      await s3.stop();
      postgres.stop();
    },
  };
}
