import { z } from 'zod';
import { STATUS_PENERIMA, type StatusPenerima } from '../surat/enums';
import { method } from './contract';
import { idRecord, tanggal, teksOpsional } from './fields';
import type { Disposisi } from './surat-masuk';

export interface KotakDisposisi {
  penerimaId: number;
  disposisiId: number;
  suratMasukId: number;
  nomorAgenda: number;
  tahunAgenda: number;
  perihal: string;
  asal: string;
  dariJabatan: string;
  jabatanId: number;
  jabatan: string;
  utama: boolean;
  status: StatusPenerima;
  instruksi: string[];
  catatan: string | null;
  batasWaktu: string | null;
  tanggal: string;
}

export const disposisiApi = {
  'disposisi.create': method<Disposisi>()({
    write: true,
    ringkasan:
      'Disposisikan surat masuk ke satu atau lebih jabatan (satu ditandai utama), dengan instruksi, catatan, dan batas waktu. Dengan asalPenerimaId: meneruskan disposisi yang diterima.',
    input: z
      .strictObject({
        suratMasukId: idRecord('Surat masuk'),
        dariJabatanId: idRecord('Jabatan pemberi disposisi'),
        asalPenerimaId: idRecord('Disposisi asal').optional(),
        tanggal: tanggal('Tanggal disposisi'),
        penerima: z
          .array(z.strictObject({ jabatanId: idRecord('Jabatan penerima'), utama: z.boolean().default(false) }), {
            error: 'Penerima disposisi wajib diisi.',
          })
          .min(1, { error: 'Pilih paling sedikit satu penerima disposisi.' })
          .max(30),
        instruksi: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
        catatan: teksOpsional('Catatan', 2000),
        batasWaktu: tanggal('Batas waktu').optional(),
      })
      .refine((d) => d.penerima.filter((p) => p.utama).length <= 1, { error: 'Hanya satu penerima yang boleh ditandai utama.', path: ['penerima'] })
      .refine((d) => new Set(d.penerima.map((p) => p.jabatanId)).size === d.penerima.length, {
        error: 'Satu jabatan hanya boleh muncul sekali sebagai penerima.',
        path: ['penerima'],
      })
      .refine((d) => d.instruksi.length > 0 || Boolean(d.catatan), { error: 'Isi instruksi atau catatan disposisi.', path: ['instruksi'] })
      .refine((d) => !d.batasWaktu || d.batasWaktu >= d.tanggal, { error: 'Batas waktu tidak boleh sebelum tanggal disposisi.', path: ['batasWaktu'] }),
  }),
  'disposisi.updateStatus': method<Disposisi>()({
    write: true,
    ringkasan:
      'Majukan status satu penerima disposisi (diterima → ditindaklanjuti → selesai) dengan catatan tindak lanjut. Ditindaklanjuti sekali lagi (dengan catatan) menambah laporan kemajuan; statusnya tetap.',
    input: z.strictObject({
      penerimaId: idRecord('Penerima disposisi'),
      status: z.enum(STATUS_PENERIMA.filter((s) => s !== 'ditarik' && s !== 'belum_dibaca') as ['diterima', 'ditindaklanjuti', 'selesai'], {
        error: 'Status harus diterima, ditindaklanjuti, atau selesai.',
      }),
      catatan: teksOpsional('Catatan tindak lanjut', 2000),
    }),
  }),
  'disposisi.tarik': method<Disposisi>()({
    write: true,
    ringkasan: 'Tarik kembali disposisi kepada satu penerima selama belum dibaca.',
    input: z.strictObject({ penerimaId: idRecord('Penerima disposisi'), alasan: teksOpsional('Alasan', 500) }),
  }),
  'disposisi.inbox': method<KotakDisposisi[]>()({
    ringkasan: 'Disposisi yang diterima suatu jabatan.',
    input: z.strictObject({
      jabatanId: idRecord('Jabatan'),
      status: z.enum(STATUS_PENERIMA).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  }),
};
