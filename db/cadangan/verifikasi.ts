import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { HasilVerifikasiCadangan } from '../../shared/api/cadangan';
import { hashBerkas } from './berkas-aman';
import { bacaManifest, NAMA_DB, NAMA_MANIFEST, type Manifest } from './manifest';
import { masalahDb, periksaDb } from './periksa-db';

/** A manifest path must stay inside the backup folder: restore copies from these paths. */
export function pathDalamCadangan(folder: string, path: string): string | null {
  const n = normalize(path);
  if (isAbsolute(n) || n === '..' || n.startsWith(`..${sep}`) || path.includes('\0')) return null;
  return join(folder, n);
}

function periksaBerkas(folder: string, m: Manifest, masalah: string[]): void {
  for (const b of m.berkas) {
    const file = pathDalamCadangan(folder, b.path);
    if (!file) masalah.push(`Manifest menunjuk ke luar folder cadangan: ${b.path}.`);
    else if (!existsSync(file) || !statSync(file).isFile()) masalah.push(`Berkas ${b.path} hilang.`);
    else {
      const h = hashBerkas(file);
      if (h.ukuran !== b.ukuran || h.sha256 !== b.sha256) masalah.push(`Berkas ${b.path} berubah atau rusak (hash SHA-256 tidak cocok).`);
    }
  }
}

function berkasTakTercatat(folder: string, m: Manifest): string[] {
  const tercatat = new Set([NAMA_MANIFEST, ...m.berkas.map((b) => normalize(b.path))]);
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .filter((p) => !tercatat.has(p));
}

/**
 * Re-hashes every file against the manifest, then checks the database copy (read-only):
 * integrity_check, foreign_key_check and the audit hash chain. `masalah` makes a backup unusable
 * for restore; `peringatan` is worth knowing but does not.
 */
export function verifikasiCadangan(folder: string): HasilVerifikasiCadangan {
  const masalah: string[] = [];
  const peringatan: string[] = [];
  const selesai = (): HasilVerifikasiCadangan => ({
    ok: masalah.length === 0,
    folder,
    masalah,
    peringatan,
    pesan: masalah.length === 0 ? `Cadangan utuh: ${peringatan.length ? `${peringatan.length} peringatan` : 'semua pemeriksaan lolos'}.` : `Cadangan tidak dapat dipakai: ${masalah[0]}`,
  });
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    masalah.push(`Folder ${folder} tidak ditemukan.`);
    return selesai();
  }
  const m = bacaManifest(folder);
  if (!m) {
    masalah.push('manifest.json tidak ada atau tidak terbaca: cadangan ini tidak lengkap (mungkin terputus saat dibuat).');
    return selesai();
  }
  if (!m.berkas.some((b) => b.path === NAMA_DB)) masalah.push(`Manifest tidak memuat ${NAMA_DB}.`);
  periksaBerkas(folder, m, masalah);
  const lebih = berkasTakTercatat(folder, m);
  if (lebih.length) peringatan.push(`${lebih.length} berkas tidak tercatat di manifest (diabaikan): ${lebih.slice(0, 3).join(', ')}.`);
  peringatan.push(...m.peringatan);
  if (existsSync(join(folder, NAMA_DB))) {
    try {
      const db = periksaDb(join(folder, NAMA_DB));
      masalah.push(...masalahDb(db));
      const ada = new Set(m.berkas.map((b) => b.path.split('/').pop()));
      const tanpaBerkas = [...db.lampiranDirujuk].filter((h) => !ada.has(h));
      if (tanpaBerkas.length) peringatan.push(`${tanpaBerkas.length} lampiran yang tercatat di basis data tidak ada di cadangan.`);
    } catch (err) {
      masalah.push(`Basis data dalam cadangan tidak dapat dibuka (${(err as { code?: string }).code ?? 'bukan berkas basis data'}).`);
    }
  }
  return selesai();
}
