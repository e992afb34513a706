import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from '../db/core/open';

/**
 * The benchmark data, built once per scale and per version of the schema and the generator, so a
 * second run starts measuring at once. The period ends on a fixed day so the cache (and every
 * number measured on it) does not change with the calendar.
 */
export const SAMPAI_BENCH = '2026-06-30';
export const BENIH_BENCH = 'bench';

export interface DataBench {
  folder: string;
  file: string;
  ringkasan: Record<string, unknown>;
}

function isiFolder(dir: string, akhiran: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(akhiran))
    .sort()
    .map((f) => join(dir, f));
}

/** Changes whenever a migration or the generator changes: either makes the cached file a different database. */
export function hashSkema(appRoot: string): string {
  const h = createHash('sha256');
  const berkas = [
    ...isiFolder(join(appRoot, 'db', 'migrations'), '.sql'),
    join(appRoot, 'db', 'migrations', 'meta', '_journal.json'),
    ...isiFolder(join(appRoot, 'db', 'demo'), '.ts'),
  ];
  for (const f of berkas) h.update(f.slice(appRoot.length)).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

export function folderData(appRoot: string, skala: number): string {
  return join(appRoot, '.cache', 'bench', `scale-${skala}-${hashSkema(appRoot)}`);
}

export async function siapkanData(appRoot: string, skala: number, catat: (p: string) => void): Promise<DataBench> {
  const folder = folderData(appRoot, skala);
  const file = join(folder, 'data', DB_FILE);
  const tanda = join(folder, 'selesai.json');
  if (!existsSync(tanda)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    catat(`Membangun data skala ${skala} di ${folder} (sekali saja; berikutnya dari cache)…`);
    // In its own process, so the generator's memory never counts toward the core's peak RSS.
    await new Promise<void>((resolve, reject) => {
      const p = fork(join(appRoot, 'bench', 'pekerja', 'bangun-data.ts'), [folder, String(skala), SAMPAI_BENCH, BENIH_BENCH], {
        execArgv: ['--import', 'tsx'],
        cwd: appRoot,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Pembangunan data gagal (kode ${code}).`))));
    });
  }
  for (const sisa of ['-wal', '-shm']) {
    if (existsSync(file + sisa) && statSync(file + sisa).size > 0) throw new Error(`${file}${sisa} masih ada: data cache tidak ditutup bersih; hapus ${folder}.`);
  }
  return { folder, file, ringkasan: JSON.parse(readFileSync(tanda, 'utf8')) as Record<string, unknown> };
}

/**
 * A private working copy for one line. The cached file is closed and checkpointed (no WAL), so a
 * byte copy is consistent; unlike VACUUM INTO it keeps the page layout, so every line and its raw
 * baseline run on the same file as built.
 */
export function salinData(data: DataBench, tujuan: string): string {
  rmSync(tujuan, { recursive: true, force: true });
  mkdirSync(tujuan, { recursive: true });
  const file = join(tujuan, DB_FILE);
  copyFileSync(data.file, file);
  // On disk before any timing: otherwise the copy's writeback competes with the fsync of every commit measured next.
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tujuan;
}
