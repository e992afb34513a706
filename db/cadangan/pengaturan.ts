import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KebijakanRotasi, PengaturanCadangan } from '../../shared/api/cadangan';
import { tulisAtomik } from './berkas-aman';

/**
 * `<data>/pengaturan.json`: machine settings that must be readable before (and without) the database,
 * e.g. where the daily backup goes. Keys of other modules are kept as they are on every write.
 */

export const NAMA_PENGATURAN = 'pengaturan.json';
export const ROTASI_BAWAAN: KebijakanRotasi = { harian: 7, mingguan: 4, bulanan: 12 };

const tersimpan = z.object({
  folderCadangan: z.string().min(1).optional().catch(undefined),
  rotasiCadangan: z
    .object({ harian: z.number().int().min(1), mingguan: z.number().int().min(0), bulanan: z.number().int().min(0) })
    .partial()
    .optional()
    .catch(undefined),
});

function bacaMentah(dataDir: string): { isi: Record<string, unknown>; rusak: boolean } {
  const file = join(dataDir, NAMA_PENGATURAN);
  if (!existsSync(file)) return { isi: {}, rusak: false };
  try {
    const isi: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isi && typeof isi === 'object' && !Array.isArray(isi)) return { isi: isi as Record<string, unknown>, rusak: false };
  } catch {
    // falls through: an unreadable file means defaults, never a failed start
  }
  return { isi: {}, rusak: true };
}

function tafsir(dataDir: string, isi: Record<string, unknown>): PengaturanCadangan {
  const s = tersimpan.parse(isi);
  return { folderCadangan: s.folderCadangan ?? join(dataDir, 'cadangan'), rotasi: { ...ROTASI_BAWAAN, ...s.rotasiCadangan } };
}

export function bacaPengaturan(dataDir: string): PengaturanCadangan {
  return tafsir(dataDir, bacaMentah(dataDir).isi);
}

export interface UbahPengaturan {
  /** null: back to `<data>/cadangan`. */
  folderCadangan?: string | null;
  rotasi?: Partial<KebijakanRotasi>;
}

/** `catat` runs before the file is written, so a failed audit entry leaves the file as it was. */
export function ubahPengaturan(dataDir: string, ubah: UbahPengaturan, catat?: (sebelum: PengaturanCadangan, sesudah: PengaturanCadangan) => void): PengaturanCadangan {
  const { isi, rusak } = bacaMentah(dataDir);
  const baru: Record<string, unknown> = { ...isi };
  if (ubah.folderCadangan === null) delete baru.folderCadangan;
  else if (ubah.folderCadangan !== undefined) baru.folderCadangan = ubah.folderCadangan;
  if (ubah.rotasi) baru.rotasiCadangan = { ...tafsir(dataDir, isi).rotasi, ...ubah.rotasi };
  const sesudah = tafsir(dataDir, baru);
  catat?.(tafsir(dataDir, isi), sesudah);
  mkdirSync(dataDir, { recursive: true });
  // An unreadable file is kept aside rather than silently overwritten.
  if (rusak) copyFileSync(join(dataDir, NAMA_PENGATURAN), join(dataDir, `${NAMA_PENGATURAN}.rusak-${Date.now()}`));
  tulisAtomik(join(dataDir, NAMA_PENGATURAN), `${JSON.stringify(baru, null, 2)}\n`);
  return sesudah;
}
