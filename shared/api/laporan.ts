import { z } from 'zod';
import type { StatusPenerima } from '../surat/enums';
import { method } from './contract';
import { idRecord, pathTujuan, tanggal, timpa } from './fields';
import type { SuratMasuk } from './surat-masuk';

export const JENIS_LAPORAN = ['agenda-masuk', 'agenda-keluar', 'lembar-disposisi', 'rekap-disposisi', 'ekspedisi'] as const;
export type JenisLaporan = (typeof JENIS_LAPORAN)[number];
export const KERTAS = ['F4', 'A4', 'setengah-F4', 'A5'] as const;
export type Kertas = (typeof KERTAS)[number];

export interface HasilEkspor {
  path: string;
  format: 'pdf' | 'xlsx';
  baris: number;
  ukuran: number;
  sha256: string;
}

export interface DisposisiLewatBatas {
  penerimaId: number;
  suratMasukId: number;
  nomorAgenda: number;
  tahunAgenda: number;
  perihal: string;
  jabatan: string;
  batasWaktu: string;
  status: StatusPenerima;
}

export interface RekapUnit {
  unitId: number | null;
  unit: string;
  belumDibaca: number;
  diproses: number;
  selesai: number;
  lewatBatas: number;
}

export interface Dasbor {
  tanggal: string;
  belumDidisposisi: number;
  suratBelumDidisposisi: SuratMasuk[];
  disposisiLewatBatas: DisposisiLewatBatas[];
  perUnit: RekapUnit[];
  suratKeluarMenungguParaf: number;
  suratKeluarMenungguNomor: number;
  suratMasukTahunIni: number;
  suratKeluarTahunIni: number;
}

export const laporanApi = {
  'laporan.export': method<HasilEkspor>()({
    write: false,
    ringkasan:
      'Ekspor laporan ke berkas: agenda-masuk, agenda-keluar, rekap-disposisi, ekspedisi (pdf atau xlsx, rentang dari–sampai; pdf dengan blok "Mengetahui" Kepala Dinas kecuali mengetahui:false) dan lembar-disposisi (pdf, dengan suratMasukId).',
    input: z
      .strictObject({
        jenis: z.enum(JENIS_LAPORAN, { error: `Jenis laporan harus salah satu dari: ${JENIS_LAPORAN.join(', ')}.` }),
        format: z.enum(['pdf', 'xlsx'], { error: 'Format harus pdf atau xlsx.' }),
        path: pathTujuan,
        timpa,
        dari: tanggal('Dari tanggal').optional(),
        sampai: tanggal('Sampai tanggal').optional(),
        suratMasukId: idRecord('Surat masuk').optional(),
        kertas: z.enum(KERTAS).optional(),
        // The Kepala Dinas's "Mengetahui" block beside the signature of a printed book or recap.
        mengetahui: z.boolean({ error: 'Mengetahui harus true atau false.' }).default(true),
      })
      .refine((r) => r.jenis !== 'lembar-disposisi' || r.format === 'pdf', { error: 'Lembar disposisi hanya tersedia sebagai PDF.', path: ['format'] })
      .refine((r) => r.jenis !== 'lembar-disposisi' || r.suratMasukId !== undefined, {
        error: 'Lembar disposisi memerlukan suratMasukId.',
        path: ['suratMasukId'],
      })
      .refine((r) => !r.dari || !r.sampai || r.dari <= r.sampai, { error: 'Tanggal "dari" tidak boleh sesudah "sampai".', path: ['sampai'] }),
  }),
  'dashboard.get': method<Dasbor>()({
    input: z.strictObject({ tanggal: tanggal('Tanggal').optional() }),
    ringkasan: 'Ringkasan kerja: surat belum didisposisi, disposisi lewat batas waktu, jumlah per unit.',
  }),
};
