import { z } from 'zod';
import { format, isValid, parseISO } from 'date-fns';

/** Reusable field schemas so every form and every adapter says the same thing about the same field. */

const TANGGAL_PALING_AWAL = '1900-01-01';
const TANGGAL_PALING_AKHIR = '2100-12-31';

export const tanggal = (label: string) =>
  z
    .string({ error: `${label} wajib diisi (format TTTT-BB-HH).` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} harus berformat TTTT-BB-HH, misalnya 2026-11-22.` })
    // parseISO reads a date-only string as local midnight; compare in local time too (UTC would shift it a day in WIB).
    .refine((s) => isValid(parseISO(s)) && format(parseISO(s), 'yyyy-MM-dd') === s, {
      error: `${label} bukan tanggal yang ada di kalender.`,
    })
    // A year typed wrong (0202, 20266) is a valid calendar date but never a date of a letter or record.
    .refine((s) => s >= TANGGAL_PALING_AWAL && s <= TANGGAL_PALING_AKHIR, {
      error: `${label} di luar rentang yang wajar (tahun ${TANGGAL_PALING_AWAL.slice(0, 4)}–${TANGGAL_PALING_AKHIR.slice(0, 4)}); periksa tahunnya.`,
    });

export const teks = (label: string, max = 500) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` });

const teksBoleh = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` });

export const teksOpsional = (label: string, max = 2000) =>
  teksBoleh(label, max)
    .optional()
    .transform((s) => (s ? s : undefined));

/**
 * An optional text in a correction: left out, it stays as it is; sent empty (or null), it is cleared.
 * `teksOpsional` cannot say "clear": it turns '' into "not given", so an emptied field was ignored.
 */
export const teksKoreksi = (label: string, max = 2000) =>
  teksBoleh(label, max)
    .nullable()
    .optional()
    .transform((s) => (s === undefined ? undefined : s || null));

export const idRecord = (label = 'ID') =>
  z.coerce.number({ error: `${label} harus berupa angka.` }).int({ error: `${label} harus bilangan bulat.` }).positive({ error: `${label} tidak sah.` });

export const kodeKlasifikasi = z
  .string({ error: 'Kode klasifikasi harus berupa teks.' })
  .trim()
  .regex(/^\d{3}(\.\d{1,3}){0,5}$/, { error: 'Kode klasifikasi harus berupa kode bertitik, misalnya 400.9.7 atau 000.1.2.3.' });

/** Where an export is written. */
export const pathTujuan = z
  .string({ error: 'Path berkas tujuan wajib diisi.' })
  .trim()
  .min(1, { error: 'Path berkas tujuan wajib diisi.' })
  .refine((s) => !s.includes('\0'), { error: 'Path berkas tujuan memuat karakter yang tidak sah.' });

/** An export never replaces a file silently: the caller says so, after asking the person (issue path `timpa`). */
export const timpa = z.boolean({ error: 'Timpa harus true atau false.' }).optional();

export const halaman = {
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1, { error: 'Batas minimal 1.' }).max(500, { error: 'Paling banyak 500 baris per halaman.' }).default(50),
};

export interface Halaman<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}
