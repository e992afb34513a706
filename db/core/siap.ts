import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection. Preparing parses and plans the SQL each time; on the
 * write paths that run inside the lock (numbering, the audit chain) that is time other processes wait.
 */
export function siap(sqlite: Database.Database, sql: string): Database.Statement {
  let m = cache.get(sqlite);
  if (!m) cache.set(sqlite, (m = new Map()));
  let st = m.get(sql);
  if (!st) m.set(sql, (st = sqlite.prepare(sql)));
  return st;
}

const kueri = new WeakMap<object, Map<string, unknown>>();

/** The same for a drizzle query built with `sql.placeholder`: built and prepared once per database. */
export function siapKueri<T>(db: object, kunci: string, buat: () => T): T {
  let m = kueri.get(db);
  if (!m) kueri.set(db, (m = new Map()));
  if (!m.has(kunci)) m.set(kunci, buat());
  return m.get(kunci) as T;
}
