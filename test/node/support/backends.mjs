// The two databases every storage test runs against: SQLite in a temp file,
// and PostgreSQL when TEST_POSTGRES_URL is set (each test gets its own schema
// there, dropped afterwards). Each comes with a direct connection for checks.
import Database from 'better-sqlite3';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

export const backends = [
  { name: 'SQLite', skip: false, create: sqliteDatabase },
  {
    name: 'PostgreSQL',
    skip: POSTGRES_URL
      ? false
      : 'TEST_POSTGRES_URL is not set; to run these: export TEST_POSTGRES_URL="$(bash scripts/postgres-for-tests.sh start)"',
    create: postgresDatabase,
  },
];

export async function tempDir(prefix = 'cc-collector-') {
  return mkdtemp(join(tmpdir(), prefix));
}

/** { db: what --db takes, query(sql) → rows, exec(sql), cleanup() } */
async function sqliteDatabase() {
  const dir = await tempDir();
  const db = join(dir, 'consent.db');
  let connection;
  const open = () => (connection ??= new Database(db, { timeout: 10_000 }));
  return {
    db,
    dir,
    query: async (text) => open().prepare(text).all(),
    exec: async (text) => void open().exec(text),
    cleanup: async () => {
      connection?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresDatabase() {
  const dir = await tempDir();
  const schema = `cc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const separator = POSTGRES_URL.includes('?') ? '&' : '?';
  const db = `${POSTGRES_URL}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  await admin.query(`set search_path to ${schema}`);
  return {
    db,
    dir,
    query: async (text) => (await admin.query(text)).rows,
    exec: async (text) => void (await admin.query(text)),
    cleanup: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
