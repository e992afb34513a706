import { z } from 'zod';
import { keamananSchema, urgensiSchema, STATUS_SURAT_MASUK, type Keamanan, type StatusPenerima, type StatusSuratMasuk, type Urgensi } from '../surat/enums';
import { method } from './contract';
import { halaman, idRecord, kodeKlasifikasi, pathTujuan, tanggal, teks, teksKoreksi, teksOpsional, timpa, type Halaman } from './fields';

export interface SuratMasuk {
  id: number;
  tahunAgenda: number;
  nomorAgenda: number;
  tanggalTerima: string;
  asal: string;
  nomorSurat: string;
  tanggalSurat: string;
  perihal: string;
  ringkasan: string | null;
  lampiran: string | null;
  urgensi: Urgensi;
  klasifikasiKeamanan: Keamanan;
  kodeKlasifikasi: string | null;
  status: StatusSuratMasuk;
  createdAt: string;
  updatedAt: string;
}

export interface DuplikatSurat {
  id: number;
  tahunAgenda: number;
  nomorAgenda: number;
  tanggalTerima: string;
}

/** A copy of a scan written out of the store, checked against the hash it was stored under. */
export interface SalinanLampiran {
  path: string;
  ukuran: number;
  sha256: string;
}

export interface SuratMasukBaru extends SuratMasuk {
  /** Letters already registered with the same asal and nomor surat: a likely duplicate. */
  kemungkinanDuplikat: DuplikatSurat[];
}

export interface BerkasLampiran {
  id: number;
  namaFile: string;
  mime: string;
  ukuran: number;
  sha256: string;
  createdAt: string;
}

export interface TindakLanjut {
  id: number;
  waktu: string;
  status: StatusPenerima;
  catatan: string | null;
  /** Who wrote it (a username, or a process such as `cli:budi`). */
  aktor: string;
  /** The person's name when `aktor` is a user account. */
  namaAktor: string | null;
}

export interface PenerimaDisposisi {
  id: number;
  disposisiId: number;
  jabatanId: number;
  jabatan: string;
  unitId: number | null;
  utama: boolean;
  status: StatusPenerima;
  tindakLanjut: TindakLanjut[];
  /** Dispositions this recipient passed on further. */
  diteruskan: Disposisi[];
}

export interface Disposisi {
  id: number;
  suratMasukId: number;
  dariJabatanId: number;
  dariJabatan: string;
  asalPenerimaId: number | null;
  tanggal: string;
  instruksi: string[];
  catatan: string | null;
  batasWaktu: string | null;
  penerima: PenerimaDisposisi[];
}

export interface Riwayat {
  id: number;
  waktu: string;
  aksi: string;
  uraian: string;
  /** Who did it, as written to the audit log (a username, or a process such as `cli:budi`). */
  aktor: string;
  /** The person's name when `aktor` is a user account. */
  namaAktor: string | null;
}

export interface SuratMasukDetail extends SuratMasuk {
  /** The name of `kodeKlasifikasi` in the Permendagri 83/2022 table; null without a code or for one not in it. */
  namaKlasifikasi: string | null;
  disposisi: Disposisi[];
  berkas: BerkasLampiran[];
  riwayat: Riwayat[];
}

const suratMasukFields = {
  tanggalTerima: tanggal('Tanggal terima'),
  asal: teks('Asal surat', 300),
  nomorSurat: teks('Nomor surat', 200),
  tanggalSurat: tanggal('Tanggal surat'),
  perihal: teks('Perihal', 1000),
  urgensi: urgensiSchema.default('biasa'),
  klasifikasiKeamanan: keamananSchema.default('biasa'),
  kodeKlasifikasi: kodeKlasifikasi.optional(),
  lampiran: teksOpsional('Lampiran', 200),
  ringkasan: teksOpsional('Ringkasan', 4000),
};

const urutanTanggal = <T extends { tanggalTerima?: string; tanggalSurat?: string }>(s: T) =>
  !s.tanggalTerima || !s.tanggalSurat || s.tanggalSurat <= s.tanggalTerima;
const pesanUrutanTanggal = { error: 'Tanggal surat tidak boleh sesudah tanggal terima.', path: ['tanggalSurat'] };

export const suratMasukCreateInput = z.strictObject(suratMasukFields).refine(urutanTanggal, pesanUrutanTanggal);

export const suratMasukApi = {
  'suratMasuk.create': method<SuratMasukBaru>()({
    write: true,
    ringkasan: 'Catat surat masuk; nomor agenda diberikan otomatis (urut per tahun terima).',
    input: suratMasukCreateInput,
  }),
  'suratMasuk.update': method<SuratMasuk>()({
    write: true,
    ringkasan: 'Perbaiki data surat masuk (nomor agenda tidak berubah).',
    input: z
      // Without their defaults: a correction that does not mention the sifat must not reset it to biasa.
      .strictObject({
        id: idRecord(),
        ...z.strictObject(suratMasukFields).partial().shape,
        urgensi: urgensiSchema.optional(),
        klasifikasiKeamanan: keamananSchema.optional(),
        // Optional details can be cleared in a correction (null or empty).
        kodeKlasifikasi: kodeKlasifikasi.nullable().optional(),
        lampiran: teksKoreksi('Lampiran', 200),
        ringkasan: teksKoreksi('Ringkasan', 4000),
      })
      .refine(urutanTanggal, pesanUrutanTanggal),
  }),
  'suratMasuk.get': method<SuratMasukDetail>()({
    input: z.strictObject({ id: idRecord() }),
    ringkasan: 'Satu surat masuk dengan pohon disposisi, lampiran, dan linimasa.',
  }),
  'suratMasuk.list': method<Halaman<SuratMasuk>>()({
    ringkasan: 'Buku agenda surat masuk, terbaru dahulu, dengan saringan dan halaman.',
    input: z.strictObject({
      tahun: z.number().int().min(1900).max(2200).optional(),
      dari: tanggal('Dari tanggal').optional(),
      sampai: tanggal('Sampai tanggal').optional(),
      status: z.enum(STATUS_SURAT_MASUK).optional(),
      urgensi: urgensiSchema.optional(),
      q: z.string().trim().max(200).optional(),
      ...halaman,
    }),
  }),
  'suratMasuk.search': method<SuratMasuk[]>()({
    ringkasan: 'Pencarian teks penuh (perihal, asal, nomor, ringkasan), tidak peka huruf besar/kecil.',
    input: z.strictObject({ q: teks('Kata kunci', 200), limit: z.number().int().min(1).max(500).default(50) }),
  }),
  'suratMasuk.checkDuplicate': method<DuplikatSurat[]>()({
    ringkasan: 'Surat masuk lain dengan asal dan nomor surat yang sama.',
    input: z.strictObject({ asal: teks('Asal surat', 300), nomorSurat: teks('Nomor surat', 200), kecualiId: idRecord().optional() }),
  }),
  'suratMasuk.batalkan': method<SuratMasuk>()({
    write: true,
    ringkasan:
      'Batalkan catatan surat masuk yang keliru atau ganda (sebelum didisposisikan). Nomor agendanya tetap di buku sebagai dibatalkan dan tidak dipakai lagi.',
    input: z.strictObject({ id: idRecord(), alasan: teks('Alasan pembatalan', 500) }),
  }),
  'suratMasuk.salinLampiran': method<SalinanLampiran>()({
    write: false,
    ringkasan: 'Simpan salinan pindaian surat masuk ke berkas (path, berakhiran sesuai jenisnya: .pdf, .jpg, .png) untuk dibuka atau dikirim; isinya diperiksa dengan SHA-256-nya.',
    input: z.strictObject({ berkasId: idRecord(), path: pathTujuan, timpa }),
  }),
  'suratMasuk.attach': method<BerkasLampiran>()({
    write: true,
    ringkasan: 'Lampirkan pindaian (PDF/JPG/PNG) dari berkas di disk (path) atau isi base64; disimpan menurut SHA-256.',
    input: z
      .strictObject({
        id: idRecord(),
        namaFile: teks('Nama berkas', 255),
        path: z.string().min(1).optional(),
        isiBase64: z.string().min(1).optional(),
      })
      .refine((a) => Boolean(a.path) !== Boolean(a.isiBase64), { error: 'Isi salah satu: path atau isiBase64.' }),
  }),
};
