import type Database from 'better-sqlite3';
import { Acak } from '../db/demo/acak';
import { ftsQuery } from '../db/surat/pencarian';

/** What people type into the search box of an agenda book: topics, senders, places, names, number fragments, half-typed words. */
const TETAP = [
  'bantuan sosial', 'undangan rapat', 'kenaikan pangkat', 'program keluarga harapan', 'dtks', 'rehabilitasi sosial',
  'rumah tidak layak huni', 'bencana banjir', 'tanah longsor', 'bpjs kesehatan', 'bappeda', 'inspektorat',
  'kecamatan ngunut', 'desa sumberejo', 'panti asuhan', 'lanjut usia', 'disabilitas kursi roda', 'gangguan jiwa',
  'karang taruna', 'gaji berkala', 'cuti tahunan', 'sp2d', 'rekonsiliasi', 'laporan realisasi anggaran', 'kementerian sosial',
  'dinas sosial provinsi jawa timur', 'verifikasi validasi', 'pekerja migran', 'rehab', 'penyalur',
];

/** 50 queries: the fixed ones plus fragments of real rows (a sender, a name, a number, a phrase), chosen by seed. */
export function kueriPencarian(sqlite: Database.Database, jumlah = 50): string[] {
  const a = new Acak('kueri');
  const maks = (sqlite.prepare('SELECT max(id) AS m FROM surat_masuk').get() as { m: number }).m;
  const ambil = sqlite.prepare('SELECT asal, nomor_surat AS nomor, perihal FROM surat_masuk WHERE id >= ? ORDER BY id LIMIT 1');
  const hasil = [...TETAP];
  for (let i = 0; hasil.length < jumlah && i < jumlah * 20; i++) {
    const r = ambil.get(a.int(1, maks)) as { asal: string; nomor: string; perihal: string };
    const kata = r.perihal.split(/\s+/).filter((w) => w.length > 3);
    const bagianNomor = r.nomor.split('/').filter((s) => /\d/.test(s) && s.length >= 3);
    const pilihan = [
      r.asal.split(/\s+/).slice(0, 3).join(' '),
      kata.length > 2 ? kata.slice(1, 3).join(' ') : r.perihal,
      bagianNomor.length ? a.pilih(bagianNomor) : r.nomor,
      (a.pilih(kata) ?? r.perihal).slice(0, 5),
    ];
    const kueri = pilihan[i % pilihan.length]!.toLowerCase();
    // A letter from a private person has "-" as its number: nothing to search for.
    if (ftsQuery(kueri) && !hasil.includes(kueri)) hasil.push(kueri);
  }
  return hasil;
}
