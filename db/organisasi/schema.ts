import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/** Single row (id = 1): the kop and the numbering unit code. */
export const instansi = sqliteTable('instansi', {
  id: integer('id').primaryKey(),
  pemerintah: text('pemerintah').notNull(),
  namaDinas: text('nama_dinas').notNull(),
  alamat: text('alamat').notNull(),
  kota: text('kota').notNull(),
  kodePos: text('kode_pos'),
  telepon: text('telepon'),
  email: text('email'),
  laman: text('laman'),
  kodeUnit: text('kode_unit').notNull(),
  logoSha256: text('logo_sha256'),
});

export const unit = sqliteTable(
  'unit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    jenis: text('jenis').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => unit.id, { onDelete: 'restrict' }),
    aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('unit_kode').on(t.kode)],
);

export const jabatan = sqliteTable(
  'jabatan',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nama: text('nama').notNull(),
    singkatan: text('singkatan'),
    kode: text('kode'),
    unitId: integer('unit_id').references(() => unit.id, { onDelete: 'restrict' }),
    atasanId: integer('atasan_id').references((): AnySQLiteColumn => jabatan.id, { onDelete: 'restrict' }),
    urutan: integer('urutan').notNull().default(0),
    aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('jabatan_nama').on(t.nama), index('jabatan_unit').on(t.unitId)],
);

export const pegawai = sqliteTable(
  'pegawai',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nama: text('nama').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    nip: text('nip'),
    pangkat: text('pangkat'),
    golongan: text('golongan'),
    aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('pegawai_nip').on(t.nip)],
);

/** Who holds a jabatan, from when to when, and as what (definitif, Plt., Plh., Pj.). */
export const penugasan = sqliteTable(
  'penugasan',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jabatanId: integer('jabatan_id')
      .notNull()
      .references(() => jabatan.id, { onDelete: 'restrict' }),
    pegawaiId: integer('pegawai_id')
      .notNull()
      .references(() => pegawai.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['definitif', 'plt', 'plh', 'pj'] }).notNull(),
    mulai: text('mulai').notNull(),
    selesai: text('selesai'),
    nomorSk: text('nomor_sk'),
  },
  (t) => [index('penugasan_jabatan').on(t.jabatanId, t.mulai)],
);
