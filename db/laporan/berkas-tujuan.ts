import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { conflict, invalid } from '../../shared/errors';
import type { Ctx } from '../core/context';
import { pastikanPathBoleh } from '../core/path-aman';
import { fsyncBerkas, fsyncFolder, galatDisk, gantiNama, hashBerkas } from '../cadangan/berkas-aman';

/** The file kinds written through here; naskah dinas writes docx the same way, a scan's copy jpg or png. */
export type FormatEkspor = 'pdf' | 'xlsx' | 'docx' | 'jpg' | 'png';

/**
 * The absolute target path, refused before any work if it cannot be written as asked. A file already
 * there is replaced only when the caller says `timpa` (the desktop's save dialog has asked; the
 * preview asks on the issue path `timpa`): a buku agenda signed last month is not lost to a click.
 */
export function periksaTujuan(ctx: Ctx, path: string, format: FormatEkspor, timpa = false): string {
  const abs = resolve(process.cwd(), path);
  pastikanPathBoleh(ctx, abs);
  const ext = extname(abs).toLowerCase();
  if (ext !== `.${format}`) {
    throw invalid(
      `Nama berkas "${basename(abs)}" harus berakhiran .${format} karena formatnya ${format.toUpperCase()}.`,
      [{ path: 'path', message: `Gunakan akhiran .${format}.` }],
    );
  }
  const folder = dirname(abs);
  const infoFolder = statSync(folder, { throwIfNoEntry: false });
  if (!infoFolder?.isDirectory()) {
    throw invalid(`Folder tujuan "${folder}" tidak ada. Buat folder itu dahulu atau pilih folder lain.`, [
      { path: 'path', message: 'Folder tujuan tidak ada.' },
    ]);
  }
  const ada = statSync(abs, { throwIfNoEntry: false });
  if (ada?.isDirectory()) {
    throw invalid(`"${abs}" adalah folder, bukan nama berkas.`, [{ path: 'path', message: 'Sebutkan nama berkas.' }]);
  }
  if (ada && !timpa) {
    throw conflict(`Berkas "${basename(abs)}" sudah ada di folder itu. Timpa berkas itu, atau ganti nama berkasnya.`, [
      { path: 'timpa', message: 'Berkas sudah ada.' },
    ]);
  }
  return abs;
}

/**
 * Writes through a temp file in the target's folder, flushed, then renamed over the target: a reader
 * never sees half a report, and a failed export leaves the previous file untouched. `tulis` may
 * stream into the temp file (a spreadsheet) or write it at once (a PDF).
 */
export async function tulisAtomik(target: string, tulis: (tmp: string) => Promise<void>, apa = 'Menyimpan laporan'): Promise<{ ukuran: number; sha256: string }> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await tulis(tmp);
    fsyncBerkas(tmp);
    const hasil = hashBerkas(tmp);
    gantiNama(tmp, target);
    fsyncFolder(dirname(target));
    return hasil;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw galatDisk(e, apa);
  }
}
