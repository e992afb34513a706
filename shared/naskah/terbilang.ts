/** Numbers in Indonesian words, as written in lampiran counts, berita acara dates and amounts. */

const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

// Up to 999 trillion: beyond that no Dinas Sosial amount or count exists, and floats lose integers.
const SKALA: [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
  [1e3, 'ribu'],
];

function bawahSeribu(n: number): string {
  if (n < 12) return SATUAN[n]!;
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) return gabung(`${SATUAN[Math.floor(n / 10)]} puluh`, bawahSeribu(n % 10));
  const ratus = Math.floor(n / 100);
  return gabung(ratus === 1 ? 'seratus' : `${SATUAN[ratus]} ratus`, bawahSeribu(n % 100));
}

const gabung = (a: string, b: string) => (b ? `${a} ${b}` : a);

/** 2500000 → "dua juta lima ratus ribu"; 1000 → "seribu"; 0 → "nol". */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n) || Math.abs(n) >= 1e15) throw new RangeError(`Terbilang hanya untuk bilangan bulat di bawah 1.000 triliun: ${n}`);
  if (n === 0) return 'nol';
  if (n < 0) return `minus ${terbilang(-n)}`;
  let sisa = n;
  const bagian: string[] = [];
  for (const [nilai, nama] of SKALA) {
    const k = Math.floor(sisa / nilai);
    sisa %= nilai;
    if (k === 0) continue;
    // "seribu", never "satu ribu"; but "satu juta", "satu miliar".
    bagian.push(k === 1 && nilai === 1e3 ? 'seribu' : `${bawahSeribu(k)} ${nama}`);
  }
  if (sisa > 0) bagian.push(bawahSeribu(sisa));
  return bagian.join(' ');
}

/** "dua juta lima ratus ribu rupiah" */
export const terbilangRupiah = (n: number) => `${terbilang(n)} rupiah`;

/** 1 → "kesatu", 2 → "kedua", 11 → "kesebelas": the ordinal used for diktum and for "hari ke-". */
export function urutanKe(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Urutan harus bilangan bulat positif: ${n}`);
  return `ke${terbilang(n)}`;
}

/** KESATU, KEDUA, …: the labels of the diktum of a keputusan. */
export const diktumKe = (n: number) => urutanKe(n).toLocaleUpperCase('id-ID');

/** "2 (dua)": a count as written on a letter, number first. */
export const angkaDanTerbilang = (n: number) => `${n} (${terbilang(n)})`;

const ROMAWI: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 14 → "XIV": lampiran numbers (LAMPIRAN II) and anything else counted in Roman numerals. */
export function angkaRomawi(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > 3999) throw new RangeError(`Angka Romawi hanya untuk 1 sampai 3999: ${n}`);
  let sisa = n;
  let s = '';
  for (const [nilai, huruf] of ROMAWI) {
    for (; sisa >= nilai; sisa -= nilai) s += huruf;
  }
  return s;
}
