import { z } from 'zod';
import { method } from './contract';

export const JENIS_CADANGAN = ['harian', 'manual', 'pra-migrasi', 'pra-pemulihan'] as const;
export type JenisCadangan = (typeof JENIS_CADANGAN)[number];

export interface KebijakanRotasi {
  /** Newest backup of each of the last N days that have one. */
  harian: number;
  /** Newest backup of each of the last N ISO weeks. */
  mingguan: number;
  /** Newest backup of each of the last N months. */
  bulanan: number;
}

export interface PengaturanCadangan {
  folderCadangan: string;
  rotasi: KebijakanRotasi;
}

export interface RingkasanCadangan {
  folder: string;
  nama: string;
  jenis: JenisCadangan;
  /** ISO time (UTC) the snapshot was taken. */
  dibuat: string;
  versiAplikasi: string;
  migrasi: string[];
  /** Bytes of every file in the backup. */
  ukuran: number;
  jumlahLampiran: number;
  jumlahBaris: Record<string, number>;
}

export interface DaftarCadangan {
  folder: string[];
  cadangan: RingkasanCadangan[];
  /** Folders without a manifest: interrupted or still being written. Never used for restore. */
  tidakLengkap: string[];
}

export interface HasilVerifikasiCadangan {
  ok: boolean;
  folder: string;
  pesan: string;
  masalah: string[];
  peringatan: string[];
}

/** Windows drive (C:\…), UNC share (\\server\…) or POSIX (/…); checked without node:path so the renderer can use it. */
const folderAbsolut = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(1000, { error: `${label} terlalu panjang.` })
    // NUL and lone UTF-16 surrogates have no file-system spelling (SQLite and Node would disagree on the name).
    .refine((s) => !/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), { error: `${label} memuat karakter yang tidak sah.` })
    .refine((s) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(s), { error: `${label} harus path lengkap, misalnya D:\\Cadangan atau /media/usb/cadangan.` });

const jumlahSimpan = (label: string, maks: number) =>
  z
    .number({ error: `${label} harus berupa angka.` })
    .int({ error: `${label} harus bilangan bulat.` })
    .min(0, { error: `${label} tidak boleh negatif.` })
    .max(maks, { error: `${label} paling banyak ${maks}.` });

export const cadanganApi = {
  'cadangan.list': method<DaftarCadangan>()({
    input: z.strictObject({}),
    ringkasan: 'Daftar cadangan di folder cadangan (dan cadangan otomatis di folder data), terbaru dahulu.',
  }),
  'cadangan.create': method<RingkasanCadangan>()({
    ringkasan: 'Buat cadangan manual sekarang: salinan basis data yang konsisten, semua lampiran, dan manifest SHA-256.',
    input: z.strictObject({ ke: folderAbsolut('Folder tujuan').optional() }),
  }),
  'cadangan.verify': method<HasilVerifikasiCadangan>()({
    ringkasan: 'Periksa satu cadangan: hash setiap berkas, integritas basis data, dan rantai jejak audit.',
    input: z.strictObject({ folder: folderAbsolut('Folder cadangan') }),
  }),
  'cadangan.settings.get': method<PengaturanCadangan>()({ input: z.strictObject({}), ringkasan: 'Folder cadangan dan aturan rotasi.' }),
  'cadangan.settings.update': method<PengaturanCadangan>()({
    write: true,
    ringkasan: 'Ubah folder cadangan (null: kembali ke folder bawaan) dan berapa cadangan harian, mingguan, bulanan yang disimpan.',
    input: z.strictObject({
      folderCadangan: folderAbsolut('Folder cadangan').nullable().optional(),
      rotasi: z
        .strictObject({
          harian: jumlahSimpan('Cadangan harian', 366).min(1, { error: 'Simpan paling sedikit 1 cadangan harian.' }),
          mingguan: jumlahSimpan('Cadangan mingguan', 520),
          bulanan: jumlahSimpan('Cadangan bulanan', 600),
        })
        .partial()
        .optional(),
    }),
  }),
};
