import type { Blok, Rata, Run, Teks } from '../../shared/naskah/isi';

/**
 * What the compose screen types: plain text with three markers, as in chat apps —
 * `**tebal**`, `_miring_`, `__garis bawah__`. A marker without its partner stays as typed, and an
 * underscore inside a word (nama_berkas) is a letter, not a marker, so nothing typed is ever lost.
 */

type Gaya = 'b' | 'i' | 'u';
const PENANDA: [string, Gaya][] = [
  ['**', 'b'],
  ['__', 'u'],
  ['_', 'i'],
];

const hurufAngka = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Token {
  posisi: number;
  panjang: number;
  gaya: Gaya;
}

function cariPenanda(s: string): Token[] {
  const hasil: Token[] = [];
  for (let i = 0; i < s.length; ) {
    const p = PENANDA.find(([m]) => s.startsWith(m, i));
    if (!p) {
      i += 1;
      continue;
    }
    const [m, gaya] = p;
    // nama_berkas, 2__3: between two letters or digits an underscore is part of the word.
    const dalamKata = gaya !== 'b' && hurufAngka(s[i - 1]) && hurufAngka(s[i + m.length]);
    if (!dalamKata) hasil.push({ posisi: i, panjang: m.length, gaya });
    i += m.length;
  }
  // Each style pairs its markers in order; an odd one out is literal text.
  for (const g of ['b', 'i', 'u'] as Gaya[]) {
    const milik = hasil.filter((t) => t.gaya === g);
    if (milik.length % 2 === 1) hasil.splice(hasil.indexOf(milik[milik.length - 1]!), 1);
  }
  return hasil;
}

export function keRuns(s: string): Teks {
  const token = cariPenanda(s);
  const runs: Run[] = [];
  const aktif: Record<Gaya, boolean> = { b: false, i: false, u: false };
  let dari = 0;
  const dorong = (sampai: number) => {
    const t = s.slice(dari, sampai);
    if (!t) return;
    const r: Run = { t };
    if (aktif.b) r.b = true;
    if (aktif.i) r.i = true;
    if (aktif.u) r.u = true;
    const akhir = runs[runs.length - 1];
    if (akhir && !!akhir.b === !!r.b && !!akhir.i === !!r.i && !!akhir.u === !!r.u) akhir.t += t;
    else runs.push(r);
  };
  for (const t of token) {
    dorong(t.posisi);
    aktif[t.gaya] = !aktif[t.gaya];
    dari = t.posisi + t.panjang;
  }
  dorong(s.length);
  return runs.length ? runs : [{ t: '' }];
}

/** Runs back to what is typed; whitespace stays outside the markers so they pair up again. */
export function dariRuns(runs: Teks): string {
  return runs
    .map((r) => {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.t)!;
      const [, depan = '', isi = '', belakang = ''] = m;
      if (!isi) return r.t;
      let x = isi;
      if (r.i) x = `_${x}_`;
      if (r.u) x = `__${x}__`;
      if (r.b) x = `**${x}**`;
      return depan + x + belakang;
    })
    .join('');
}

/** One item per line (tembusan, menimbang…); blank lines are dropped. */
export const perBaris = (s: string): string[] =>
  s
    .split(/\r?\n/)
    .map((b) => b.trim())
    .filter(Boolean);

/** The editable form of a block: each kind is one or two plain text fields. */
export type BlokSunting =
  | { jenis: 'paragraf'; kunci: number; teks: string; rata?: Rata }
  | { jenis: 'daftar'; kunci: number; gaya: 'angka' | 'huruf' | 'poin'; teks: string }
  | { jenis: 'tabel'; kunci: number; teks: string; berkepala: boolean; asli?: Extract<Blok, { jenis: 'tabel' }> }
  | { jenis: 'rincian'; kunci: number; asli: Extract<Blok, { jenis: 'rincian' }> };

let urut = 0;
export const kunciBaru = () => ++urut;

export function keSunting(b: Blok): BlokSunting {
  const kunci = kunciBaru();
  switch (b.jenis) {
    case 'paragraf':
      return { jenis: 'paragraf', kunci, teks: dariRuns(b.isi), rata: b.rata };
    case 'daftar':
      return { jenis: 'daftar', kunci, gaya: b.gaya, teks: b.butir.map(dariRuns).join('\n') };
    case 'tabel': {
      const baris = [...(b.kepala ? [b.kepala] : []), ...b.baris];
      return { jenis: 'tabel', kunci, berkepala: Boolean(b.kepala), teks: baris.map((r) => r.map(dariRuns).join(' | ')).join('\n'), asli: b };
    }
    default:
      return { jenis: 'rincian', kunci, asli: b };
  }
}

/** Null for a block left empty: it is not saved. */
export function dariSunting(b: BlokSunting): Blok | null {
  switch (b.jenis) {
    case 'paragraf': {
      const t = b.teks.trim();
      return t ? { jenis: 'paragraf', isi: keRuns(t), ...(b.rata ? { rata: b.rata } : {}) } : null;
    }
    case 'daftar': {
      const butir = perBaris(b.teks);
      return butir.length ? { jenis: 'daftar', gaya: b.gaya, butir: butir.map(keRuns) } : null;
    }
    case 'tabel': {
      const baris = perBaris(b.teks).map((r) => r.split('|').map((c) => c.trim()));
      if (!baris.length) return null;
      // Every row as wide as the widest, so a short row never makes the table invalid.
      const kolom = Math.max(...baris.map((r) => r.length));
      const penuh = baris.map((r) => [...r, ...Array<string>(kolom - r.length).fill('')].map(keRuns));
      const [kepala, ...isi] = penuh;
      const sama = b.asli && (b.asli.kepala?.length ?? b.asli.baris[0]?.length) === kolom;
      const tambahan = sama ? { ...(b.asli!.lebar ? { lebar: b.asli!.lebar } : {}), ...(b.asli!.rata ? { rata: b.asli!.rata } : {}) } : {};
      return b.berkepala ? { jenis: 'tabel', kepala: kepala!, baris: isi, ...tambahan } : { jenis: 'tabel', baris: penuh, ...tambahan };
    }
    default:
      return b.asli;
  }
}
