import { z } from 'zod';
import { PERAN, type Peran } from '../akses/peran';
import { method } from './contract';
import { idRecord, teks } from './fields';

export interface PenggunaSesi {
  id: number;
  username: string;
  nama: string;
  peran: Peran[];
  jabatanId: number | null;
  harusGantiSandi: boolean;
}

export interface Pengguna extends PenggunaSesi {
  pegawaiId: number | null;
  aktif: boolean;
  terkunciSampai: string | null;
  punyaSandi: boolean;
}

export interface HasilMasuk {
  token: string;
  pengguna: PenggunaSesi;
  /** Minutes of inactivity after which the session ends. */
  batasDiamMenit: number;
}

const sandi = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .min(8, { error: `${label} paling sedikit 8 karakter.` })
    .max(200, { error: `${label} terlalu panjang.` });

const username = z
  .string({ error: 'Nama pengguna wajib diisi.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, { error: 'Nama pengguna 3–40 huruf kecil, angka, titik, garis bawah, atau tanda hubung.' });

export const aksesApi = {
  'auth.status': method<{ perluSetup: boolean; pengguna: PenggunaSesi | null }>()({
    input: z.strictObject({}),
    ringkasan: 'Apakah aplikasi perlu admin pertama, dan siapa yang sedang masuk.',
  }),
  'auth.setupAdmin': method<HasilMasuk>()({
    write: true,
    ringkasan: 'Buat akun admin pertama (hanya selama belum ada pengguna).',
    input: z.strictObject({ username, nama: teks('Nama', 200), sandi: sandi('Kata sandi') }),
  }),
  'auth.login': method<HasilMasuk>()({
    ringkasan: 'Masuk dengan nama pengguna dan kata sandi; terkunci sementara sesudah beberapa kali salah.',
    input: z.strictObject({ username, sandi: z.string({ error: 'Kata sandi wajib diisi.' }).min(1, { error: 'Kata sandi wajib diisi.' }).max(200) }),
  }),
  'auth.logout': method<{ ok: true }>()({ input: z.strictObject({}), ringkasan: 'Keluar dari sesi ini.' }),
  'auth.gantiSandi': method<{ ok: true }>()({
    write: true,
    ringkasan: 'Ganti kata sandi sendiri.',
    input: z
      .strictObject({ sandiLama: z.string().min(1, { error: 'Kata sandi lama wajib diisi.' }).max(200), sandiBaru: sandi('Kata sandi baru') })
      .refine((s) => s.sandiLama !== s.sandiBaru, { error: 'Kata sandi baru harus berbeda dari yang lama.', path: ['sandiBaru'] }),
  }),
  'pengguna.list': method<Pengguna[]>()({ input: z.strictObject({}), ringkasan: 'Daftar pengguna dan perannya.' }),
  'pengguna.save': method<Pengguna>()({
    write: true,
    ringkasan: 'Tambah atau ubah pengguna: peran (boleh lebih dari satu), jabatan/pegawai terkait, aktif.',
    input: z.strictObject({
      id: idRecord().optional(),
      username,
      nama: teks('Nama', 200),
      peran: z.array(z.enum(PERAN, { error: `Peran harus salah satu dari: ${PERAN.join(', ')}.` })).min(1, { error: 'Pilih paling sedikit satu peran.' }),
      jabatanId: idRecord('Jabatan').nullable().optional(),
      pegawaiId: idRecord('Pegawai').nullable().optional(),
      aktif: z.boolean().optional(),
      sandiAwal: sandi('Kata sandi awal').optional(),
    }),
  }),
  'pengguna.resetSandi': method<Pengguna>()({
    write: true,
    ringkasan: 'Atur ulang kata sandi pengguna (admin); pengguna wajib menggantinya saat masuk berikutnya. Dicatat di jejak audit.',
    input: z.strictObject({ id: idRecord(), sandiBaru: sandi('Kata sandi baru') }),
  }),
};
