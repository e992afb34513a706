import { z } from 'zod';
import { ATURAN_TTD_BAWAAN, PERAN_PENANDATANGAN } from './tanda-tangan';

/**
 * What the tata naskah leaves to each Pemda (domain guide §5–6): paper, margins, fonts, kop ratio,
 * the unsettled Pasal 44 points. Stored as JSON and read through these schemas, so a setting added
 * later simply takes its default on existing databases.
 */

export const KERTAS_NASKAH = ['F4', 'A4'] as const;
export type KertasNaskah = (typeof KERTAS_NASKAH)[number];
export const UKURAN_KERTAS: Record<KertasNaskah, { lebarMm: number; tinggiMm: number }> = {
  F4: { lebarMm: 215, tinggiMm: 330 },
  A4: { lebarMm: 210, tinggiMm: 297 },
};

/** Arial and Bookman Old Style are what the Perkada name; the PDF embeds metric-compatible substitutes. */
export const FONT_NASKAH = ['arial', 'bookman'] as const;
export type FontNaskah = (typeof FONT_NASKAH)[number];

const mm = (label: string) => z.number({ error: `${label} harus angka (mm).` }).min(5, { error: `${label} paling sedikit 5 mm.` }).max(60, { error: `${label} paling banyak 60 mm.` });

export const tataLetakSchema = z.strictObject({
  kertas: z.enum(KERTAS_NASKAH, { error: 'Kertas harus F4 atau A4.' }),
  margin: z.strictObject({ atas: mm('Margin atas'), bawah: mm('Margin bawah'), kiri: mm('Margin kiri'), kanan: mm('Margin kanan') }),
  font: z.enum(FONT_NASKAH, { error: 'Font harus arial atau bookman.' }),
  ukuranPt: z.number().min(9, { error: 'Ukuran huruf paling kecil 9 pt.' }).max(16, { error: 'Ukuran huruf paling besar 16 pt.' }),
  /** Line height as a multiple of the font size. */
  spasi: z.number().min(1).max(2.5),
  /** From page 2, centred in the top margin. */
  nomorHalaman: z.boolean(),
});
export type TataLetak = z.infer<typeof tataLetakSchema>;

const PENETAPAN_PENGATURAN = new Set(['keputusan', 'instruksi', 'surat-edaran', 'sop', 'peraturan']);

/** Domain guide §6: 2 / 2.5 / 3 / 2 cm; Arial 12, Bookman Old Style 12 for pengaturan and penetapan. */
export function tataLetakBawaan(slug: string, kertas: KertasNaskah = 'F4'): TataLetak {
  return {
    kertas,
    margin: { atas: 20, bawah: 25, kiri: 30, kanan: 20 },
    font: PENETAPAN_PENGATURAN.has(slug) ? 'bookman' : 'arial',
    ukuranPt: 12,
    spasi: 1.15,
    nomorHalaman: true,
  };
}

export const POSISI_PARAF = ['kiri-ttd', 'bawah', 'tidak'] as const;
export type PosisiParaf = (typeof POSISI_PARAF)[number];

const kopSchema = z.strictObject({
  /** Size of the dinas line; the others follow `rasio` (pemerintah : dinas : alamat), e.g. 3 : 4 in Pergub Sulteng 17/2023. */
  dinasPt: z.number().min(10, { error: 'Ukuran nama dinas paling kecil 10 pt.' }).max(28, { error: 'Ukuran nama dinas paling besar 28 pt.' }),
  rasio: z.tuple([z.number().positive(), z.number().positive(), z.number().positive()], { error: 'Rasio kop berisi tiga angka: pemerintah, dinas, alamat.' }),
});

const ttdSchema = z.strictObject({
  penetapanPangkatNip: z.boolean(),
  pltSekdaTanpaIdentitas: z.boolean(),
  namaKapital: z.boolean(),
  namaGarisBawah: z.boolean(),
  rata: z.enum(['tengah', 'kiri']),
});

const medan = {
  kertasBawaan: z.enum(KERTAS_NASKAH, { error: 'Kertas harus F4 atau A4.' }),
  kop: kopSchema,
  ttd: ttdSchema,
  /** Jabatan id → role, for the jabatan of a Kepala Daerah, Wakil or Sekda (everything else is "lain"). */
  peranJabatan: z.record(z.string().regex(/^\d+$/, { error: 'Kunci peranJabatan adalah id jabatan.' }), z.enum(PERAN_PENANDATANGAN)),
  paraf: z.enum(POSISI_PARAF, { error: `Posisi paraf harus salah satu dari: ${POSISI_PARAF.join(', ')}.` }),
  tembusanYth: z.boolean(),
  /** Where "Yth." stands on a surat: under the Hal block (1/2023) or on the right (older Perkada). */
  alamatTujuan: z.enum(['kiri', 'kanan']),
  /** Registers whose letters carry the verification QR code. */
  qrRegister: z.array(z.string().trim().min(1).max(50)).max(50),
};

export const pengaturanNaskahSchema = z.strictObject(medan);
export type PengaturanNaskah = z.infer<typeof pengaturanNaskahSchema>;

/** A change: every top-level key optional, and kop/ttd may be sent in part. */
export const pengaturanUbahSchema = z.strictObject({
  ...pengaturanNaskahSchema.partial().shape,
  kop: kopSchema.partial().optional(),
  ttd: ttdSchema.partial().optional(),
});
export type PengaturanUbah = z.infer<typeof pengaturanUbahSchema>;

export const PENGATURAN_BAWAAN: PengaturanNaskah = {
  kertasBawaan: 'F4',
  kop: { dinasPt: 16, rasio: [3, 4, 2.5] },
  ttd: { ...ATURAN_TTD_BAWAAN, namaGarisBawah: false, rata: 'tengah' },
  peranJabatan: {},
  paraf: 'kiri-ttd',
  tembusanYth: true,
  alamatTujuan: 'kiri',
  qrRegister: [],
};

/** `ubah` over `dasar`, one level deep for kop and ttd; the result is checked whole. */
export function gabungPengaturan(dasar: PengaturanNaskah, ubah: PengaturanUbah): PengaturanNaskah {
  const bersih = Object.fromEntries(Object.entries(ubah).filter(([, v]) => v !== undefined)) as PengaturanUbah;
  return pengaturanNaskahSchema.parse({ ...dasar, ...bersih, kop: { ...dasar.kop, ...bersih.kop }, ttd: { ...dasar.ttd, ...bersih.ttd } });
}

/** The three kop sizes in pt from the dinas size and the ratio. */
export function ukuranKop(k: PengaturanNaskah['kop']): { pemerintahPt: number; dinasPt: number; alamatPt: number } {
  const [p, d, a] = k.rasio;
  const bulat = (n: number) => Math.round(n * 2) / 2;
  return { pemerintahPt: bulat((k.dinasPt * p) / d), dinasPt: k.dinasPt, alamatPt: bulat((k.dinasPt * a) / d) };
}
