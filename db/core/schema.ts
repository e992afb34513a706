import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Append-only (triggers forbid UPDATE/DELETE) and hash-chained: see db/core/audit.ts. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    waktu: text('waktu').notNull(),
    aktor: text('aktor').notNull(),
    aksi: text('aksi', { enum: ['create', 'update', 'delete'] }).notNull(),
    tabel: text('tabel').notNull(),
    recordId: text('record_id').notNull(),
    sebelum: text('sebelum'),
    sesudah: text('sesudah'),
    hashSebelumnya: text('hash_sebelumnya').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_record').on(t.tabel, t.recordId), index('audit_log_waktu').on(t.waktu)],
);

/** Stored files (scans, generated documents), content-addressed by SHA-256 under <data>/berkas/. */
export const berkasFile = sqliteTable(
  'berkas_file',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    namaFile: text('nama_file').notNull(),
    mime: text('mime').notNull(),
    ukuran: integer('ukuran').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('berkas_file_sha').on(t.sha256)],
);

/** Named counters (nomor agenda per year, ...). Incremented only inside a write transaction. */
export const urutan = sqliteTable(
  'urutan',
  {
    lingkup: text('lingkup').notNull(),
    tahun: integer('tahun').notNull(),
    terakhir: integer('terakhir').notNull(),
  },
  (t) => [uniqueIndex('urutan_pk').on(t.lingkup, t.tahun)],
);
