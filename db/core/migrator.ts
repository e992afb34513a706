import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Our own runner for drizzle-kit's SQL migrations, because drizzle's migrator has two data-loss traps
 * (engineering notes §4): it runs rebuilds with foreign keys on (DROP TABLE cascades) and silently
 * skips migrations stamped earlier than the newest applied one. Here:
 * - applied migrations must be an exact prefix (tag and content hash) of the shipped journal;
 * - an online copy of a non-empty database is taken before anything is applied;
 * - foreign keys are switched off outside the transaction, each migration runs in its own
 *   IMMEDIATE transaction, and `foreign_key_check` must be clean before it commits;
 * - nothing is ever wiped on failure: the transaction rolls back and the error is raised.
 */

export interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function readJournal(migrationsFolder: string): JournalEntry[] {
  const file = join(migrationsFolder, 'meta', '_journal.json');
  if (!existsSync(file)) throw new MigrationError(`Jurnal migrasi tidak ditemukan: ${file}`);
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries;
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (e.idx !== i) throw new MigrationError(`Jurnal migrasi rusak: entri ke-${i} bernomor ${e.idx}.`);
    if (prev && e.when <= prev.when) {
      throw new MigrationError(`Jurnal migrasi tidak berurutan: ${e.tag} bertanggal tidak sesudah ${prev.tag}.`);
    }
  });
  return entries;
}

export function migrationStatements(migrationsFolder: string, tag: string): { sql: string[]; hash: string } {
  const text = readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8');
  return {
    sql: text
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter(Boolean),
    hash: createHash('sha256').update(text).digest('hex'),
  };
}

export interface MigrateResult {
  applied: string[];
  backupPath: string | null;
}

export function migrate(sqlite: Database.Database, opts: { migrationsFolder: string; backupDir: string | null; now?: () => Date }): MigrateResult {
  const journal = readJournal(opts.migrationsFolder);
  sqlite.exec(`CREATE TABLE IF NOT EXISTS _migrasi (
    idx INTEGER PRIMARY KEY, tag TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, diterapkan TEXT NOT NULL)`);
  const applied = sqlite.prepare('SELECT idx, tag, hash FROM _migrasi ORDER BY idx').all() as { idx: number; tag: string; hash: string }[];

  applied.forEach((a, i) => {
    const shipped = journal[i];
    if (!shipped) {
      throw new MigrationError(
        `Basis data ini sudah dimigrasi oleh versi aplikasi yang lebih baru (${a.tag}). Gunakan versi aplikasi yang sesuai; data tidak diubah.`,
      );
    }
    if (a.idx !== i || a.tag !== shipped.tag) {
      throw new MigrationError(`Urutan migrasi tidak cocok: basis data memuat ${a.tag} di posisi ${i}, aplikasi memuat ${shipped.tag}.`);
    }
    if (a.hash !== migrationStatements(opts.migrationsFolder, shipped.tag).hash) {
      throw new MigrationError(`Berkas migrasi ${a.tag} berubah sesudah diterapkan. Migrasi yang sudah terbit tidak boleh diubah.`);
    }
  });

  const pending = journal.slice(applied.length);
  if (pending.length === 0) return { applied: [], backupPath: null };

  let backupPath: string | null = null;
  const hasData = applied.length > 0;
  if (hasData && opts.backupDir) {
    mkdirSync(opts.backupDir, { recursive: true });
    const stamp = (opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupPath = join(opts.backupDir, `pra-migrasi-${stamp}.sqlite`);
    // VACUUM INTO is an online, consistent copy (never a raw copy of a live WAL file).
    sqlite.prepare('VACUUM INTO ?').run(backupPath);
  }

  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const entry of pending) {
      const { sql, hash } = migrationStatements(opts.migrationsFolder, entry.tag);
      sqlite
        .transaction(() => {
          for (const stmt of sql) sqlite.exec(stmt);
          const violations = sqlite.pragma('foreign_key_check') as unknown[];
          if (violations.length > 0) {
            throw new MigrationError(`Migrasi ${entry.tag} merusak ${violations.length} rujukan kunci asing; dibatalkan, data tidak berubah.`);
          }
          sqlite
            .prepare('INSERT INTO _migrasi (idx, tag, hash, diterapkan) VALUES (?, ?, ?, ?)')
            .run(entry.idx, entry.tag, hash, (opts.now?.() ?? new Date()).toISOString());
        })
        .immediate();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending.map((p) => p.tag), backupPath };
}
