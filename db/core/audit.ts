import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { samaNilai } from './rows';
import { siap } from './siap';

/**
 * Every create/update/delete of a record is appended here with who, when, before and after.
 * Each entry's hash covers its content and the previous hash, so any later edit of the file
 * breaks the chain at that entry (found by `audit verify`). Triggers forbid UPDATE and DELETE.
 */

export const HASH_AWAL = '0'.repeat(64);

export interface AuditInput {
  aktor: string;
  aksi: 'create' | 'update' | 'delete';
  tabel: string;
  recordId: string | number;
  sebelum?: unknown;
  sesudah?: unknown;
  waktu: string;
}

interface AuditRow {
  id: number;
  waktu: string;
  aktor: string;
  aksi: string;
  tabel: string;
  record_id: string;
  sebelum: string | null;
  sesudah: string | null;
  hash_sebelumnya: string;
  hash: string;
}

function hashEntry(prev: string, e: Omit<AuditRow, 'id' | 'hash' | 'hash_sebelumnya'>): string {
  const body = JSON.stringify([e.waktu, e.aktor, e.aksi, e.tabel, e.record_id, e.sebelum, e.sesudah]);
  return createHash('sha256').update(prev).update('\n').update(body).digest('hex');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An update records only the fields that changed, before and after: that is what the audit viewer
 * shows, and a whole row twice per update made the log (and every write's time in the lock) grow
 * with the width of the table rather than with the change.
 */
export function bedaRekaman(sebelum: unknown, sesudah: unknown): { sebelum: unknown; sesudah: unknown } {
  if (!isRecord(sebelum) || !isRecord(sesudah)) return { sebelum, sesudah };
  const kunci = [...new Set([...Object.keys(sebelum), ...Object.keys(sesudah)])].filter((k) => !samaNilai(sebelum[k], sesudah[k]));
  return { sebelum: Object.fromEntries(kunci.map((k) => [k, sebelum[k] ?? null])), sesudah: Object.fromEntries(kunci.map((k) => [k, sesudah[k] ?? null])) };
}

export function appendAudit(sqlite: Database.Database, masukan: AuditInput): void {
  const a = masukan.aksi === 'update' ? { ...masukan, ...bedaRekaman(masukan.sebelum, masukan.sesudah) } : masukan;
  const prev = (siap(sqlite, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? HASH_AWAL;
  const row = {
    waktu: a.waktu,
    aktor: a.aktor,
    aksi: a.aksi,
    tabel: a.tabel,
    record_id: String(a.recordId),
    sebelum: a.sebelum === undefined ? null : JSON.stringify(a.sebelum),
    sesudah: a.sesudah === undefined ? null : JSON.stringify(a.sesudah),
  };
  siap(
    sqlite,
    `INSERT INTO audit_log (waktu, aktor, aksi, tabel, record_id, sebelum, sesudah, hash_sebelumnya, hash)
     VALUES (@waktu, @aktor, @aksi, @tabel, @record_id, @sebelum, @sesudah, @prev, @hash)`,
  ).run({ ...row, prev, hash: hashEntry(prev, row) });
}

export function verifyAudit(sqlite: Database.Database): { ok: boolean; jumlah: number; rusakPada: number | null } {
  let prev = HASH_AWAL;
  let jumlah = 0;
  for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    jumlah++;
    if (row.hash_sebelumnya !== prev || hashEntry(prev, row) !== row.hash) return { ok: false, jumlah, rusakPada: row.id };
    prev = row.hash;
  }
  return { ok: true, jumlah, rusakPada: null };
}
