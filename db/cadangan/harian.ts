import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { RingkasanCadangan } from '../../shared/api/cadangan';
import { toIsoDate } from '../../shared/format/tanggal';
import { databasePath } from '../core/open';
import { buatCadangan } from './backup';
import { daftarCadangan } from './daftar';
import { bacaPengaturan } from './pengaturan';
import { rotasiCadangan } from './rotasi';

export interface HasilHarian {
  dibuat: RingkasanCadangan | null;
  dihapus: string[];
}

/**
 * Called by the app at start and at quit: one daily backup per local calendar day, then rotation
 * with the numbers from pengaturan.json. Pass the open core's connection when there is one.
 */
export async function cadanganHarianBilaPerlu(
  dataDir: string,
  tujuan: string,
  now: Date,
  opsi: { sqlite?: Database.Database; versi?: string } = {},
): Promise<HasilHarian> {
  if (!opsi.sqlite && !existsSync(databasePath(dataDir))) return { dibuat: null, dihapus: [] };
  const hariIni = toIsoDate(now);
  const sudahAda = daftarCadangan(tujuan).cadangan.some((c) => c.jenis === 'harian' && toIsoDate(new Date(c.dibuat)) === hariIni);
  if (sudahAda) return { dibuat: null, dihapus: [] };
  const dibuat = await buatCadangan({ dataDir, sqlite: opsi.sqlite }, { tujuan, jenis: 'harian', now, versi: opsi.versi });
  const { dihapus } = rotasiCadangan(tujuan, bacaPengaturan(dataDir).rotasi);
  return { dibuat, dihapus };
}
