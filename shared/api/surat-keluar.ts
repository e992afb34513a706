import { z } from 'zod';
import { CARA_KIRIM, keamananSchema, STATUS_SURAT_KELUAR, urgensiSchema, type Keamanan, type StatusSuratKeluar, type Urgensi } from '../surat/enums';
import { method } from './contract';
import { halaman, idRecord, kodeKlasifikasi, tanggal, teks, teksKoreksi, teksOpsional, type Halaman } from './fields';
import type { BerkasLampiran, Riwayat } from './surat-masuk';

export interface SuratKeluar {
  id: number;
  jenisNaskah: string;
  tanggal: string;
  tujuan: string;
  perihal: string;
  kodeKlasifikasi: string;
  registerKode: string;
  unitPengolahId: number | null;
  penandatanganJabatanId: number | null;
  urgensi: Urgensi;
  klasifikasiKeamanan: Keamanan;
  lampiran: string | null;
  ringkasan: string | null;
  status: StatusSuratKeluar;
  nomor: string | null;
  nomorUrut: number | null;
  nomorSisipan: number | null;
  tahunNomor: number | null;
  ditandatanganiTanggal: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Paraf {
  id: number;
  jabatanId: number;
  jabatan: string;
  jenis: 'hierarki' | 'koordinasi';
  hasil: 'setuju' | 'dikembalikan';
  catatan: string | null;
  waktu: string;
  aktor: string;
}

export interface Ekspedisi {
  id: number;
  tanggalKirim: string;
  cara: (typeof CARA_KIRIM)[number];
  penerimaNama: string | null;
  keterangan: string | null;
  createdAt: string;
}

export interface SuratKeluarDetail extends SuratKeluar {
  paraf: Paraf[];
  ekspedisi: Ekspedisi[];
  riwayat: Riwayat[];
  berkas: BerkasLampiran[];
  unitPengolah: string | null;
  penandatangan: string | null;
  /** The register's name, as the office knows it (the letter itself carries its code). */
  namaRegister: string;
  /** The kode klasifikasi's name from the reference table; null when the code is not (or no longer) in it. */
  namaKlasifikasi: string | null;
}

export interface Register {
  kode: string;
  nama: string;
  format: string;
  padding: number;
  sisipanFormat: string;
  unit: string | null;
  aktif: boolean;
  /** Last number used, per year (the counters). */
  tahun: { tahun: number; nomorTerakhir: number }[];
}

export interface NomorBuku {
  id: number;
  registerKode: string;
  tahun: number;
  urut: number;
  sisipan: number;
  nomor: string;
  tanggal: string;
  status: 'terbit' | 'dibatalkan';
  alasan: string | null;
  suratKeluarId: number;
  perihal: string;
  tujuan: string;
}

const fields = {
  jenisNaskah: z.string({ error: 'Jenis naskah wajib diisi.' }).trim().min(1, { error: 'Jenis naskah wajib diisi.' }).max(60),
  tanggal: tanggal('Tanggal surat'),
  tujuan: teks('Tujuan', 1000),
  perihal: teks('Perihal', 1000),
  kodeKlasifikasi: kodeKlasifikasi,
  register: z.string().trim().min(1).max(50).optional(),
  unitPengolahId: idRecord('Unit pengolah').nullable().optional(),
  penandatanganJabatanId: idRecord('Penandatangan').nullable().optional(),
  urgensi: urgensiSchema.default('biasa'),
  klasifikasiKeamanan: keamananSchema.default('biasa'),
  lampiran: teksOpsional('Lampiran', 200),
  ringkasan: teksOpsional('Ringkasan isi', 4000),
};

const kodeRegister = z
  .string({ error: 'Kode register wajib diisi.' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,50}$/, { error: 'Kode register hanya huruf, angka, titik, garis bawah, dan tanda hubung.' });

export const suratKeluarApi = {
  'suratKeluar.create': method<SuratKeluar>()({
    write: true,
    ringkasan:
      'Catat konsep surat keluar. ditandatangani: true untuk surat yang sudah ditandatangani di kertas, sehingga dapat langsung diberi nomor.',
    input: z.strictObject({ ...fields, ditandatangani: z.boolean().default(false) }),
  }),
  'suratKeluar.update': method<SuratKeluar>()({
    write: true,
    ringkasan: 'Perbaiki konsep surat keluar (hanya selama konsep atau dikembalikan).',
    // Without their defaults: a correction that does not mention the sifat must not reset it to biasa.
    input: z.strictObject({
      id: idRecord(),
      ...z.strictObject(fields).partial().shape,
      urgensi: urgensiSchema.optional(),
      klasifikasiKeamanan: keamananSchema.optional(),
      // Optional details can be cleared in a correction (null or empty).
      lampiran: teksKoreksi('Lampiran', 200),
      ringkasan: teksKoreksi('Ringkasan isi', 4000),
    }),
  }),
  'suratKeluar.get': method<SuratKeluarDetail>()({ input: z.strictObject({ id: idRecord() }), ringkasan: 'Satu surat keluar dengan paraf, ekspedisi, dan linimasa.' }),
  'suratKeluar.list': method<Halaman<SuratKeluar>>()({
    ringkasan: 'Daftar surat keluar dengan saringan dan halaman.',
    input: z.strictObject({
      tahun: z.number().int().min(1900).max(2200).optional(),
      dari: tanggal('Dari tanggal').optional(),
      sampai: tanggal('Sampai tanggal').optional(),
      status: z.enum(STATUS_SURAT_KELUAR).optional(),
      register: z.string().trim().max(50).optional(),
      q: z.string().trim().max(200).optional(),
      ...halaman,
    }),
  }),
  'suratKeluar.search': method<SuratKeluar[]>()({
    ringkasan: 'Pencarian teks penuh surat keluar (perihal, tujuan, nomor, ringkasan).',
    input: z.strictObject({ q: teks('Kata kunci', 200), limit: z.number().int().min(1).max(500).default(50) }),
  }),
  'suratKeluar.paraf': method<SuratKeluarDetail>()({
    write: true,
    ringkasan: 'Catat paraf (setuju) atau pengembalian untuk perbaikan oleh satu jabatan.',
    input: z
      .strictObject({
        id: idRecord(),
        jabatanId: idRecord('Jabatan pemaraf'),
        hasil: z.enum(['setuju', 'dikembalikan'], { error: 'Hasil harus setuju atau dikembalikan.' }),
        jenis: z.enum(['hierarki', 'koordinasi']).default('hierarki'),
        catatan: teksOpsional('Catatan', 2000),
      })
      .refine((p) => p.hasil !== 'dikembalikan' || Boolean(p.catatan), { error: 'Pengembalian wajib disertai catatan perbaikan.', path: ['catatan'] }),
  }),
  'suratKeluar.sign': method<SuratKeluarDetail>()({
    write: true,
    ringkasan: 'Catat bahwa surat telah ditandatangani oleh penandatangan.',
    input: z.strictObject({ id: idRecord(), jabatanId: idRecord('Jabatan penandatangan').optional(), tanggal: tanggal('Tanggal tanda tangan').optional() }),
  }),
  'suratKeluar.assignNumber': method<SuratKeluar>()({
    write: true,
    ringkasan: 'Beri nomor surat yang sudah ditandatangani dari registernya; sisipan untuk surat bertanggal mundur (wajib alasan).',
    input: z.strictObject({ id: idRecord(), sisipan: z.boolean().default(false), alasan: teksOpsional('Alasan', 500) }),
  }),
  'suratKeluar.cancelNumber': method<SuratKeluar>()({
    write: true,
    ringkasan: 'Batalkan nomor surat; nomor tetap tercatat sebagai dibatalkan dan tidak pernah dipakai lagi.',
    input: z.strictObject({ id: idRecord(), alasan: teks('Alasan pembatalan', 500) }),
  }),
  'suratKeluar.ekspedisi': method<SuratKeluarDetail>()({
    write: true,
    ringkasan: 'Catat pengiriman surat (buku ekspedisi): kapan, bagaimana, dan siapa yang menerima.',
    input: z.strictObject({
      id: idRecord(),
      tanggalKirim: tanggal('Tanggal kirim'),
      cara: z.enum(CARA_KIRIM, { error: `Cara kirim harus salah satu dari: ${CARA_KIRIM.join(', ')}.` }),
      penerimaNama: teksOpsional('Nama penerima', 200),
      keterangan: teksOpsional('Keterangan', 500),
    }),
  }),
  'register.list': method<Register[]>()({ input: z.strictObject({}), ringkasan: 'Daftar register penomoran dengan nomor terakhir per tahun.' }),
  'register.update': method<Register>()({
    write: true,
    ringkasan:
      'Buat atau ubah register penomoran. Token format: {klasifikasi} {urut} {urut:3} {unit} {jabatan} {tahun} {bulan} {bulanRomawi} {keamanan}; teks lain tetap. nomorTerakhir (per tahun) untuk melanjutkan buku agenda kertas.',
    input: z.strictObject({
      kode: kodeRegister,
      format: z.string().trim().min(1, { error: 'Format nomor wajib diisi.' }).max(200),
      nama: teksOpsional('Nama register', 200),
      padding: z.number().int().min(0).max(9).optional(),
      sisipanFormat: z.string().trim().min(1).max(20).optional(),
      unit: teksOpsional('Kode unit', 50),
      aktif: z.boolean().optional(),
      nomorTerakhir: z.number().int({ error: 'Nomor terakhir harus bilangan bulat.' }).min(0, { error: 'Nomor terakhir tidak boleh negatif.' }).max(10_000_000).optional(),
      tahun: z.number().int().min(1900).max(2200).optional(),
    }),
  }),
  'register.book': method<NomorBuku[]>()({
    ringkasan: 'Buku nomor satu register untuk satu tahun, termasuk nomor sisipan dan nomor yang dibatalkan.',
    input: z.strictObject({ kode: kodeRegister, tahun: z.number().int().min(1900).max(2200) }),
  }),
};
