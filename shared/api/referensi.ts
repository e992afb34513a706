import { z } from 'zod';
import { method } from './contract';
import { kodeKlasifikasi, teks, teksOpsional } from './fields';

export const SKEMA_KLASIFIKASI = ['permendagri_83_2022', 'pola_lama'] as const;
export type SkemaKlasifikasi = (typeof SKEMA_KLASIFIKASI)[number];
export const NASIB_AKHIR = ['musnah', 'permanen', 'dinilai_kembali'] as const;

export interface KodeKlasifikasi {
  skema: SkemaKlasifikasi;
  kode: string;
  nama: string;
  parent: string | null;
  level: number;
  retensiAktifTahun: number | null;
  retensiAktifKeterangan: string | null;
  retensiInaktifTahun: number | null;
  retensiInaktifKeterangan: string | null;
  nasibAkhir: (typeof NASIB_AKHIR)[number] | null;
  nasibAkhirKeterangan: string | null;
  /** True for leaves (rows carrying retention): the only codes a letter or berkas may use. */
  bolehDipakai: boolean;
  catatan: string | null;
  sumber: string;
  diubahAdmin: boolean;
}

/** A search result, with the groups it sits in below the top level ("SOSIAL", "PENDIDIKAN › Pendidikan Masyarakat"). */
export interface KodeKlasifikasiCari extends KodeKlasifikasi {
  induk: string | null;
}

export interface JenisNaskah {
  slug: string;
  nama: string;
  kelompok: string;
  layout: 'korespondensi' | 'judul';
  registerKode: string;
  aktif: boolean;
}

export interface InstruksiDisposisi {
  id: number;
  teks: string;
  urutan: number;
  aktif: boolean;
}

const skema = z.enum(SKEMA_KLASIFIKASI, { error: 'Skema harus permendagri_83_2022 atau pola_lama.' });

export const referensiApi = {
  'klasifikasi.search': method<KodeKlasifikasiCari[]>()({
    ringkasan: 'Cari kode klasifikasi arsip menurut awalan kode atau kata (nama kode dan kelompoknya, sinonim umum); yang sering dipakai kantor ini lebih dulu. Tanpa q: anak dari parent.',
    input: z.strictObject({
      q: z.string().trim().max(100).optional(),
      parent: z.string().trim().max(30).nullable().optional(),
      skema: skema.default('permendagri_83_2022'),
      limit: z.number().int().min(1).max(200).default(30),
    }),
  }),
  'klasifikasi.get': method<KodeKlasifikasi>()({
    ringkasan: 'Satu kode klasifikasi dengan retensi JRA-nya.',
    input: z.strictObject({ kode: kodeKlasifikasi, skema: skema.default('permendagri_83_2022') }),
  }),
  'klasifikasi.update': method<KodeKlasifikasi>()({
    write: true,
    ringkasan: 'Ubah nama atau retensi JRA satu kode (admin); ditandai sebagai ubahan admin agar tidak ditimpa saat pembaruan data.',
    input: z.strictObject({
      kode: kodeKlasifikasi,
      skema: skema.default('permendagri_83_2022'),
      nama: teks('Nama', 300).optional(),
      retensiAktifTahun: z.number().int().min(0).max(100).nullable().optional(),
      retensiAktifKeterangan: teksOpsional('Keterangan retensi aktif', 300),
      retensiInaktifTahun: z.number().int().min(0).max(100).nullable().optional(),
      retensiInaktifKeterangan: teksOpsional('Keterangan retensi inaktif', 300),
      nasibAkhir: z.enum(NASIB_AKHIR).nullable().optional(),
      catatan: teksOpsional('Catatan', 500),
    }),
  }),
  'jenisNaskah.list': method<JenisNaskah[]>()({ input: z.strictObject({}), ringkasan: 'Daftar jenis naskah dinas dan register penomorannya.' }),
  'jenisNaskah.update': method<JenisNaskah>()({
    write: true,
    ringkasan: 'Tambah atau ubah jenis naskah (register penomoran, tata letak, aktif).',
    input: z.strictObject({
      slug: z.string().trim().regex(/^[a-z0-9-]+$/, { error: 'Slug hanya huruf kecil, angka, dan tanda hubung.' }),
      nama: teks('Nama', 100),
      kelompok: teks('Kelompok', 50),
      layout: z.enum(['korespondensi', 'judul']),
      registerKode: teks('Register', 50),
      aktif: z.boolean().default(true),
    }),
  }),
  'instruksi.list': method<InstruksiDisposisi[]>()({ input: z.strictObject({}), ringkasan: 'Daftar instruksi disposisi (checklist lembar disposisi).' }),
  'instruksi.save': method<InstruksiDisposisi>()({
    write: true,
    ringkasan: 'Tambah atau ubah satu instruksi pada checklist disposisi (urutan cetak, aktif).',
    input: z.strictObject({
      id: z.number().int().positive().optional(),
      teks: teks('Teks instruksi', 100),
      urutan: z.number().int().min(0).max(999).optional(),
      aktif: z.boolean().optional(),
    }),
  }),
};
