import { z } from 'zod';

/**
 * The body of a naskah as structured rich text: what the compose screen edits and what both the HTML
 * (PDF) and the DOCX writers read. Plain JSON, never HTML, so nothing typed can inject markup.
 * Wherever text is expected a plain string is accepted too and normalised to runs.
 */

export interface Run {
  t: string;
  b?: boolean;
  i?: boolean;
  u?: boolean;
}
export type Teks = Run[];
export type TeksMasukan = string | (string | Run)[];

export type Rata = 'kiri' | 'tengah' | 'kanan' | 'penuh';
export type GayaDaftar = 'angka' | 'huruf' | 'poin';

export type Blok =
  | { jenis: 'paragraf'; isi: Teks; rata?: Rata }
  | { jenis: 'daftar'; gaya: GayaDaftar; butir: Teks[] }
  | { jenis: 'tabel'; kepala?: Teks[]; baris: Teks[][]; lebar?: number[]; rata?: RataKolom[] }
  | { jenis: 'rincian'; baris: { label: string; isi: Blok[] }[] };

export type RataKolom = 'kiri' | 'tengah' | 'kanan';

export type BlokMasukan =
  | { jenis: 'paragraf'; isi: TeksMasukan; rata?: Rata }
  | { jenis: 'daftar'; gaya?: GayaDaftar; butir: TeksMasukan[] }
  | { jenis: 'tabel'; kepala?: TeksMasukan[]; baris: TeksMasukan[][]; lebar?: number[]; rata?: RataKolom[] }
  | { jenis: 'rincian'; baris: { label: string; isi: string | BlokMasukan[] }[] };

const BATAS_TEKS = 20_000;

const run = z.strictObject({
  t: z.string().max(BATAS_TEKS),
  b: z.boolean().optional(),
  i: z.boolean().optional(),
  u: z.boolean().optional(),
});

export const teksSchema: z.ZodType<Teks, TeksMasukan> = z
  .union([z.string().max(BATAS_TEKS), z.array(z.union([z.string().max(BATAS_TEKS), run])).max(500)])
  .transform((v) => (typeof v === 'string' ? [{ t: v }] : v.map((r) => (typeof r === 'string' ? { t: r } : r))));

export const blokSchema: z.ZodType<Blok, BlokMasukan> = z.lazy(() =>
  z.discriminatedUnion('jenis', [
    z.strictObject({ jenis: z.literal('paragraf'), isi: teksSchema, rata: z.enum(['kiri', 'tengah', 'kanan', 'penuh']).optional() }),
    z.strictObject({ jenis: z.literal('daftar'), gaya: z.enum(['angka', 'huruf', 'poin']).default('angka'), butir: z.array(teksSchema).min(1).max(500) }),
    z
      .strictObject({
        jenis: z.literal('tabel'),
        kepala: z.array(teksSchema).max(20).optional(),
        baris: z.array(z.array(teksSchema).max(20)).max(2000),
        /** Width of each column in percent of the table. */
        lebar: z.array(z.number().positive().max(100)).max(20).optional(),
        rata: z.array(z.enum(['kiri', 'tengah', 'kanan'])).max(20).optional(),
      })
      .refine((t) => !t.kepala || t.baris.every((b) => b.length === t.kepala!.length), { error: 'Setiap baris tabel harus sebanyak kolom kepalanya.' }),
    z.strictObject({
      jenis: z.literal('rincian'),
      baris: z
        .array(z.strictObject({ label: z.string().trim().max(200), isi: z.union([z.string().max(BATAS_TEKS), z.array(blokSchema).max(50)]) }))
        .max(100)
        .transform((rows) => rows.map((r) => ({ label: r.label, isi: typeof r.isi === 'string' ? [{ jenis: 'paragraf' as const, isi: [{ t: r.isi }] }] : r.isi }))),
    }),
  ]),
);

export const isiSchema = z.array(blokSchema).max(1000);

/** Plain text of runs, for hashes, templates and plain-text previews. */
export const teksPolos = (t: Teks) => t.map((r) => r.t).join('');

/** Shorthand used by builders and tests: a paragraph of one plain run. */
export const paragraf = (t: string, rata?: Rata): Blok => ({ jenis: 'paragraf', isi: [{ t }], ...(rata ? { rata } : {}) });
