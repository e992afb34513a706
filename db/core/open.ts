import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema';
import { migrate, type MigrateResult } from './migrator';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
  migration: MigrateResult;
}

export interface OpenOptions {
  migrationsFolder: string;
  /** Where pre-migration copies go; null for in-memory databases. */
  backupDir: string | null;
  /** Path to a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string;
  now?: () => Date;
}

export const DB_FILE = 'sekretariat.sqlite';

/** How long a statement waits for another process's lock before it fails with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

export function databasePath(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

/**
 * Pragmas, chosen for records that must survive a crash:
 * WAL lets readers work while one writer writes; synchronous=FULL makes every commit durable
 * even on power loss (NORMAL in WAL mode can lose the last commits on an OS crash);
 * busy_timeout makes a second process (the CLI next to the app) wait instead of failing.
 */
export function openDatabase(file: string, opts: OpenOptions): OpenedDatabase {
  if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true });
  const sqlite = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('temp_store = MEMORY');
    const migration = migrate(sqlite, { migrationsFolder: opts.migrationsFolder, backupDir: opts.backupDir, now: opts.now });
    return { sqlite, db: drizzle(sqlite, { schema }), migration };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
