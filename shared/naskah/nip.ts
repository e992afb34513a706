/**
 * NIP PNS: 18 digits = tanggal lahir (8, YYYYMMDD) + TMT CPNS (6, YYYYMM) + jenis kelamin (1: 1 pria,
 * 2 wanita) + nomor urut (3). Printed grouped as `19660601 198602 1 009`.
 */

export interface NipTerurai {
  tanggalLahir: string;
  /** YYYY-MM of the CPNS appointment. */
  tmtCpns: string;
  jenisKelamin: 'pria' | 'wanita';
  nomorUrut: number;
}

export type HasilNip = { ok: true; nip: string; urai: NipTerurai } | { ok: false; nip: string; kesalahan: string[] };

/** Spaces, dots and dashes typed or pasted from other systems are dropped before checking. */
export const rapikanNip = (s: string) => s.replace(/[\s.\-]/g, '');

const tanggalAda = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** `tahunMaks` bounds plausible years (the current year); a CPNS is at least 18 at appointment. */
export function periksaNip(masukan: string, tahunMaks = new Date().getFullYear()): HasilNip {
  const nip = rapikanNip(masukan);
  if (!/^\d{18}$/.test(nip)) return { ok: false, nip, kesalahan: [`NIP harus 18 angka (tertulis ${nip.length} karakter).`] };
  const angka = (a: number, b: number) => Number(nip.slice(a, b));
  const [ly, lm, ld] = [angka(0, 4), angka(4, 6), angka(6, 8)];
  const [ty, tm] = [angka(8, 12), angka(12, 14)];
  const jk = nip[14]!;
  const urut = angka(15, 18);
  const kesalahan: string[] = [];
  if (ly < 1900 || ly > tahunMaks || !tanggalAda(ly, lm, ld)) kesalahan.push(`Delapan angka pertama NIP (${nip.slice(0, 8)}) bukan tanggal lahir yang sah.`);
  if (tm < 1 || tm > 12 || ty < 1900 || ty > tahunMaks) kesalahan.push(`Angka ke-9 sampai ke-14 NIP (${nip.slice(8, 14)}) bukan bulan TMT CPNS yang sah.`);
  else if (ty * 12 + tm < (ly + 18) * 12 + lm) kesalahan.push(`TMT CPNS ${nip.slice(8, 14)} kurang dari 18 tahun sesudah tanggal lahir.`);
  if (jk !== '1' && jk !== '2') kesalahan.push(`Angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis ${jk}.`);
  if (urut === 0) kesalahan.push('Tiga angka terakhir NIP (nomor urut) tidak boleh 000.');
  if (kesalahan.length) return { ok: false, nip, kesalahan };
  const dua = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    nip,
    urai: { tanggalLahir: `${ly}-${dua(lm)}-${dua(ld)}`, tmtCpns: `${ty}-${dua(tm)}`, jenisKelamin: jk === '1' ? 'pria' : 'wanita', nomorUrut: urut },
  };
}

/** `196606011986021009` → `19660601 198602 1 009`; anything that is not 18 digits is returned as typed. */
export function formatNip(masukan: string): string {
  const nip = rapikanNip(masukan);
  if (!/^\d{18}$/.test(nip)) return masukan.trim();
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
