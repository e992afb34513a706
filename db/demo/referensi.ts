import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { TOPIK } from './kosakata-perihal';

/** The reference data of this database that generated letters must agree with. */
export interface Referensi {
  kodeUnit: string;
  /** Leaf klasifikasi codes (the only ones a letter may carry), per topic prefix list. */
  kodeDaun: (prefiks: string[]) => string[];
  register: Map<string, { kode: string; format: string; padding: number; sisipanFormat: string; unit: string | null }>;
  /** Active jenis naskah slug → its register (only registers that are active). */
  jenis: Map<string, string>;
  jabatan: Map<number, { id: number; nama: string; kode: string | null; atasanId: number | null }>;
  pimpinan: number;
  /** Unit kode → the jabatan heading it. */
  kepalaUnit: Map<string, number>;
  jabatanDitambahkan: string[];
}

interface JabatanRow {
  id: number;
  nama: string;
  kode: string | null;
  atasan_id: number | null;
  unit_id: number | null;
  unit_kode: string | null;
  unit_nama: string | null;
  unit_jenis: string | null;
}

const semuaJabatan = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT j.id, j.nama, j.kode, j.atasan_id, j.unit_id, u.kode AS unit_kode, u.nama AS unit_nama, u.jenis AS unit_jenis
       FROM jabatan j LEFT JOIN unit u ON u.id = j.unit_id WHERE j.aktif = 1 ORDER BY j.urutan, j.id`,
    )
    .all() as JabatanRow[];

/**
 * A bidang head with nobody below has no one to pass a disposisi on to; real offices have functional
 * staff there (pekerja sosial, penyuluh sosial), so the generator adds one per such bidang.
 */
function tambahFungsional(sqlite: Database.Database, rows: JabatanRow[]): string[] {
  const punyaBawahan = new Set(rows.map((r) => r.atasan_id));
  const ada = new Set(rows.map((r) => r.nama));
  const ins = sqlite.prepare('INSERT INTO jabatan (nama, singkatan, unit_id, atasan_id, urutan) VALUES (?, ?, ?, ?, ?)');
  const baru: string[] = [];
  for (const r of rows) {
    if (r.unit_jenis !== 'bidang' || punyaBawahan.has(r.id) || !r.unit_nama) continue;
    const nama = `Pekerja Sosial Ahli Muda ${r.unit_nama}`;
    if (ada.has(nama)) continue;
    ins.run(nama, `Peksos ${r.unit_kode ?? ''}`.trim(), r.unit_id, r.id, 100 + baru.length);
    baru.push(nama);
  }
  return baru;
}

export function muatReferensiDemo(sqlite: Database.Database): Referensi {
  const daun = (
    sqlite
      .prepare(
        `SELECT kode FROM kode_klasifikasi WHERE skema = 'permendagri_83_2022'
         AND (retensi_aktif_tahun IS NOT NULL OR nasib_akhir IS NOT NULL) ORDER BY urut_kode`,
      )
      .all() as { kode: string }[]
  ).map((r) => r.kode);
  if (daun.length === 0) throw new AppError('DITOLAK', 'Data referensi kode klasifikasi belum dimuat; jalankan "init" dahulu.');
  const cache = new Map<string, string[]>();
  const kodeDaun = (prefiks: string[]) => {
    const kunci = prefiks.join(',');
    let hasil = cache.get(kunci);
    if (!hasil) {
      hasil = daun.filter((k) => prefiks.some((p) => k === p || k.startsWith(`${p}.`)));
      if (hasil.length === 0) hasil = daun.filter((k) => k.startsWith('400.9.')).concat(daun).slice(0, 50);
      cache.set(kunci, hasil);
    }
    return hasil;
  };

  const register = new Map(
    (
      sqlite.prepare('SELECT kode, format, padding, sisipan_format AS sisipanFormat, unit FROM register WHERE aktif = 1').all() as {
        kode: string;
        format: string;
        padding: number;
        sisipanFormat: string;
        unit: string | null;
      }[]
    ).map((r) => [r.kode, r]),
  );
  const jenis = new Map<string, string>();
  for (const j of sqlite.prepare('SELECT slug, register_kode AS r FROM jenis_naskah WHERE aktif = 1').all() as { slug: string; r: string }[]) {
    if (register.has(j.r)) jenis.set(j.slug, j.r);
  }
  if (jenis.size === 0) throw new AppError('DITOLAK', 'Tidak ada jenis naskah aktif dengan register aktif; data contoh surat keluar tidak dapat dibuat.');

  let rows = semuaJabatan(sqlite);
  const jabatanDitambahkan = tambahFungsional(sqlite, rows);
  if (jabatanDitambahkan.length) rows = semuaJabatan(sqlite);
  const akar = rows.find((r) => r.atasan_id === null);
  if (!akar || rows.length < 2) throw new AppError('DITOLAK', 'Susunan jabatan belum lengkap (perlu pimpinan dan bawahannya); periksa data organisasi.');

  const kepalaUnit = new Map<string, number>();
  for (const r of rows) if (r.unit_kode && !kepalaUnit.has(r.unit_kode)) kepalaUnit.set(r.unit_kode, r.id);
  for (const t of TOPIK) if (!kepalaUnit.has(t.unit)) kepalaUnit.set(t.unit, rows.find((r) => r.atasan_id === akar.id)!.id);

  return {
    kodeUnit: (sqlite.prepare('SELECT kode_unit AS k FROM instansi WHERE id = 1').get() as { k: string } | undefined)?.k ?? '',
    kodeDaun,
    register,
    jenis,
    jabatan: new Map(rows.map((r) => [r.id, { id: r.id, nama: r.nama, kode: r.kode, atasanId: r.atasan_id }])),
    pimpinan: akar.id,
    kepalaUnit,
    jabatanDitambahkan,
  };
}

/** From the head of the office down to `id`: [pimpinan, ..., id]. */
export function jalurJabatan(ref: Referensi, id: number): number[] {
  const jalur: number[] = [];
  for (let j: number | null = id; j !== null && jalur.length < 10; j = ref.jabatan.get(j)?.atasanId ?? null) jalur.unshift(j);
  return jalur;
}

export function bawahan(ref: Referensi, id: number): number[] {
  return [...ref.jabatan.values()].filter((j) => j.atasanId === id).map((j) => j.id);
}
