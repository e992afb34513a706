import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DaftarCadangan, RingkasanCadangan } from '../../shared/api/cadangan';
import { bacaManifest, ringkasan } from './manifest';

export const AWALAN_FOLDER = 'sekretariat-';

/** Backups in one or more target folders, newest first; folders without a manifest are listed apart. */
export function daftarCadangan(tujuan: string | string[]): DaftarCadangan {
  const folder = [...new Set((Array.isArray(tujuan) ? tujuan : [tujuan]).map((t) => resolve(t)))];
  const cadangan: RingkasanCadangan[] = [];
  const tidakLengkap: string[] = [];
  for (const induk of folder) {
    if (!existsSync(induk)) continue;
    let isi;
    try {
      isi = readdirSync(induk, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of isi) {
      if (!e.isDirectory() || !e.name.startsWith(AWALAN_FOLDER)) continue;
      const path = join(induk, e.name);
      const m = bacaManifest(path);
      if (m) cadangan.push(ringkasan(path, e.name, m));
      else tidakLengkap.push(path);
    }
  }
  cadangan.sort((a, b) => b.dibuat.localeCompare(a.dibuat) || b.nama.localeCompare(a.nama));
  return { folder, cadangan, tidakLengkap };
}
