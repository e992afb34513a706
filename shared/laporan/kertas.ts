import type { Kertas } from '../api/laporan';

export type Orientasi = 'potret' | 'lanskap';

export interface Halaman {
  lebarMm: number;
  tinggiMm: number;
}

/** Sheet sizes as cut, in mm. F4 (folio) is what most Pemda print on; half F4 is the lembar disposisi. */
const UKURAN: Record<Kertas, Halaman> = {
  F4: { lebarMm: 215, tinggiMm: 330 },
  A4: { lebarMm: 210, tinggiMm: 297 },
  'setengah-F4': { lebarMm: 215, tinggiMm: 165 },
  A5: { lebarMm: 148, tinggiMm: 210 },
};

/** The page as cut, or turned to the given orientation. */
export function ukuranHalaman(kertas: Kertas, orientasi?: Orientasi): Halaman {
  const u = UKURAN[kertas];
  if (!orientasi) return u;
  const panjang = Math.max(u.lebarMm, u.tinggiMm);
  const pendek = Math.min(u.lebarMm, u.tinggiMm);
  return orientasi === 'lanskap' ? { lebarMm: panjang, tinggiMm: pendek } : { lebarMm: pendek, tinggiMm: panjang };
}
