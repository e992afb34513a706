import { z } from 'zod';
import { method } from './contract';
import { idRecord, tanggal, teks, teksOpsional } from './fields';

export const JENIS_UNIT = ['dinas', 'sekretariat', 'subbagian', 'bidang', 'seksi', 'upt'] as const;
export const STATUS_PENUGASAN = ['definitif', 'plt', 'plh', 'pj'] as const;
export type StatusPenugasan = (typeof STATUS_PENUGASAN)[number];

export interface Instansi {
  pemerintah: string;
  namaDinas: string;
  alamat: string;
  kota: string;
  kodePos: string | null;
  telepon: string | null;
  email: string | null;
  laman: string | null;
  kodeUnit: string;
  logoSha256: string | null;
}

export interface Unit {
  id: number;
  kode: string;
  nama: string;
  jenis: (typeof JENIS_UNIT)[number];
  parentId: number | null;
  aktif: boolean;
}

export interface Pegawai {
  id: number;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string | null;
  pangkat: string | null;
  golongan: string | null;
  aktif: boolean;
}

export interface Penugasan {
  id: number;
  jabatanId: number;
  pegawaiId: number;
  status: StatusPenugasan;
  mulai: string;
  selesai: string | null;
  nomorSk: string | null;
}

export interface PejabatPadaTanggal {
  penugasanId: number;
  status: StatusPenugasan;
  pegawai: Pegawai;
}

export interface Jabatan {
  id: number;
  nama: string;
  singkatan: string | null;
  kode: string | null;
  unitId: number | null;
  atasanId: number | null;
  urutan: number;
  aktif: boolean;
  /** Who holds it today (Plh over Plt over Pj over definitif), if anyone. */
  pejabat: PejabatPadaTanggal | null;
}

const nip = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ''))
  .refine((s) => /^\d{18}$/.test(s), { error: 'NIP harus 18 angka, misalnya 197003151995031002.' })
  .optional();

export const organisasiApi = {
  'instansi.get': method<Instansi>()({ input: z.strictObject({}), ringkasan: 'Profil instansi (kop surat).' }),
  'instansi.update': method<Instansi>()({
    write: true,
    ringkasan: 'Ubah profil instansi: nama pemerintah daerah, nama dinas, alamat, kontak, kode unit penomoran.',
    input: z.strictObject({
      pemerintah: teks('Nama pemerintah daerah', 200),
      namaDinas: teks('Nama dinas', 200),
      alamat: teks('Alamat', 300),
      kota: teks('Kota tempat surat', 100),
      kodePos: teksOpsional('Kode pos', 10),
      telepon: teksOpsional('Telepon', 100),
      email: teksOpsional('Email', 200),
      laman: teksOpsional('Laman', 200),
      kodeUnit: teks('Kode unit penomoran', 50),
    }),
  }),
  'instansi.setLogo': method<Instansi>()({
    write: true,
    ringkasan: 'Pasang logo/lambang daerah untuk kop (PNG atau JPG, isi base64); tanpa isi: hapus logo.',
    input: z.strictObject({ isiBase64: z.string().min(1).max(8_000_000, { error: 'Logo terlalu besar (maksimal sekitar 6 MB).' }).optional() }),
  }),
  'unit.list': method<Unit[]>()({ input: z.strictObject({}), ringkasan: 'Daftar unit kerja (pohon).' }),
  'unit.save': method<Unit>()({
    write: true,
    ringkasan: 'Tambah atau ubah unit kerja.',
    input: z.strictObject({
      id: idRecord().optional(),
      kode: teks('Kode unit', 50),
      nama: teks('Nama unit', 200),
      jenis: z.enum(JENIS_UNIT, { error: `Jenis unit harus salah satu dari: ${JENIS_UNIT.join(', ')}.` }),
      parentId: idRecord('Unit induk').nullable().optional(),
      aktif: z.boolean().optional(),
    }),
  }),
  'jabatan.list': method<Jabatan[]>()({
    input: z.strictObject({ tanggal: tanggal('Tanggal').optional() }),
    ringkasan: 'Daftar jabatan dengan pejabat yang memegangnya pada tanggal tertentu (baku: hari ini).',
  }),
  'jabatan.save': method<Jabatan>()({
    write: true,
    ringkasan: 'Tambah atau ubah jabatan.',
    input: z.strictObject({
      id: idRecord().optional(),
      nama: teks('Nama jabatan', 200),
      singkatan: teksOpsional('Singkatan', 50),
      kode: teksOpsional('Kode jabatan untuk penomoran', 50),
      unitId: idRecord('Unit').nullable().optional(),
      atasanId: idRecord('Atasan').nullable().optional(),
      urutan: z.number().int().min(0).optional(),
      aktif: z.boolean().optional(),
    }),
  }),
  'pegawai.list': method<Pegawai[]>()({ input: z.strictObject({ q: z.string().trim().max(100).optional() }), ringkasan: 'Daftar pegawai/pejabat.' }),
  'pegawai.save': method<Pegawai>()({
    write: true,
    ringkasan: 'Tambah atau ubah data pegawai (nama, gelar, NIP, pangkat, golongan).',
    input: z.strictObject({
      id: idRecord().optional(),
      nama: teks('Nama', 200),
      gelarDepan: teksOpsional('Gelar depan', 50),
      gelarBelakang: teksOpsional('Gelar belakang', 100),
      nip,
      pangkat: teksOpsional('Pangkat', 100),
      golongan: z.string().trim().regex(/^(I|II|III|IV)\/[a-e]$/, { error: 'Golongan ditulis seperti IV/c atau III/a.' }).optional(),
      aktif: z.boolean().optional(),
    }),
  }),
  'penugasan.list': method<Penugasan[]>()({ input: z.strictObject({ jabatanId: idRecord('Jabatan').optional() }), ringkasan: 'Riwayat pejabat per jabatan.' }),
  'penugasan.save': method<Penugasan>()({
    write: true,
    ringkasan: 'Tetapkan pegawai pada jabatan (definitif, Plt., Plh., Pj.) untuk rentang tanggal.',
    input: z
      .strictObject({
        id: idRecord().optional(),
        jabatanId: idRecord('Jabatan'),
        pegawaiId: idRecord('Pegawai'),
        status: z.enum(STATUS_PENUGASAN, { error: 'Status harus definitif, plt, plh, atau pj.' }),
        mulai: tanggal('Tanggal mulai'),
        selesai: tanggal('Tanggal selesai').nullable().optional(),
        nomorSk: teksOpsional('Nomor SK', 100),
      })
      .refine((p) => !p.selesai || p.selesai >= p.mulai, { error: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', path: ['selesai'] }),
  }),
};
