import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type Database from 'better-sqlite3';
import { appendAudit } from '../core/audit';

/**
 * Loads the reference data shipped in resources/ (shared/data/README.md, "recommended import policy"):
 * rows carry their source and version, rows an admin has edited are never overwritten, and the
 * organisation skeleton is loaded only into an empty database.
 */

const VERSI_KLASIFIKASI = 'sipandu@4df027c';

/** `400.9.10` → `400.009.010`, so string order is numeric order. */
export function urutKode(kode: string): string {
  return kode
    .split('.')
    .map((s) => s.padStart(3, '0'))
    .join('.');
}

function nasibAkhir(teks: string): { nasib: 'musnah' | 'permanen' | 'dinilai_kembali' | null; keterangan: string | null } {
  const t = teks.trim();
  if (!t) return { nasib: null, keterangan: null };
  if (/^musnah$/i.test(t)) return { nasib: 'musnah', keterangan: null };
  if (/^permanen$/i.test(t)) return { nasib: 'permanen', keterangan: null };
  // "Musnah, kecuali …": a conditional fate is judged again case by case (data README, caveat 5).
  return { nasib: 'dinilai_kembali', keterangan: t };
}

function bacaCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}

function bacaJson<T>(resourcesDir: string, name: string): T {
  return JSON.parse(readFileSync(join(resourcesDir, 'referensi', name), 'utf8')) as T;
}

export interface HasilMuat {
  klasifikasi: number;
  polaLama: number;
  jenisNaskah: number;
  register: number;
  instruksi: number;
  organisasi: boolean;
}

export function muatReferensi(sqlite: Database.Database, resourcesDir: string, waktu: string, aktor = 'sistem'): HasilMuat {
  const upsertKode = sqlite.prepare(`
    INSERT INTO kode_klasifikasi (skema, kode, nama, parent, level, urut_kode, retensi_aktif_tahun, retensi_aktif_keterangan,
      retensi_inaktif_tahun, retensi_inaktif_keterangan, nasib_akhir, nasib_akhir_keterangan, catatan, sumber, versi)
    VALUES (@skema, @kode, @nama, @parent, @level, @urutKode, @ra, @rak, @ri, @rik, @nasib, @nasibKet, @catatan, @sumber, @versi)
    ON CONFLICT (skema, kode) DO UPDATE SET nama = excluded.nama, parent = excluded.parent, level = excluded.level,
      urut_kode = excluded.urut_kode, retensi_aktif_tahun = excluded.retensi_aktif_tahun,
      retensi_aktif_keterangan = excluded.retensi_aktif_keterangan, retensi_inaktif_tahun = excluded.retensi_inaktif_tahun,
      retensi_inaktif_keterangan = excluded.retensi_inaktif_keterangan, nasib_akhir = excluded.nasib_akhir,
      nasib_akhir_keterangan = excluded.nasib_akhir_keterangan, catatan = excluded.catatan, sumber = excluded.sumber, versi = excluded.versi
    WHERE kode_klasifikasi.diubah_admin = 0`);
  const int = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : null);

  const run = sqlite.transaction(() => {
    const baru = bacaCsv(join(resourcesDir, 'referensi', 'kode-klasifikasi-arsip-pemda-permendagri-83-2022-jra.csv'));
    for (const r of baru) {
      const n = nasibAkhir(r.nasib_akhir ?? '');
      upsertKode.run({
        skema: 'permendagri_83_2022',
        kode: r.kode,
        nama: r.nama,
        parent: r.parent || null,
        level: Number(r.level),
        urutKode: urutKode(r.kode!),
        ra: int(r.retensi_aktif_tahun),
        rak: r.retensi_aktif || null,
        ri: int(r.retensi_inaktif_tahun),
        rik: r.retensi_inaktif || null,
        nasib: n.nasib,
        nasibKet: n.keterangan,
        catatan: r.catatan || null,
        sumber: 'Permendagri 83/2022; retensi JRA provinsi (Pergub 30), perlu disesuaikan dengan JRA Perkada setempat',
        versi: VERSI_KLASIFIKASI,
      });
    }
    const lama = bacaCsv(join(resourcesDir, 'referensi', 'kode-klasifikasi-arsip-pola-lama-pra-2022.csv'));
    for (const r of lama) {
      upsertKode.run({
        skema: 'pola_lama',
        kode: r.kode,
        nama: r.nama,
        parent: r.parent || null,
        level: Number(r.level),
        urutKode: urutKode(r.kode!),
        ra: null,
        rak: null,
        ri: null,
        rik: null,
        nasib: null,
        nasibKet: null,
        catatan: null,
        sumber: 'Pola klasifikasi lama (era Permendagri 78/2012), hanya untuk surat lama',
        versi: VERSI_KLASIFIKASI,
      });
    }

    const registers = bacaJson<{ data: { kode: string; nama: string; format: string; padding: number; sisipanFormat: string }[] }>(resourcesDir, 'register-bawaan.json').data;
    const insReg = sqlite.prepare(
      'INSERT INTO register (kode, nama, format, padding, sisipan_format) VALUES (@kode, @nama, @format, @padding, @sisipanFormat) ON CONFLICT (kode) DO NOTHING',
    );
    for (const r of registers) insReg.run(r);

    const jenis = bacaJson<{ data: Record<string, string>[] }>(resourcesDir, 'jenis-naskah.json').data;
    const insJenis = sqlite.prepare(
      'INSERT INTO jenis_naskah (slug, nama, kelompok, layout, register_kode) VALUES (@slug, @nama, @kelompok, @layout, @registerKode) ON CONFLICT (slug) DO NOTHING',
    );
    for (const j of jenis) insJenis.run(j);

    const instruksi = bacaJson<{ data: string[] }>(resourcesDir, 'instruksi-disposisi.json').data;
    const insIns = sqlite.prepare('INSERT INTO instruksi_disposisi (teks, urutan) VALUES (?, ?) ON CONFLICT (teks) DO NOTHING');
    instruksi.forEach((t, i) => insIns.run(t, i + 1));

    const organisasi = muatOrganisasiAwal(sqlite, resourcesDir, waktu, aktor);
    appendAudit(sqlite, {
      aktor,
      waktu,
      aksi: 'update',
      tabel: 'referensi',
      recordId: VERSI_KLASIFIKASI,
      sesudah: { klasifikasi: baru.length, polaLama: lama.length, register: registers.length, jenisNaskah: jenis.length, instruksi: instruksi.length },
    });
    return { klasifikasi: baru.length, polaLama: lama.length, jenisNaskah: jenis.length, register: registers.length, instruksi: instruksi.length, organisasi };
  });
  return run.immediate();
}

interface OrganisasiAwal {
  instansi: Record<string, string>;
  unit: { kode: string; nama: string; jenis: string; induk: string | null }[];
  jabatan: { nama: string; singkatan: string; unit: string; atasan: string | null; urutan: number }[];
}

function muatOrganisasiAwal(sqlite: Database.Database, resourcesDir: string, waktu: string, aktor: string): boolean {
  const ada = sqlite.prepare('SELECT count(*) AS n FROM instansi').get() as { n: number };
  if (ada.n > 0) return false;
  const o = bacaJson<OrganisasiAwal>(resourcesDir, 'organisasi-awal.json');
  sqlite
    .prepare(
      `INSERT INTO instansi (id, pemerintah, nama_dinas, alamat, kota, kode_pos, telepon, email, laman, kode_unit)
       VALUES (1, @pemerintah, @namaDinas, @alamat, @kota, @kodePos, @telepon, @email, @laman, @kodeUnit)`,
    )
    .run(o.instansi);
  appendAudit(sqlite, { aktor, waktu, aksi: 'create', tabel: 'instansi', recordId: 1, sesudah: o.instansi });
  const unitId = new Map<string, number>();
  for (const u of o.unit) {
    const id = Number(
      sqlite
        .prepare('INSERT INTO unit (kode, nama, jenis, parent_id) VALUES (?, ?, ?, ?)')
        .run(u.kode, u.nama, u.jenis, u.induk ? unitId.get(u.induk) : null).lastInsertRowid,
    );
    unitId.set(u.kode, id);
    appendAudit(sqlite, { aktor, waktu, aksi: 'create', tabel: 'unit', recordId: id, sesudah: u });
  }
  const jabatanId = new Map<string, number>();
  for (const j of o.jabatan) {
    const id = Number(
      sqlite
        .prepare('INSERT INTO jabatan (nama, singkatan, unit_id, atasan_id, urutan) VALUES (?, ?, ?, ?, ?)')
        .run(j.nama, j.singkatan, unitId.get(j.unit) ?? null, j.atasan ? jabatanId.get(j.atasan) : null, j.urutan).lastInsertRowid,
    );
    jabatanId.set(j.nama, id);
    appendAudit(sqlite, { aktor, waktu, aksi: 'create', tabel: 'jabatan', recordId: id, sesudah: j });
  }
  return true;
}
