import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { rejected } from '../../shared/errors';
import type { Ctx } from './context';

/**
 * A path that came from the UI (a session call) may only point inside the data folder, or at a file
 * the person chose in the app's own Save dialog: a script injected into the page must not be able to
 * write or read anywhere else. Local callers (the CLI, tools) are not limited — they already have the disk.
 */
export function pastikanPathBoleh(ctx: Ctx, absPath: string): void {
  if (ctx.token === undefined) return;
  if (ctx.pathDiizinkan?.has(absPath)) return;
  const nyata = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const dataDir = ctx.dataDir ? nyata(ctx.dataDir) : null;
  // The folder is resolved through links, so a symlink inside the data folder cannot lead outside it.
  const target = join(nyata(dirname(absPath)), basename(absPath));
  const rel = dataDir ? relative(dataDir, target) : '..';
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') {
    throw rejected('Dari aplikasi, berkas hanya dapat disimpan atau dibaca di folder data (subfolder "ekspor") atau di lokasi yang dipilih lewat dialog Simpan.');
  }
}
