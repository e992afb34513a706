/** Pangkat and golongan ruang of PNS. The table is regulation data (resources/referensi/pangkat-golongan.json). */

export interface BarisPangkat {
  golongan: string;
  pangkat: string;
}

export type TabelPangkat = readonly BarisPangkat[];

/** "iv/C", "IV / c", "4c" are all typed in practice; the canonical form is "IV/c". */
export function rapikanGolongan(g: string): string | null {
  const s = g.replace(/\s+/g, '');
  const m = /^(IV|III|II|I|4|3|2|1)\/?([a-e])$/i.exec(s);
  if (!m) return null;
  const romawi: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
  const ruang = m[1]!.toUpperCase();
  return `${romawi[ruang] ?? ruang}/${m[2]!.toLowerCase()}`;
}

export function pangkatUntukGolongan(tabel: TabelPangkat, golongan: string): string | null {
  const g = rapikanGolongan(golongan);
  return tabel.find((b) => b.golongan === g)?.pangkat ?? null;
}

export function golonganUntukPangkat(tabel: TabelPangkat, pangkat: string): string | null {
  const p = pangkat.trim().toLocaleLowerCase('id-ID').replace(/\s+/g, ' ');
  return tabel.find((b) => b.pangkat.toLocaleLowerCase('id-ID') === p)?.golongan ?? null;
}

/**
 * "Pembina Utama Muda (IV/c)". The pangkat recorded on the pegawai wins; without it the name comes
 * from the golongan. Null when neither is known (the line is then left out).
 */
export function pangkatGolongan(tabel: TabelPangkat, pangkat: string | null | undefined, golongan: string | null | undefined): string | null {
  const g = golongan ? (rapikanGolongan(golongan) ?? golongan.trim()) : (pangkat && golonganUntukPangkat(tabel, pangkat)) || null;
  const p = pangkat?.trim() || (g ? pangkatUntukGolongan(tabel, g) : null);
  if (!p) return g;
  return g ? `${p} (${g})` : p;
}
