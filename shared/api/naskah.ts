import { z } from 'zod';
import type { NaskahIsi, Varian } from '../naskah/dokumen';
import { blokSchema, isiSchema, teksSchema } from '../naskah/isi';
import { FONT_NASKAH, KERTAS_NASKAH, pengaturanUbahSchema, type PengaturanNaskah, type TataLetak } from '../naskah/pengaturan';
import type { BlokTandaTangan } from '../naskah/tanda-tangan';
import { method } from './contract';
import { idRecord, pathTujuan, teks, timpa } from './fields';

export interface NaskahDetail extends NaskahIsi {
  id: number;
  jenisNaskah: string;
  layout: 'korespondensi' | 'judul';
  varian: Varian;
  /** False once signed: the content of a signed letter is never edited, only regenerated. */
  dapatDiubah: boolean;
  tataLetak: TataLetak;
  templateId: number | null;
  /** The signature block as it will print on the letter's date. */
  tandaTangan: BlokTandaTangan | null;
  peringatan: string[];
}

export interface PratinjauNaskah {
  html: string;
  halaman: { lebarMm: number; tinggiMm: number };
  isiSha256: string;
  peringatan: string[];
}

export type FormatNaskah = 'pdf' | 'docx';

export interface VersiNaskah {
  id: number;
  versi: number;
  format: FormatNaskah;
  status: 'draft' | 'final';
  sha256: string;
  ukuran: number;
  isiSha256: string;
  templateId: number | null;
  /** The verification text printed as QR on this version (what a scanner reads), or null. */
  qr: string | null;
  aktor: string;
  createdAt: string;
}

export interface HasilRenderNaskah extends VersiNaskah {
  path: string;
  /** False when this content was already generated in this format: the stored version is reused. */
  baru: boolean;
  peringatan: string[];
}

export interface TemplateNaskah {
  id: number;
  nama: string;
  sha256: string;
  placeholder: string[];
  aktif: boolean;
  aktor: string;
  createdAt: string;
  /** The jenis naskah whose DOCX use this template. */
  dipakaiUntuk: string[];
}

export interface PlaceholderNaskah {
  /** As written in Word: `{nomor}`, or the loop `{#tembusan}…{/tembusan}`. */
  tulisan: string;
  nama: string;
  keterangan: string;
  contoh: string;
  /** For a loop: the fields inside it. */
  isi?: { nama: string; keterangan: string }[];
}

export interface TataLetakJenis {
  jenisNaskah: string;
  nama: string;
  layout: 'korespondensi' | 'judul';
  tataLetak: TataLetak;
  templateId: number | null;
  /** False while the jenis uses the defaults. */
  disesuaikan: boolean;
}

export interface HasilVerifikasi {
  cocok: boolean;
  /** One sentence for the person holding the paper. */
  pesan: string;
  alasan: string[];
  suratKeluarId: number | null;
  nomor: string | null;
  tanggal: string | null;
  perihal: string | null;
  penandatangan: string | null;
  /** The stored version whose content the QR matches, and the newest one. */
  versi: number | null;
  versiTerbaru: number | null;
}

const teksNullable = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .nullable();

const isiNaskah = {
  judul: teksNullable('Judul', 500).transform((s) => s || null),
  tujuanDi: teksNullable('Baris "di"', 200),
  atasNamaJabatanId: idRecord('Jabatan a.n.').nullable(),
  isi: isiSchema,
  tembusan: z.array(teks('Tembusan', 300)).max(50, { error: 'Tembusan paling banyak 50.' }),
  menimbang: z.array(teksSchema).max(50),
  mengingat: z.array(teksSchema).max(100),
  memperhatikan: z.array(teksSchema).max(50),
  menetapkan: teksNullable('Menetapkan', 2000).transform((s) => s || null),
  diktum: z.array(z.strictObject({ label: teksNullable('Label diktum', 40).optional(), isi: z.array(blokSchema).max(200) })).max(50),
  lampiran: z.array(z.strictObject({ judul: teksNullable('Judul lampiran', 500).optional(), isi: z.array(blokSchema).max(1000) })).max(20),
};

const id = { id: idRecord('Surat keluar') };

const tanpaNul = [(s: string) => !s.includes('\0'), { error: 'Path berkas memuat karakter yang tidak sah.' }] as const;
const formatNaskah = z.enum(['pdf', 'docx'], { error: 'Format harus pdf atau docx.' });

export const naskahApi = {
  'naskah.get': method<NaskahDetail>()({ input: z.strictObject(id), ringkasan: 'Isi naskah surat keluar (badan, tembusan, konsiderans, lampiran), tata letak, dan blok tanda tangan.' }),
  'naskah.save': method<NaskahDetail>()({
    write: true,
    ringkasan: 'Simpan isi naskah surat keluar (hanya selama belum ditandatangani). Kolom yang tidak dikirim tidak berubah.',
    input: z.strictObject({ ...id, ...z.strictObject(isiNaskah).partial().shape }),
  }),
  'naskah.preview': method<PratinjauNaskah>()({
    input: z.strictObject(id),
    ringkasan: 'Pratinjau HTML naskah, sama persis dengan yang dicetak ke PDF.',
  }),
  'naskah.render': method<HasilRenderNaskah>()({
    // Not a `write` method: printing is asynchronous; the service stores the version in its own IMMEDIATE transaction.
    ringkasan:
      'Buat berkas naskah (pdf atau docx) di path, dan simpan sebagai versi bernomor beserta SHA-256-nya. Isi yang berubah menjadi versi baru; versi lama tidak pernah ditimpa.',
    input: z.strictObject({ ...id, format: formatNaskah, path: pathTujuan, timpa }),
  }),
  'naskah.versions': method<VersiNaskah[]>()({ input: z.strictObject(id), ringkasan: 'Daftar versi berkas naskah yang pernah dibuat.' }),
  'naskah.versionExport': method<VersiNaskah & { path: string }>()({
    ringkasan: 'Salin satu versi tersimpan (misalnya versi yang ditandatangani) ke path.',
    input: z.strictObject({ versiId: idRecord('Versi'), path: pathTujuan, timpa }),
  }),
  'naskah.verify': method<HasilVerifikasi>()({
    input: z.strictObject({ payload: teks('Isi kode QR', 2000) }),
    ringkasan: 'Periksa isi kode QR sebuah naskah tercetak terhadap catatan: nomor, tanggal, penandatangan, dan hash isi.',
  }),
  'naskah.template.upload': method<TemplateNaskah>()({
    write: true,
    ringkasan: 'Unggah templat .docx dengan placeholder ({nomor}, {tanggal}, ...). Templat dengan placeholder yang tidak dikenal ditolak.',
    input: z
      .strictObject({ nama: teks('Nama templat', 200), path: z.string().trim().min(1).refine(...tanpaNul).optional(), isiBase64: z.string().min(1).max(30_000_000).optional() })
      .refine((t) => Boolean(t.path) !== Boolean(t.isiBase64), { error: 'Kirim path berkas atau isiBase64 (salah satu).', path: ['path'] }),
  }),
  'naskah.template.list': method<TemplateNaskah[]>()({ input: z.strictObject({}), ringkasan: 'Daftar templat naskah yang diunggah.' }),
  'naskah.template.placeholders': method<PlaceholderNaskah[]>()({ input: z.strictObject({}), ringkasan: 'Daftar placeholder yang dapat dipakai dalam templat .docx.' }),
  'naskah.tataLetak.list': method<TataLetakJenis[]>()({ input: z.strictObject({}), ringkasan: 'Tata letak halaman (kertas, margin, huruf) dan templat per jenis naskah.' }),
  'naskah.tataLetak.save': method<TataLetakJenis>()({
    write: true,
    ringkasan: 'Ubah tata letak satu jenis naskah (kolom yang tidak dikirim tetap); bawaan: true mengembalikan ke bawaan. templateId memilih templat DOCX (null: tanpa templat).',
    input: z.strictObject({
      jenisNaskah: teks('Jenis naskah', 60),
      bawaan: z.boolean().optional(),
      kertas: z.enum(KERTAS_NASKAH, { error: 'Kertas harus F4 atau A4.' }).optional(),
      margin: z.strictObject({ atas: z.number(), bawah: z.number(), kiri: z.number(), kanan: z.number() }).optional(),
      font: z.enum(FONT_NASKAH, { error: 'Font harus arial atau bookman.' }).optional(),
      ukuranPt: z.number().optional(),
      spasi: z.number().optional(),
      nomorHalaman: z.boolean().optional(),
      templateId: idRecord('Templat').nullable().optional(),
    }),
  }),
  'naskah.pengaturan.get': method<PengaturanNaskah>()({ input: z.strictObject({}), ringkasan: 'Pengaturan naskah dinas se-Pemda: kop, aturan tanda tangan, paraf, tembusan, QR.' }),
  'naskah.pengaturan.save': method<PengaturanNaskah>()({
    write: true,
    ringkasan: 'Ubah pengaturan naskah dinas; kolom tingkat atas yang tidak dikirim tetap.',
    input: pengaturanUbahSchema,
  }),
};
