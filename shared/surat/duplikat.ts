/**
 * When is a newly typed surat masuk probably one already in the book? The same nomor surat from
 * the same sender. Clerks write a sender differently from day to day ("BPS Kab. Contoh.",
 * "Badan Pusat Statistik Kabupaten Contoh"), so the sender is compared word by word after the usual
 * abbreviations are written out; the nomor surat is compared without spaces or case.
 */

/** The key a letter is looked up by: its nomor surat without whitespace or case (migration 0006 writes the same in SQL). */
export function kunciNomorSurat(nomorSurat: string): string {
  return nomorSurat.normalize('NFKC').toLocaleLowerCase('id-ID').replace(/\s/g, '');
}

/** Abbreviations of Indonesian government senders, written out; a word not listed is kept. */
const SINGKATAN: Record<string, string> = {
  kab: 'kabupaten',
  kec: 'kecamatan',
  kel: 'kelurahan',
  prov: 'provinsi',
  propinsi: 'provinsi',
  ds: 'desa',
  pemkab: 'pemerintah kabupaten',
  pemkot: 'pemerintah kota',
  pemprov: 'pemerintah provinsi',
  pemda: 'pemerintah daerah',
  dinsos: 'dinas sosial',
  kemensos: 'kementerian sosial',
  kemendagri: 'kementerian dalam negeri',
  bps: 'badan pusat statistik',
  bkd: 'badan kepegawaian daerah',
  bkpsdm: 'badan kepegawaian dan pengembangan sumber daya manusia',
  bappeda: 'badan perencanaan pembangunan daerah',
  rsud: 'rumah sakit umum daerah',
  setda: 'sekretariat daerah',
  sekda: 'sekretaris daerah',
  dprd: 'dewan perwakilan rakyat daerah',
};

/** The sender as words: lower case, punctuation dropped, abbreviations written out. */
export function kataPengirim(asal: string): string {
  return asal
    .normalize('NFKC')
    .toLocaleLowerCase('id-ID')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((k) => SINGKATAN[k] ?? k)
    .join(' ');
}

export const pengirimSama = (a: string, b: string) => kataPengirim(a) === kataPengirim(b);
