import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readJournal } from '../../db/core/migrator';
import { APP_ROOT, tempDir } from '../helpers/core';

/** A migrations folder in drizzle-kit's layout, written by the test. */
function folder(migrations: { tag: string; when: number; sql: string }[]): string {
  const dir = tempDir('migrasi-');
  mkdirSync(join(dir, 'meta'));
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'sqlite', entries: migrations.map((m, idx) => ({ idx, version: '6', when: m.when, tag: m.tag, breakpoints: true })) }),
  );
  for (const m of migrations) writeFileSync(join(dir, `${m.tag}.sql`), m.sql);
  return dir;
}

const induk = {
  tag: '0000_induk',
  when: 1000,
  sql: `CREATE TABLE induk (id INTEGER PRIMARY KEY, nama TEXT NOT NULL);
--> statement-breakpoint
CREATE TABLE anak (id INTEGER PRIMARY KEY, induk_id INTEGER NOT NULL REFERENCES induk(id) ON DELETE CASCADE);`,
};
/** What drizzle-kit emits for a change ALTER cannot express: a table rebuild with DROP TABLE. */
const rebuild = {
  tag: '0001_rebuild',
  when: 2000,
  sql: `PRAGMA foreign_keys=OFF;
--> statement-breakpoint
CREATE TABLE __new_induk (id INTEGER PRIMARY KEY, nama TEXT NOT NULL DEFAULT 'tanpa nama');
--> statement-breakpoint
INSERT INTO __new_induk SELECT id, nama FROM induk;
--> statement-breakpoint
DROP TABLE induk;
--> statement-breakpoint
ALTER TABLE __new_induk RENAME TO induk;
--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
};

function dbDenganData(dir: string): { db: Database.Database; file: string } {
  const file = join(tempDir(), 'uji.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, { migrationsFolder: dir, backupDir: null });
  db.prepare(`INSERT INTO induk (id, nama) VALUES (1, 'a'), (2, 'b')`).run();
  db.prepare(`INSERT INTO anak (id, induk_id) VALUES (10, 1), (11, 1), (12, 2)`).run();
  return { db, file };
}

describe('migrator', () => {
  it('a table rebuild never cascades into child tables, and a copy is taken first', () => {
    const { db, file } = dbDenganData(folder([induk]));
    const backupDir = join(file, '..', 'cadangan');
    const r = migrate(db, { migrationsFolder: folder([induk, rebuild]), backupDir });
    expect(r.applied).toEqual(['0001_rebuild']);
    expect(db.prepare('SELECT count(*) n FROM anak').get()).toEqual({ n: 3 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const copy = new Database(r.backupPath!, { readonly: true });
    expect(copy.prepare('SELECT count(*) n FROM anak').get()).toEqual({ n: 3 });
    expect(copy.prepare('SELECT tag FROM _migrasi').all()).toEqual([{ tag: '0000_induk' }]);
    copy.close();
    db.close();
  });

  it('a failing migration rolls back whole and leaves the data as it was', () => {
    const { db } = dbDenganData(folder([induk]));
    const rusak = { tag: '0001_rusak', when: 2000, sql: `ALTER TABLE induk ADD COLUMN kode TEXT;\n--> statement-breakpoint\nINSERT INTO tabel_tidak_ada VALUES (1);` };
    expect(() => migrate(db, { migrationsFolder: folder([induk, rusak]), backupDir: null })).toThrow(/tabel_tidak_ada/);
    expect(db.prepare('SELECT count(*) n FROM induk').get()).toEqual({ n: 2 });
    expect(db.prepare(`SELECT count(*) n FROM pragma_table_info('induk') WHERE name = 'kode'`).get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) n FROM _migrasi').get()).toEqual({ n: 1 });
  });

  it('refuses a migration that would leave broken foreign keys', () => {
    const { db } = dbDenganData(folder([induk]));
    const yatim = { tag: '0001_yatim', when: 2000, sql: `DELETE FROM induk WHERE id = 2;` };
    expect(() => migrate(db, { migrationsFolder: folder([induk, yatim]), backupDir: null })).toThrow(/kunci asing/);
    expect(db.prepare('SELECT count(*) n FROM induk').get()).toEqual({ n: 2 });
  });

  it('refuses out-of-order journals, foreign histories, edited migrations and newer databases', () => {
    expect(() => readJournal(folder([{ ...induk, when: 3000 }, rebuild]))).toThrow(/tidak berurutan/);
    const { db } = dbDenganData(folder([induk]));
    expect(() => migrate(db, { migrationsFolder: folder([{ ...induk, tag: '0000_lain' }]), backupDir: null })).toThrow(/Urutan migrasi tidak cocok/);
    expect(() => migrate(db, { migrationsFolder: folder([{ ...induk, sql: `${induk.sql}\n-- diubah` }]), backupDir: null })).toThrow(/berubah sesudah diterapkan/);
    migrate(db, { migrationsFolder: folder([induk, rebuild]), backupDir: null });
    expect(() => migrate(db, { migrationsFolder: folder([induk]), backupDir: null })).toThrow(/versi aplikasi yang lebih baru/);
  });
});

describe('the shipped migrations', () => {
  const dir = join(APP_ROOT, 'db', 'migrations');
  /** Rebuilds that were reviewed by hand and are safe under this migrator (foreign keys off). */
  const REBUILD_DITINJAU: string[] = [
    // Drops and rebuilds only the surat_keluar_fts index (no data), from surat_keluar itself.
    '0005_nomor_di_luar_fts',
  ];

  it('have a strictly increasing journal that matches the files', () => {
    const journal = readJournal(dir);
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
    expect(journal.map((e) => `${e.tag}.sql`)).toEqual(files);
  });

  it('contain no unreviewed DROP TABLE / table rebuild', () => {
    for (const e of readJournal(dir)) {
      const sql = readFileSync(join(dir, `${e.tag}.sql`), 'utf8');
      if (/DROP TABLE|__new_/i.test(sql)) expect(REBUILD_DITINJAU, `${e.tag} membangun ulang tabel; tinjau lalu daftarkan`).toContain(e.tag);
    }
  });
});
