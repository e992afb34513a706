import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Permendagri 83/2022 codes with the (editable) JRA, plus the read-only pre-2022 scheme. */
export const kodeKlasifikasi = sqliteTable(
  'kode_klasifikasi',
  {
    skema: text('skema', { enum: ['permendagri_83_2022', 'pola_lama'] }).notNull(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    parent: text('parent'),
    level: integer('level').notNull(),
    /** Sortable key: each numeric segment zero-padded, so 400.9.9 sorts before 400.9.10. */
    urutKode: text('urut_kode').notNull(),
    retensiAktifTahun: integer('retensi_aktif_tahun'),
    retensiAktifKeterangan: text('retensi_aktif_keterangan'),
    retensiInaktifTahun: integer('retensi_inaktif_tahun'),
    retensiInaktifKeterangan: text('retensi_inaktif_keterangan'),
    nasibAkhir: text('nasib_akhir', { enum: ['musnah', 'permanen', 'dinilai_kembali'] }),
    nasibAkhirKeterangan: text('nasib_akhir_keterangan'),
    catatan: text('catatan'),
    sumber: text('sumber').notNull(),
    versi: text('versi').notNull(),
    diubahAdmin: integer('diubah_admin', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.skema, t.kode] })],
);

export const jenisNaskah = sqliteTable('jenis_naskah', {
  slug: text('slug').primaryKey(),
  nama: text('nama').notNull(),
  kelompok: text('kelompok').notNull(),
  layout: text('layout', { enum: ['korespondensi', 'judul'] }).notNull(),
  registerKode: text('register_kode').notNull(),
  aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
});

export const instruksiDisposisi = sqliteTable('instruksi_disposisi', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  teks: text('teks').notNull().unique(),
  urutan: integer('urutan').notNull(),
  aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
});
