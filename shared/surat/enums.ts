import { z } from 'zod';

/** Accepts "Sangat Segera", "sangat-segera" or "sangat_segera" alike: people and scripts write all three. */
const slug = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : v);

export const URGENSI = ['biasa', 'segera', 'sangat_segera'] as const;
export type Urgensi = (typeof URGENSI)[number];
export const urgensiSchema = z.preprocess(slug, z.enum(URGENSI, { error: 'Urgensi harus biasa, segera, atau sangat segera.' }));
export const URGENSI_LABEL: Record<Urgensi, string> = { biasa: 'Biasa', segera: 'Segera', sangat_segera: 'Sangat Segera' };

export const KEAMANAN = ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'] as const;
export type Keamanan = (typeof KEAMANAN)[number];
const KODE_KE_KEAMANAN: Record<string, Keamanan> = { b: 'biasa', t: 'terbatas', r: 'rahasia', sr: 'sangat_rahasia' };
export const keamananSchema = z.preprocess(
  (v) => {
    const s = slug(v);
    return typeof s === 'string' && s in KODE_KE_KEAMANAN ? KODE_KE_KEAMANAN[s] : s;
  },
  z.enum(KEAMANAN, { error: 'Klasifikasi keamanan harus biasa (B), terbatas (T), rahasia (R), atau sangat rahasia (SR).' }),
);
export const KEAMANAN_LABEL: Record<Keamanan, string> = {
  biasa: 'Biasa',
  terbatas: 'Terbatas',
  rahasia: 'Rahasia',
  sangat_rahasia: 'Sangat Rahasia',
};
/** The letter code printed on envelopes and in numbers (`{keamanan}` token). */
export const KEAMANAN_KODE: Record<Keamanan, string> = { biasa: 'B', terbatas: 'T', rahasia: 'R', sangat_rahasia: 'SR' };

export const STATUS_PENERIMA = ['belum_dibaca', 'diterima', 'ditindaklanjuti', 'selesai', 'ditarik'] as const;
export type StatusPenerima = (typeof STATUS_PENERIMA)[number];
export const STATUS_PENERIMA_LABEL: Record<StatusPenerima, string> = {
  belum_dibaca: 'Belum dibaca',
  diterima: 'Diterima',
  ditindaklanjuti: 'Ditindaklanjuti',
  selesai: 'Selesai',
  ditarik: 'Ditarik',
};

export const STATUS_SURAT_MASUK = ['belum_didisposisi', 'didisposisi', 'ditindaklanjuti', 'selesai', 'dibatalkan'] as const;
export type StatusSuratMasuk = (typeof STATUS_SURAT_MASUK)[number];
export const STATUS_SURAT_MASUK_LABEL: Record<StatusSuratMasuk, string> = {
  belum_didisposisi: 'Belum didisposisi',
  didisposisi: 'Didisposisi',
  ditindaklanjuti: 'Ditindaklanjuti',
  selesai: 'Selesai',
  dibatalkan: 'Dibatalkan',
};

export const STATUS_SURAT_KELUAR = ['konsep', 'dikembalikan', 'diparaf', 'ditandatangani', 'bernomor', 'dikirim', 'dibatalkan'] as const;
export type StatusSuratKeluar = (typeof STATUS_SURAT_KELUAR)[number];
export const STATUS_SURAT_KELUAR_LABEL: Record<StatusSuratKeluar, string> = {
  konsep: 'Konsep',
  dikembalikan: 'Dikembalikan untuk perbaikan',
  diparaf: 'Sudah diparaf',
  ditandatangani: 'Ditandatangani',
  bernomor: 'Bernomor',
  dikirim: 'Dikirim',
  dibatalkan: 'Dibatalkan',
};

export const CARA_KIRIM = ['diantar', 'pos', 'ekspedisi', 'email', 'srikandi', 'faksimile'] as const;
export const CARA_KIRIM_LABEL: Record<(typeof CARA_KIRIM)[number], string> = {
  diantar: 'Diantar langsung',
  pos: 'Pos',
  ekspedisi: 'Jasa ekspedisi',
  email: 'Surel (email)',
  srikandi: 'SRIKANDI',
  faksimile: 'Faksimile',
};
