import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { berkasFile } from '../core/schema';
import { jabatan, unit } from '../organisasi/schema';

const dibuat = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const diubah = () => text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const suratMasuk = sqliteTable(
  'surat_masuk',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tahunAgenda: integer('tahun_agenda').notNull(),
    nomorAgenda: integer('nomor_agenda').notNull(),
    tanggalTerima: text('tanggal_terima').notNull(),
    asal: text('asal').notNull(),
    nomorSurat: text('nomor_surat').notNull(),
    tanggalSurat: text('tanggal_surat').notNull(),
    perihal: text('perihal').notNull(),
    ringkasan: text('ringkasan'),
    lampiran: text('lampiran'),
    urgensi: text('urgensi').notNull(),
    klasifikasiKeamanan: text('klasifikasi_keamanan').notNull(),
    kodeKlasifikasi: text('kode_klasifikasi'),
    /** Derived from the disposisi branches, kept here so lists and the dashboard need no joins. */
    status: text('status').notNull().default('belum_didisposisi'),
    /** The nomor surat without whitespace or case (shared/surat/duplikat.ts): where a likely duplicate is looked up. */
    kunciDuplikat: text('kunci_duplikat').notNull(),
    createdAt: dibuat(),
    updatedAt: diubah(),
  },
  (t) => [
    uniqueIndex('surat_masuk_agenda').on(t.tahunAgenda, t.nomorAgenda),
    index('surat_masuk_terima').on(t.tanggalTerima, t.id),
    // One index per list filter, each in the book's date order (tanggal_terima, id) and carrying the
    // other filter columns, so any filtered page or total is read from an index alone (see list).
    index('surat_masuk_status').on(t.status, t.tanggalTerima, t.id, t.urgensi, t.tahunAgenda),
    index('surat_masuk_tahun').on(t.tahunAgenda, t.tanggalTerima, t.id, t.status, t.urgensi),
    index('surat_masuk_urgensi').on(t.urgensi, t.tanggalTerima, t.id, t.status, t.tahunAgenda),
    index('surat_masuk_duplikat').on(t.kunciDuplikat),
  ],
);

export const disposisi = sqliteTable(
  'disposisi',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    suratMasukId: integer('surat_masuk_id')
      .notNull()
      .references(() => suratMasuk.id, { onDelete: 'restrict' }),
    dariJabatanId: integer('dari_jabatan_id')
      .notNull()
      .references(() => jabatan.id, { onDelete: 'restrict' }),
    /** The branch this disposisi passes on (null: the first disposisi of the letter). */
    asalPenerimaId: integer('asal_penerima_id').references((): AnySQLiteColumn => disposisiPenerima.id, { onDelete: 'restrict' }),
    tanggal: text('tanggal').notNull(),
    instruksi: text('instruksi', { mode: 'json' }).$type<string[]>().notNull(),
    catatan: text('catatan'),
    batasWaktu: text('batas_waktu'),
    createdAt: dibuat(),
  },
  (t) => [index('disposisi_surat').on(t.suratMasukId)],
);

/** One branch of a disposisi: one recipient jabatan with its own status. */
export const disposisiPenerima = sqliteTable(
  'disposisi_penerima',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    disposisiId: integer('disposisi_id')
      .notNull()
      .references((): AnySQLiteColumn => disposisi.id, { onDelete: 'restrict' }),
    suratMasukId: integer('surat_masuk_id')
      .notNull()
      .references(() => suratMasuk.id, { onDelete: 'restrict' }),
    jabatanId: integer('jabatan_id')
      .notNull()
      .references(() => jabatan.id, { onDelete: 'restrict' }),
    utama: integer('utama', { mode: 'boolean' }).notNull().default(false),
    status: text('status').notNull().default('belum_dibaca'),
    batasWaktu: text('batas_waktu'),
    updatedAt: diubah(),
  },
  (t) => [
    uniqueIndex('disposisi_penerima_unik').on(t.disposisiId, t.jabatanId),
    index('disposisi_penerima_jabatan').on(t.jabatanId, t.status),
    // Covering for the dashboard: open branches by deadline, and this year's branches per letter.
    index('disposisi_penerima_batas').on(t.status, t.batasWaktu, t.jabatanId, t.suratMasukId),
    index('disposisi_penerima_surat').on(t.suratMasukId, t.jabatanId, t.status, t.batasWaktu),
  ],
);

export const tindakLanjut = sqliteTable(
  'tindak_lanjut',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    penerimaId: integer('penerima_id')
      .notNull()
      .references(() => disposisiPenerima.id, { onDelete: 'restrict' }),
    waktu: text('waktu').notNull(),
    status: text('status').notNull(),
    catatan: text('catatan'),
    aktor: text('aktor').notNull(),
  },
  (t) => [index('tindak_lanjut_penerima').on(t.penerimaId)],
);

export const register = sqliteTable('register', {
  kode: text('kode').primaryKey(),
  nama: text('nama').notNull(),
  format: text('format').notNull(),
  padding: integer('padding').notNull().default(0),
  sisipanFormat: text('sisipan_format').notNull().default('.{n:2}'),
  unit: text('unit'),
  aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
});

/** The counter of a register for one year: the last main number used. */
export const registerTahun = sqliteTable(
  'register_tahun',
  {
    registerKode: text('register_kode')
      .notNull()
      .references(() => register.kode, { onDelete: 'restrict' }),
    tahun: integer('tahun').notNull(),
    nomorTerakhir: integer('nomor_terakhir').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registerKode, t.tahun] })],
);

export const suratKeluar = sqliteTable(
  'surat_keluar',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jenisNaskah: text('jenis_naskah').notNull(),
    tanggal: text('tanggal').notNull(),
    tujuan: text('tujuan').notNull(),
    perihal: text('perihal').notNull(),
    kodeKlasifikasi: text('kode_klasifikasi').notNull(),
    registerKode: text('register_kode')
      .notNull()
      .references(() => register.kode, { onDelete: 'restrict' }),
    unitPengolahId: integer('unit_pengolah_id').references(() => unit.id, { onDelete: 'restrict' }),
    penandatanganJabatanId: integer('penandatangan_jabatan_id').references(() => jabatan.id, { onDelete: 'restrict' }),
    urgensi: text('urgensi').notNull(),
    klasifikasiKeamanan: text('klasifikasi_keamanan').notNull(),
    lampiran: text('lampiran'),
    ringkasan: text('ringkasan'),
    status: text('status').notNull(),
    nomorId: integer('nomor_id').references((): AnySQLiteColumn => nomorSurat.id, { onDelete: 'restrict' }),
    nomor: text('nomor'),
    nomorUrut: integer('nomor_urut'),
    nomorSisipan: integer('nomor_sisipan'),
    tahunNomor: integer('tahun_nomor'),
    ditandatanganiTanggal: text('ditandatangani_tanggal'),
    ditandatanganiJabatanId: integer('ditandatangani_jabatan_id').references(() => jabatan.id, { onDelete: 'restrict' }),
    createdAt: dibuat(),
    updatedAt: diubah(),
  },
  (t) => [
    index('surat_keluar_tanggal').on(t.tanggal, t.id),
    // In list order (tanggal, id) so a status or register filter pages without sorting.
    index('surat_keluar_status').on(t.status, t.tanggal, t.id),
    // A search by number scans this small index instead of the table (db/surat/pencarian.ts). Partial,
    // so numbering a letter only adds an entry and does not also move one out of the NULLs.
    index('surat_keluar_nomor').on(t.nomor).where(sql`nomor IS NOT NULL`),
    index('surat_keluar_register_tanggal').on(t.registerKode, t.tanggal, t.id),
  ],
);

/** The book of issued numbers. A row is never deleted; a cancelled number stays as `dibatalkan`. */
export const nomorSurat = sqliteTable(
  'nomor_surat',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    registerKode: text('register_kode')
      .notNull()
      .references(() => register.kode, { onDelete: 'restrict' }),
    tahun: integer('tahun').notNull(),
    urut: integer('urut').notNull(),
    sisipan: integer('sisipan').notNull().default(0),
    nomor: text('nomor').notNull(),
    tanggal: text('tanggal').notNull(),
    suratKeluarId: integer('surat_keluar_id')
      .notNull()
      .references((): AnySQLiteColumn => suratKeluar.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['terbit', 'dibatalkan'] }).notNull().default('terbit'),
    alasan: text('alasan'),
    alasanBatal: text('alasan_batal'),
    createdAt: dibuat(),
  },
  (t) => [uniqueIndex('nomor_surat_unik').on(t.registerKode, t.tahun, t.urut, t.sisipan)],
);

export const paraf = sqliteTable(
  'paraf',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    suratKeluarId: integer('surat_keluar_id')
      .notNull()
      .references(() => suratKeluar.id, { onDelete: 'restrict' }),
    jabatanId: integer('jabatan_id')
      .notNull()
      .references(() => jabatan.id, { onDelete: 'restrict' }),
    jenis: text('jenis', { enum: ['hierarki', 'koordinasi'] }).notNull(),
    hasil: text('hasil', { enum: ['setuju', 'dikembalikan'] }).notNull(),
    catatan: text('catatan'),
    waktu: text('waktu').notNull(),
    aktor: text('aktor').notNull(),
  },
  (t) => [index('paraf_surat').on(t.suratKeluarId)],
);

export const ekspedisi = sqliteTable(
  'ekspedisi',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    suratKeluarId: integer('surat_keluar_id')
      .notNull()
      .references(() => suratKeluar.id, { onDelete: 'restrict' }),
    tanggalKirim: text('tanggal_kirim').notNull(),
    cara: text('cara').notNull(),
    penerimaNama: text('penerima_nama'),
    keterangan: text('keterangan'),
    createdAt: dibuat(),
  },
  (t) => [index('ekspedisi_surat').on(t.suratKeluarId)],
);

/** The timeline shown on a letter: every step, append-only. */
export const riwayatSurat = sqliteTable(
  'riwayat_surat',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jenisSurat: text('jenis_surat', { enum: ['masuk', 'keluar'] }).notNull(),
    suratId: integer('surat_id').notNull(),
    waktu: text('waktu').notNull(),
    aksi: text('aksi').notNull(),
    uraian: text('uraian').notNull(),
    aktor: text('aktor').notNull(),
  },
  (t) => [index('riwayat_surat_idx').on(t.jenisSurat, t.suratId)],
);

export const lampiranSurat = sqliteTable(
  'lampiran_surat',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jenisSurat: text('jenis_surat', { enum: ['masuk', 'keluar'] }).notNull(),
    suratId: integer('surat_id').notNull(),
    berkasId: integer('berkas_id')
      .notNull()
      .references(() => berkasFile.id, { onDelete: 'restrict' }),
  },
  (t) => [index('lampiran_surat_idx').on(t.jenisSurat, t.suratId)],
);
