import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { SkemaKlasifikasi } from '../../shared/api/referensi';
import { AppError } from '../../shared/errors';
import { toIsoDate } from '../../shared/format/tanggal';
import type { Ctx } from '../core/context';
import { siap } from '../core/siap';

/**
 * The word search behind klasifikasi.search (the agendaris types words, Enter takes the first hit).
 * It runs in JS over the codes of one skema (~3,000), held per connection: every typed word has to
 * be found in the code's own name or in the names of the groups above it, which LIKE over one
 * column cannot say, and ranking by this office's own use needs the counts at hand anyway.
 */

/** How long the held tree and the usage counts are trusted: a new letter moves the ranking a few minutes later. */
const UMUR_MS = 5 * 60_000;

/**
 * Word boundaries in a name. A hyphen is not one: "Perundang-undangan" is one word, so "undangan"
 * does not begin a word there, while "Nilai-nilai" still begins with "nilai".
 */
const BATAS = /[\s/()[\],:;]+/;

/** Lower-cased words, each with a space before and after, so " kata" tests a word start. */
function sebagaiKata(teks: string): string {
  const kata = kataDari(teks);
  return kata.length ? ` ${kata.join(' ')} ` : ' ';
}

function kataDari(teks: string): string[] {
  return teks.toLowerCase().split(BATAS).filter(Boolean);
}

// ── The tree, per connection ────────────────────────────────────────────────────────────────

interface Entri {
  kode: string;
  urut: string;
  /** The code's own name, as words. */
  nama: string;
  /** The names of every group above it, top level included ("kesejahteraan rakyat sosial jaminan sosial"). */
  jalur: string;
}

interface Pohon {
  dibuat: number;
  entri: Entri[];
}

const pohonCache = new WeakMap<Database.Database, Map<SkemaKlasifikasi, Pohon>>();

/** After an admin renames a code, the next search reads the tree again. */
export function lupakanPohon(sqlite: Database.Database): void {
  pohonCache.delete(sqlite);
}

function bacaPohon(sqlite: Database.Database, skema: SkemaKlasifikasi): Entri[] {
  const rows = siap(sqlite, 'SELECT kode, nama, parent, urut_kode AS urut FROM kode_klasifikasi WHERE skema = ?').all(skema) as {
    kode: string;
    nama: string;
    parent: string | null;
    urut: string;
  }[];
  const perKode = new Map(rows.map((r) => [r.kode, r]));
  const jalurCache = new Map<string, string>();
  // The group names above a code, joined once per group and shared by its children.
  const jalurDari = (parent: string | null): string => {
    if (!parent) return ' ';
    const sudah = jalurCache.get(parent);
    if (sudah !== undefined) return sudah;
    const p = perKode.get(parent);
    // Set before reading further up, so a parent loop in edited data ends instead of recursing forever.
    jalurCache.set(parent, ' ');
    const jalur = p ? `${jalurDari(p.parent)}${sebagaiKata(p.nama).slice(1)}` : ' ';
    jalurCache.set(parent, jalur);
    return jalur;
  };
  return rows.map((r) => ({ kode: r.kode, urut: r.urut, nama: sebagaiKata(r.nama), jalur: jalurDari(r.parent) }));
}

function pohon(sqlite: Database.Database, skema: SkemaKlasifikasi, sekarang: number): Entri[] {
  let m = pohonCache.get(sqlite);
  if (!m) pohonCache.set(sqlite, (m = new Map()));
  const p = m.get(skema);
  if (p && !basi(p.dibuat, sekarang)) return p.entri;
  const entri = bacaPohon(sqlite, skema);
  m.set(skema, { dibuat: sekarang, entri });
  return entri;
}

const basi = (dibuat: number, sekarang: number) => sekarang - dibuat > UMUR_MS || sekarang < dibuat;

// ── How often this office used each code ────────────────────────────────────────────────────

interface Pemakaian {
  dibuat: number;
  jumlah: Map<string, number>;
}

const pemakaianCache = new WeakMap<Database.Database, Pemakaian>();

/**
 * Letters of the last two years count: what the office files now (programmes and habits change,
 * and letters from before the 2022 tree may carry codes numbered otherwise), and a refresh reads
 * about two years of letters through the date indexes instead of the whole archive (300,000
 * letters: ~40 ms instead of ~500 ms). A cancelled surat masuk was a mistaken entry and counts not.
 */
const TAHUN_PEMAKAIAN = 2;

const SQL_PEMAKAIAN = `
  SELECT kode, sum(n) AS n FROM (
    SELECT kode_klasifikasi AS kode, count(*) AS n FROM surat_masuk
     WHERE tanggal_terima >= ? AND kode_klasifikasi IS NOT NULL AND status <> 'dibatalkan' GROUP BY kode_klasifikasi
    UNION ALL
    SELECT kode_klasifikasi AS kode, count(*) AS n FROM surat_keluar WHERE tanggal >= ? GROUP BY kode_klasifikasi
  ) GROUP BY kode`;

function pemakaian(sqlite: Database.Database, sekarang: Date): Map<string, number> {
  const p = pemakaianCache.get(sqlite);
  if (p && !basi(p.dibuat, sekarang.getTime())) return p.jumlah;
  const sejak = new Date(sekarang);
  sejak.setFullYear(sejak.getFullYear() - TAHUN_PEMAKAIAN);
  const baris = siap(sqlite, SQL_PEMAKAIAN).all(toIsoDate(sejak), toIsoDate(sejak)) as { kode: string; n: number }[];
  const jumlah = new Map(baris.map((r) => [r.kode, r.n]));
  pemakaianCache.set(sqlite, { dibuat: sekarang.getTime(), jumlah });
  return jumlah;
}

// ── Synonyms (resources/referensi/sinonim-klasifikasi.json) ─────────────────────────────────

const berkasSinonim = z.object({
  data: z.array(z.object({ ketik: z.array(z.string().min(1)).min(1), cari: z.array(z.string().min(1)).min(1) })),
});

interface Sinonim {
  /** Typed words (joined by one space) → the tree's words, one list per alternative. */
  peta: Map<string, string[][]>;
  /** The longest key in words, so the typed words are matched longest key first. */
  terpanjang: number;
}

const sinonimCache = new Map<string, Sinonim>();

function sinonim(resourcesDir: string): Sinonim {
  let s = sinonimCache.get(resourcesDir);
  if (s) return s;
  const nama = join(resourcesDir, 'referensi', 'sinonim-klasifikasi.json');
  // An office may edit this file; a mistake in it is named, not hidden behind a generic error.
  const rusak = (sebab: string) => new AppError('INTERNAL', `Berkas ${nama} tidak dapat dipakai sebagai daftar sinonim: ${sebab}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(nama, 'utf8'));
  } catch (e) {
    throw rusak(e instanceof Error ? e.message : String(e));
  }
  const isi = berkasSinonim.safeParse(json);
  if (!isi.success) throw rusak(isi.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const peta = new Map<string, string[][]>();
  for (const e of isi.data.data) {
    for (const k of e.ketik) {
      const kunci = kataDari(k).join(' ');
      peta.set(kunci, [...(peta.get(kunci) ?? []), ...e.cari.map(kataDari)]);
    }
  }
  s = { peta, terpanjang: Math.max(1, ...[...peta.keys()].map((k) => k.split(' ').length)) };
  sinonimCache.set(resourcesDir, s);
  return s;
}

// ── Matching ────────────────────────────────────────────────────────────────────────────────

/**
 * One thing the user typed: a word, or several words that together are a synonym key
 * ("penyandang disabilitas"). It is found when all words of any one alternative are found;
 * the words as typed are always the first alternative.
 */
type Istilah = string[][];

function istilahDari(kata: string[], s: Sinonim): Istilah[] {
  const hasil: Istilah[] = [];
  for (let i = 0; i < kata.length; ) {
    let n = Math.min(s.terpanjang, kata.length - i);
    for (; n > 0; n--) {
      const ganti = s.peta.get(kata.slice(i, i + n).join(' '));
      if (ganti) {
        hasil.push([kata.slice(i, i + n), ...ganti]);
        break;
      }
    }
    if (n === 0) {
      hasil.push([[kata[i]!]]);
      n = 1;
    }
    i += n;
  }
  return hasil;
}

/**
 * The words as a whole phrase, once per way of reading the synonyms ("bansos" is also
 * "bantuan sosial"), for the exact-name and phrase rules. Capped: a phrase of several synonyms
 * needs no more than a handful of readings.
 */
function frasaDari(istilah: Istilah[]): string[] {
  let frasa = [''];
  for (const alt of istilah) frasa = frasa.flatMap((f) => alt.map((a) => `${f} ${a.join(' ')}`)).slice(0, 16);
  return frasa.map((f) => f.trim());
}

const ada = (teks: string, kata: string) => teks.includes(kata);
const awalKata = (teks: string, kata: string) => teks.includes(` ${kata}`);

/** A typed term found by one alternative, every word of it passing `cocok`. */
const cocokIstilah = (alt: Istilah, cocok: (kata: string) => boolean) => alt.some((kata) => kata.every(cocok));

interface Nilai {
  entri: Entri;
  /** 0 the code typed exactly, 1 a code below it, 2 any other code starting with it, 3 found by words. */
  kode: number;
  dipakai: number;
  namaPersis: boolean;
  /** Typed terms found in the code's own name: above those found only in its groups. */
  diNama: number;
  frasaDiAwal: boolean;
  frasaDiNama: boolean;
  /** Terms beginning a word of the own name, then of the name or its groups. */
  awalDiNama: number;
  awalDiJalur: number;
}

function nilai(e: Entri, q: string, istilah: Istilah[], frasa: string[], dipakai: number): Nilai | null {
  const tingkatKode = e.kode === q ? 0 : e.kode.startsWith(`${q}.`) ? 1 : e.kode.startsWith(q) ? 2 : 3;
  // Every typed term somewhere in the code's name or the names above it: "bantuan sosial" finds
  // 400.9.14.5 "Bantuan Langsung" because it sits under SOSIAL.
  const kataAda = istilah.length > 0 && istilah.every((alt) => cocokIstilah(alt, (k) => ada(e.nama, k) || ada(e.jalur, k)));
  if (tingkatKode === 3 && !kataAda) return null;
  const hitung = (cocok: (k: string) => boolean) => (kataAda ? istilah.filter((alt) => cocokIstilah(alt, cocok)).length : 0);
  const awalDiJalur = hitung((k) => awalKata(e.nama, k) || awalKata(e.jalur, k));
  return {
    entri: e,
    kode: tingkatKode,
    // Use lifts a code only where every word begins a word of it: a much-used code must not jump
    // ahead because "undangan" sits inside its "Perundang-undangan" or "anak" inside "Penanganan".
    dipakai: tingkatKode < 3 || awalDiJalur === istilah.length ? dipakai : 0,
    namaPersis: kataAda && frasa.some((f) => e.nama === ` ${f} `),
    diNama: hitung((k) => ada(e.nama, k)),
    frasaDiAwal: kataAda && frasa.some((f) => e.nama.startsWith(` ${f}`)),
    frasaDiNama: kataAda && frasa.some((f) => awalKata(e.nama, f)),
    awalDiNama: hitung((k) => awalKata(e.nama, k)),
    awalDiJalur,
  };
}

/**
 * The order, strongest first: a typed code (the code itself before the codes below it); how often
 * this office has filed letters under the code (a Dinas Sosial typing "bantuan sosial" means its
 * 400.9.x, not 800.1.12.4 for staff welfare); the name exactly as typed; terms found in the code's
 * own name rather than only in its groups; the words as a phrase; words found at a word start
 * rather than inside a word ("bantuan" before "Pembantuan"); then the order of the tree.
 */
function banding(a: Nilai, b: Nilai): number {
  return (
    a.kode - b.kode ||
    b.dipakai - a.dipakai ||
    Number(b.namaPersis) - Number(a.namaPersis) ||
    b.diNama - a.diNama ||
    Number(b.frasaDiAwal) - Number(a.frasaDiAwal) ||
    Number(b.frasaDiNama) - Number(a.frasaDiNama) ||
    b.awalDiNama - a.awalDiNama ||
    b.awalDiJalur - a.awalDiJalur ||
    (a.entri.urut < b.entri.urut ? -1 : a.entri.urut > b.entri.urut ? 1 : 0)
  );
}

/** The codes matching `q` (a code prefix or words), best first, at most `limit`. */
export function cariKodeKlasifikasi(ctx: Ctx, skema: SkemaKlasifikasi, q: string, limit: number): string[] {
  const sekarang = ctx.now();
  const istilah = istilahDari(kataDari(q), sinonim(ctx.resourcesDir));
  const frasa = frasaDari(istilah);
  // Letters are only ever filed under current codes (pastikanKodeBaru), so the old scheme has no usage.
  const jumlah = skema === 'permendagri_83_2022' ? pemakaian(ctx.sqlite, sekarang) : new Map<string, number>();
  const hasil: Nilai[] = [];
  for (const e of pohon(ctx.sqlite, skema, sekarang.getTime())) {
    const n = nilai(e, q, istilah, frasa, jumlah.get(e.kode) ?? 0);
    if (n) hasil.push(n);
  }
  return hasil
    .sort(banding)
    .slice(0, limit)
    .map((n) => n.entri.kode);
}
