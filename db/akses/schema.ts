import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { jabatan, pegawai } from '../organisasi/schema';

export const pengguna = sqliteTable(
  'pengguna',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    nama: text('nama').notNull(),
    pegawaiId: integer('pegawai_id').references(() => pegawai.id, { onDelete: 'restrict' }),
    jabatanId: integer('jabatan_id').references(() => jabatan.id, { onDelete: 'restrict' }),
    /** `scrypt$N$r$p$salt$hash`; null until the first password is set. */
    sandiHash: text('sandi_hash'),
    harusGantiSandi: integer('harus_ganti_sandi', { mode: 'boolean' }).notNull().default(false),
    gagalBeruntun: integer('gagal_beruntun').notNull().default(0),
    terkunciSampai: text('terkunci_sampai'),
    aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('pengguna_username').on(t.username)],
);

export const penggunaPeran = sqliteTable(
  'pengguna_peran',
  {
    penggunaId: integer('pengguna_id')
      .notNull()
      .references(() => pengguna.id, { onDelete: 'restrict' }),
    peran: text('peran').notNull(),
  },
  (t) => [primaryKey({ columns: [t.penggunaId, t.peran] })],
);
