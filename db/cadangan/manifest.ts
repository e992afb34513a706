import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { JENIS_CADANGAN, type RingkasanCadangan } from '../../shared/api/cadangan';
import { tulisAtomik } from './berkas-aman';

/**
 * manifest.json is written last: a folder without one is an interrupted backup and is never used.
 * It lists every file with its SHA-256 and size, so a copy on a USB disk can be checked years later
 * without the app that made it.
 */

export const NAMA_MANIFEST = 'manifest.json';
export const NAMA_DB = 'sekretariat.sqlite';
export const FOLDER_LAMPIRAN = 'berkas';

const manifestSchema = z.object({
  format: z.literal(1),
  aplikasi: z.literal('sekretariat'),
  versiAplikasi: z.string(),
  jenis: z.enum(JENIS_CADANGAN),
  dibuat: z.string(),
  sumber: z.string(),
  migrasi: z.array(z.string()),
  jumlahBaris: z.record(z.string(), z.number().int().min(0)),
  audit: z.object({ jumlah: z.number().int().min(0), hashTerakhir: z.string() }),
  berkas: z.array(z.object({ path: z.string(), ukuran: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  peringatan: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** null when missing or unreadable: the folder is then not a (complete) backup. */
export function bacaManifest(folder: string): Manifest | null {
  const file = join(folder, NAMA_MANIFEST);
  if (!existsSync(file)) return null;
  try {
    const r = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export function tulisManifest(folder: string, m: Manifest): void {
  tulisAtomik(join(folder, NAMA_MANIFEST), `${JSON.stringify(m, null, 2)}\n`);
}

export function ringkasan(folder: string, nama: string, m: Manifest): RingkasanCadangan {
  return {
    folder,
    nama,
    jenis: m.jenis,
    dibuat: m.dibuat,
    versiAplikasi: m.versiAplikasi,
    migrasi: m.migrasi,
    ukuran: m.berkas.reduce((a, b) => a + b.ukuran, 0),
    jumlahLampiran: m.berkas.filter((b) => b.path.startsWith(`${FOLDER_LAMPIRAN}/`)).length,
    jumlahBaris: m.jumlahBaris,
  };
}

/** Ordinary tables only: FTS shadow tables and sqlite_stat* follow from them and change on optimize. */
export function jumlahBaris(sqlite: Database.Database): Record<string, number> {
  const tabel = sqlite
    .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tabel.map((t) => [t, (sqlite.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number)]));
}

export function migrasiTerpasang(sqlite: Database.Database): string[] {
  const ada = sqlite.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_migrasi'`).get();
  return ada ? (sqlite.prepare('SELECT tag FROM _migrasi ORDER BY idx').pluck().all() as string[]) : [];
}

export function versiAplikasi(appRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? 'tidak diketahui';
  } catch {
    return 'tidak diketahui';
  }
}
