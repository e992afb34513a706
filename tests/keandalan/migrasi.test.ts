import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../db/core/audit';
import { migrate, readJournal } from '../../db/core/migrator';
import { bukaCoreUji, tempDir } from '../helpers/core';
import { kunciNomorSurat } from '../../shared/surat/duplikat';
import { isiDataUji } from './fuzz-contoh';

/**
 * Upgrading a database full of records, from every earlier migration step to the latest: the rows
 * of every table come from a database the real services filled (columns the table has at that step;
 * tables the services left empty get one generic row), then the shipped migrator runs. Row counts,
 * the content of the columns that survive, foreign keys and the audit chain must come through
 * unchanged. Generic over db/migrations: a new migration is covered without touching this file.
 */

const MIGRASI = join(import.meta.dirname, '..', '..', 'db', 'migrations');
const journal = readJournal(MIGRASI);
const akar = tempDir('migrasi-aman-');
let sumber: string;

/**
 * FTS tables created by a migration after their content table already had rows need a 'rebuild'.
 * Reviewed exceptions: shipped in the same first release as their content table, so no database
 * ever stopped before them.
 */
const FTS_TANPA_REBUILD_DITINJAU: Record<string, string> = {
  '0001_pencarian_dan_jejak': 'dirilis bersama 0000_awal; tidak ada basis data yang berhenti di 0000',
};

/**
 * Columns a migration recomputes from the row's own data (a derived lookup key, not a record): their
 * content may change; each is checked against the rule that now derives it instead.
 */
const KOLOM_TURUNAN: Record<string, { tabel: string; kolom: string; aturan: (baris: Record<string, unknown>) => unknown }> = {
  '0006_kunci_duplikat_nomor': { tabel: 'surat_masuk', kolom: 'kunci_duplikat', aturan: (b) => kunciNomorSurat(String(b.nomor_surat)) },
};

afterAll(() => rmSync(akar, { recursive: true, force: true }));

beforeAll(async () => {
  const u = bukaCoreUji({ dataDir: join(akar, 'sumber'), now: '2026-03-10T02:00:00Z' });
  await isiDataUji(u.core, akar);
  const c = (m: string, input: unknown) => u.core.callUnknown(m, input, 'penguji');
  await c('suratMasuk.attach', { id: 1, namaFile: 'pindaian.pdf', isiBase64: Buffer.from('%PDF-1.4 uji migrasi').toString('base64') });
  await c('disposisi.updateStatus', { penerimaId: 1, status: 'diterima', catatan: 'Dibaca' });
  await c('suratKeluar.paraf', { id: 1, jabatanId: 2, hasil: 'setuju' });
  await c('suratKeluar.ekspedisi', { id: 3, tanggalKirim: '2026-03-05', cara: 'diantar', penerimaNama: 'Pak RT' });
  await c('register.update', { kode: 'surat', format: '{klasifikasi}/{urut}/{unit}/{tahun}', nomorTerakhir: 40, tahun: 2027 });
  await c('pengguna.save', { username: 'agendaris1', nama: 'Agendaris', peran: ['agendaris'], jabatanId: 3, sandiAwal: 'sandi-awal-123' });
  await u.core.close();
  sumber = join(akar, 'sumber', 'sekretariat.sqlite');
});

/** The shipped migrations folder with the journal cut after `n` entries, as the app of that version had it. */
function folderSampai(n: number): string {
  const dir = join(akar, `migrasi-${n}`);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const j = JSON.parse(readFileSync(join(MIGRASI, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...j, entries: j.entries.slice(0, n) }));
  for (const e of journal.slice(0, n)) copyFileSync(join(MIGRASI, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

function tabelBiasa(db: Database.Database, skema = 'main'): string[] {
  return db
    .prepare(`SELECT name FROM pragma_table_list WHERE schema = ? AND type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '_migrasi' ORDER BY name`)
    .pluck()
    .all(skema) as string[];
}

interface Kolom {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
const kolomDari = (db: Database.Database, tabel: string, skema = 'main') => db.prepare(`SELECT * FROM pragma_table_info(?, ?)`).all(tabel, skema) as Kolom[];

/** A value of the right kind for a column the services never filled. */
function nilaiUmum(k: Kolom): string {
  if (/INT/i.test(k.type)) return '1';
  if (/REAL|NUM/i.test(k.type)) return '1.5';
  if (/BLOB/i.test(k.type)) return "x'00'";
  if (/tanggal|mulai|selesai|batas|waktu|_at$/.test(k.name)) return "'2026-01-05'";
  if (/sha/.test(k.name)) return `'${'a'.repeat(64)}'`;
  return `'contoh ${k.name}'`;
}

/** Copies the columns both databases have; generic rows for tables the services left empty, parents first. */
function isiDariSumber(db: Database.Database): string[] {
  db.prepare('ATTACH DATABASE ? AS sumber').run(sumber);
  const adaDiSumber = new Set(tabelBiasa(db, 'sumber'));
  const umum: string[] = [];
  for (const t of tabelBiasa(db)) {
    const n = adaDiSumber.has(t) ? (db.prepare(`SELECT count(*) FROM sumber.${q(t)}`).pluck().get() as number) : 0;
    if (n === 0) {
      umum.push(t);
      continue;
    }
    const kolomSumber = new Set(kolomDari(db, t, 'sumber').map((k) => k.name));
    const kolom = kolomDari(db, t).filter((k) => kolomSumber.has(k.name) || (k.notnull && k.dflt_value === null));
    const pilih = kolom.map((k) => (kolomSumber.has(k.name) ? q(k.name) : `${nilaiUmum(k)} AS ${q(k.name)}`));
    db.exec(`INSERT INTO main.${q(t)} (${kolom.map((k) => q(k.name)).join(', ')}) SELECT ${pilih.join(', ')} FROM sumber.${q(t)}`);
  }
  for (let sisa = umum; sisa.length; ) {
    const siap = sisa.filter((t) => (db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(t) as { table: string }[]).every((f) => f.table === t || !sisa.includes(f.table)));
    if (siap.length === 0) throw new Error(`Rujukan melingkar di antara ${sisa.join(', ')}`);
    for (const t of siap) barisUmum(db, t);
    sisa = sisa.filter((t) => !siap.includes(t));
  }
  db.exec('DETACH DATABASE sumber');
  return umum;
}

function barisUmum(db: Database.Database, t: string): void {
  const fk = db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(t) as { table: string; from: string; to: string | null }[];
  const kolom = kolomDari(db, t).filter((k) => !(k.pk && /INT/i.test(k.type)));
  const nilai = kolom.map((k) => {
    const f = fk.find((x) => x.from === k.name);
    if (!f) return nilaiUmum(k);
    const ke = f.to ?? 'rowid';
    return `(SELECT ${q(ke)} FROM ${q(f.table)} ORDER BY rowid LIMIT 1)`;
  });
  db.exec(`INSERT INTO ${q(t)} (${kolom.map((k) => q(k.name)).join(', ')}) VALUES (${nilai.join(', ')})`);
}

function hitung(db: Database.Database): Record<string, number> {
  return Object.fromEntries(tabelBiasa(db).map((t) => [t, db.prepare(`SELECT count(*) FROM ${q(t)}`).pluck().get() as number]));
}

/** The rows of one table, restricted to the given columns, in a stable order. */
function isiKolom(db: Database.Database, t: string, kolom: string[]): string {
  const daftar = kolom.map(q).join(', ');
  return JSON.stringify(db.prepare(`SELECT ${daftar} FROM ${q(t)} ORDER BY ${kolom.map((_, i) => i + 1).join(', ')}`).raw().all());
}

describe.each(journal.slice(0, -1).map((e, i) => ({ dari: i + 1, tag: e.tag })))('an upgrade from $tag', ({ dari }) => {
  it(`keeps every row and reference through ${journal.length - dari} migration(s)`, () => {
    const file = join(akar, `naik-dari-${dari}.sqlite`);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    migrate(db, { migrationsFolder: folderSampai(dari), backupDir: null });
    db.pragma('foreign_keys = OFF');
    const umum = isiDariSumber(db);
    db.pragma('foreign_keys = ON');
    expect(db.pragma('foreign_key_check'), 'data awal harus konsisten').toEqual([]);
    const sebelum = hitung(db);
    const kolomSebelum = Object.fromEntries(Object.keys(sebelum).map((t) => [t, kolomDari(db, t).map((k) => k.name)]));
    expect(Object.values(sebelum).every((n) => n > 0), `setiap tabel berisi: ${JSON.stringify(sebelum)}`).toBe(true);

    const r = migrate(db, { migrationsFolder: MIGRASI, backupDir: join(akar, `cadangan-${dari}`) });
    expect(r.applied).toEqual(journal.slice(dari).map((e) => e.tag));
    expect(r.backupPath).toBeTruthy();

    const sesudah = hitung(db);
    for (const [t, n] of Object.entries(sebelum)) expect(sesudah[t], `baris ${t}`).toBe(n);
    const turunan = journal.slice(dari).flatMap((e) => KOLOM_TURUNAN[e.tag] ?? []);
    for (const { tabel, kolom, aturan } of turunan) {
      for (const b of db.prepare(`SELECT * FROM ${q(tabel)}`).all() as Record<string, unknown>[]) expect(b[kolom], `${tabel}.${kolom}`).toBe(aturan(b));
    }
    for (const [t, kolom] of Object.entries(kolomSebelum)) {
      const tetap = kolom.filter((k) => kolomDari(db, t).some((x) => x.name === k) && !turunan.some((d) => d.tabel === t && d.kolom === k));
      const lama = new Database(r.backupPath!, { readonly: true });
      expect(isiKolom(db, t, tetap), `isi ${t}`).toBe(isiKolom(lama, t, tetap));
      lama.close();
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAudit(db).ok).toBe(true);
    const ftsBaru = journal.slice(dari).some((e) => FTS_TANPA_REBUILD_DITINJAU[e.tag]);
    if (!ftsBaru) {
      for (const fts of db.prepare(`SELECT name FROM pragma_table_list WHERE type = 'virtual'`).pluck().all() as string[]) {
        // rank 1: also compare the index with its content table (SQLite reports a mismatch as "malformed").
        expect(() => db.prepare(`INSERT INTO ${q(fts)} (${q(fts)}, rank) VALUES ('integrity-check', 1)`).run(), `indeks ${fts} perlu 'rebuild'`).not.toThrow();
      }
    }
    db.close();
    console.info(`[migrasi] dari ${journal[dari - 1]!.tag}: ${Object.keys(sebelum).length} tabel, ${Object.values(sebelum).reduce((a, b) => a + b, 0)} baris utuh; baris umum untuk ${umum.join(', ') || '-'}`);
  });
});
