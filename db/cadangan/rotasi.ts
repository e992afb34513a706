import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { JenisCadangan, KebijakanRotasi } from '../../shared/api/cadangan';
import { galatDisk } from './berkas-aman';
import { daftarCadangan } from './daftar';
import { NAMA_MANIFEST } from './manifest';
import { verifikasiCadangan } from './verifikasi';

export interface CadanganRotasi {
  folder: string;
  jenis: JenisCadangan;
  dibuat: string;
}

/** Only the automatic daily backups rotate; manual, pre-migration and pre-restore ones are kept until a person deletes them. */
const DIROTASI: ReadonlySet<JenisCadangan> = new Set(['harian']);

/** Local calendar keys: the office's day, ISO week and month, not UTC's. */
const TINGKAT: [keyof KebijakanRotasi, (d: Date) => string][] = [
  ['harian', (d) => format(d, 'yyyy-MM-dd')],
  ['mingguan', (d) => format(d, "RRRR-'W'II")],
  ['bulanan', (d) => format(d, 'yyyy-MM')],
];

/** Grandfather-father-son: the newest backup of each of the last N days, ISO weeks and months. Pure, for testing. */
export function rencanaRotasi<T extends CadanganRotasi>(daftar: T[], kebijakan: KebijakanRotasi): { simpan: T[]; hapus: T[] } {
  const urut = [...daftar].sort((a, b) => b.dibuat.localeCompare(a.dibuat));
  const simpan = new Set<T>(urut.filter((c) => !DIROTASI.has(c.jenis)));
  const harian = urut.filter((c) => DIROTASI.has(c.jenis));
  for (const [tingkat, kunci] of TINGKAT) {
    const terlihat = new Set<string>();
    for (const c of harian) {
      const k = kunci(new Date(c.dibuat));
      if (terlihat.has(k)) continue;
      if (terlihat.size >= kebijakan[tingkat]) break;
      terlihat.add(k);
      simpan.add(c);
    }
  }
  return { simpan: urut.filter((c) => simpan.has(c)), hapus: urut.filter((c) => !simpan.has(c)) };
}

/**
 * Applies the plan, but never leaves the folder without a backup that verifies: when none of the kept
 * ones does, the newest valid one among the doomed is kept too; when none verifies at all, nothing is
 * deleted. The manifest goes first, so a deletion cut short leaves an "incomplete" folder, never a
 * broken backup that looks whole.
 */
export function rotasiCadangan(tujuan: string, kebijakan: KebijakanRotasi): { disimpan: string[]; dihapus: string[] } {
  const { simpan, hapus } = rencanaRotasi(daftarCadangan(tujuan).cadangan, kebijakan);
  if (hapus.length === 0) return { disimpan: simpan.map((c) => c.folder), dihapus: [] };
  if (!simpan.some((c) => verifikasiCadangan(c.folder).ok)) {
    const penyelamat = hapus.find((c) => verifikasiCadangan(c.folder).ok);
    if (!penyelamat) return { disimpan: [...simpan, ...hapus].map((c) => c.folder), dihapus: [] };
    hapus.splice(hapus.indexOf(penyelamat), 1);
    simpan.push(penyelamat);
  }
  const dihapus: string[] = [];
  for (const c of hapus) {
    try {
      rmSync(join(c.folder, NAMA_MANIFEST), { force: true });
      rmSync(c.folder, { recursive: true, force: true });
      dihapus.push(c.folder);
    } catch (err) {
      throw galatDisk(err, `Menghapus cadangan lama ${c.folder}`);
    }
  }
  return { disimpan: simpan.map((c) => c.folder), dihapus };
}
