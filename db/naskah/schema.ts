import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Blok, Teks } from '../../shared/naskah/isi';
import { berkasFile } from '../core/schema';
import { jabatan } from '../organisasi/schema';
import { jenisNaskah } from '../referensi/schema';
import { suratKeluar } from '../surat/schema';

const dibuat = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const json = <T>(nama: string) => text(nama, { mode: 'json' }).$type<T>();

/** The composed content of one surat keluar; the register fields stay on surat_keluar. */
export const naskahIsi = sqliteTable('naskah_isi', {
  suratKeluarId: integer('surat_keluar_id')
    .primaryKey()
    .references(() => suratKeluar.id, { onDelete: 'restrict' }),
  judul: text('judul'),
  tujuanDi: text('tujuan_di'),
  atasNamaJabatanId: integer('atas_nama_jabatan_id').references(() => jabatan.id, { onDelete: 'restrict' }),
  isi: json<Blok[]>('isi').notNull(),
  tembusan: json<string[]>('tembusan').notNull(),
  menimbang: json<Teks[]>('menimbang').notNull(),
  mengingat: json<Teks[]>('mengingat').notNull(),
  memperhatikan: json<Teks[]>('memperhatikan').notNull(),
  menetapkan: text('menetapkan'),
  diktum: json<{ label?: string | null; isi: Blok[] }[]>('diktum').notNull(),
  lampiran: json<{ judul?: string | null; isi: Blok[] }[]>('lampiran').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Uploaded office templates (.docx with docxtemplater placeholders). The file lives in the berkas store. */
export const naskahTemplate = sqliteTable('naskah_template', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nama: text('nama').notNull(),
  berkasId: integer('berkas_id')
    .notNull()
    .references(() => berkasFile.id, { onDelete: 'restrict' }),
  sha256: text('sha256').notNull(),
  placeholder: json<string[]>('placeholder').notNull(),
  aktif: integer('aktif', { mode: 'boolean' }).notNull().default(true),
  aktor: text('aktor').notNull(),
  createdAt: dibuat(),
});

/** Page setup per jenis naskah (JSON read through tataLetakSchema), and the office template chosen for it. */
export const naskahTataLetak = sqliteTable('naskah_tata_letak', {
  jenisNaskah: text('jenis_naskah')
    .primaryKey()
    .references(() => jenisNaskah.slug, { onDelete: 'restrict' }),
  nilai: text('nilai', { mode: 'json' }).notNull(),
  templateId: integer('template_id').references(() => naskahTemplate.id, { onDelete: 'restrict' }),
});

/** Single row (id = 1): the Pemda-wide settings, JSON read through pengaturanNaskahSchema. */
export const naskahPengaturan = sqliteTable('naskah_pengaturan', {
  id: integer('id').primaryKey(),
  nilai: text('nilai', { mode: 'json' }).notNull(),
});

/**
 * Every generated file, never overwritten: a change of content makes the next versi. Both formats
 * of one content share a versi number; `isi_sha256` is the hash of the document (what the QR carries).
 */
export const naskahVersi = sqliteTable(
  'naskah_versi',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    suratKeluarId: integer('surat_keluar_id')
      .notNull()
      .references(() => suratKeluar.id, { onDelete: 'restrict' }),
    versi: integer('versi').notNull(),
    format: text('format', { enum: ['pdf', 'docx'] }).notNull(),
    status: text('status', { enum: ['draft', 'final'] }).notNull(),
    isiSha256: text('isi_sha256').notNull(),
    berkasId: integer('berkas_id')
      .notNull()
      .references(() => berkasFile.id, { onDelete: 'restrict' }),
    sha256: text('sha256').notNull(),
    ukuran: integer('ukuran').notNull(),
    templateId: integer('template_id').references(() => naskahTemplate.id, { onDelete: 'restrict' }),
    /** The verification text printed as QR on this version (null when the register prints none). */
    qr: text('qr'),
    aktor: text('aktor').notNull(),
    createdAt: dibuat(),
  },
  (t) => [uniqueIndex('naskah_versi_unik').on(t.suratKeluarId, t.versi, t.format), index('naskah_versi_isi').on(t.isiSha256)],
);
