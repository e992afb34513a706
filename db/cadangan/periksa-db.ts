import type Database from 'better-sqlite3';
import { verifyAudit } from '../core/audit';
import { bukaDb } from './koneksi';
import { jumlahBaris, migrasiTerpasang } from './manifest';

export interface HasilPeriksaDb {
  /** `PRAGMA integrity_check` lines other than "ok". */
  rusak: string[];
  pelanggaranKunciAsing: number;
  audit: { ok: boolean; jumlah: number; rusakPada: number | null; hashTerakhir: string };
  migrasi: string[];
  jumlahBaris: Record<string, number>;
  /** Every attachment hash a row points at (columns named sha256 or *_sha256, whatever the table). */
  lampiranDirujuk: Set<string>;
}

function lampiranDirujuk(sqlite: Database.Database): Set<string> {
  const daftar = sqlite
    .prepare(
      `SELECT t.name AS tabel, c.name AS kolom FROM pragma_table_list t, pragma_table_info(t.name) c
       WHERE t.schema = 'main' AND t.type = 'table' AND (c.name = 'sha256' OR c.name LIKE '%\\_sha256' ESCAPE '\\')`,
    )
    .all() as { tabel: string; kolom: string }[];
  const hasil = new Set<string>();
  for (const { tabel, kolom } of daftar) {
    const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
    for (const h of sqlite.prepare(`SELECT DISTINCT ${q(kolom)} FROM ${q(tabel)} WHERE ${q(kolom)} IS NOT NULL`).pluck().all()) hasil.add(String(h));
  }
  return hasil;
}

/** Opened read-only: checking a backup must never be able to change it. */
export function periksaDb(file: string): HasilPeriksaDb {
  const sqlite = bukaDb(file, { readonly: true });
  try {
    const rusak = (sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check).filter((s) => s !== 'ok');
    const audit = verifyAudit(sqlite);
    const hashTerakhir = (sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? '';
    return {
      rusak,
      pelanggaranKunciAsing: (sqlite.pragma('foreign_key_check') as unknown[]).length,
      audit: { ...audit, hashTerakhir },
      migrasi: migrasiTerpasang(sqlite),
      jumlahBaris: jumlahBaris(sqlite),
      lampiranDirujuk: lampiranDirujuk(sqlite),
    };
  } finally {
    sqlite.close();
  }
}

export function masalahDb(h: HasilPeriksaDb): string[] {
  return [
    ...(h.rusak.length ? [`Basis data tidak lolos pemeriksaan integritas: ${h.rusak.slice(0, 3).join('; ')}.`] : []),
    ...(h.pelanggaranKunciAsing ? [`Basis data memuat ${h.pelanggaranKunciAsing} rujukan yang putus (kunci asing).`] : []),
    ...(h.audit.ok ? [] : [`Rantai jejak audit rusak pada entri #${h.audit.rusakPada}.`]),
  ];
}
