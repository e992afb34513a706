import { createHash, randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, rejected } from '../../shared/errors';

/**
 * File operations a backup can trust (engineering notes §7): a reader never sees half a file,
 * and what was written is on disk before anything points at it.
 */

/** Flushes a folder's entry list, so a rename inside it survives a power cut. Windows cannot open folders: skipped there. */
export function fsyncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function fsyncBerkas(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Antivirus and indexers briefly lock fresh files on Windows; a short retry is what Actual does too. */
export function gantiNama(dari: string, ke: string): void {
  for (let coba = 0; ; coba++) {
    try {
      renameSync(dari, ke);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (coba >= 20 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

function sementaraDi(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.sementara`);
}

/** Temp file in the same folder, fsync, rename over the target, fsync the folder. */
export function tulisAtomik(target: string, isi: string | Buffer): void {
  const tmp = sementaraDi(target);
  try {
    writeFileSync(tmp, isi, { flush: true });
    gantiNama(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  fsyncFolder(dirname(target));
}

export function salinAtomik(sumber: string, target: string): void {
  const tmp = sementaraDi(target);
  try {
    copyFileSync(sumber, tmp);
    fsyncBerkas(tmp);
    gantiNama(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  fsyncFolder(dirname(target));
}

/** Streams the file, so a database of any size is hashed without loading it whole. */
export function hashBerkas(path: string): { sha256: string; ukuran: number } {
  const h = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  let ukuran = 0;
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      h.update(buf.subarray(0, n));
      ukuran += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: h.digest('hex'), ukuran };
}

const PENJELASAN: Record<string, string> = {
  ENOENT: 'folder atau berkas tidak ditemukan',
  EACCES: 'tidak ada izin menulis',
  EPERM: 'tidak diizinkan oleh sistem',
  ENOSPC: 'ruang disk penuh',
  EROFS: 'disk hanya dapat dibaca',
  ENOTDIR: 'bagian dari path bukan folder',
  EEXIST: 'sudah ada berkas dengan nama itu',
  EISDIR: 'path itu adalah folder',
  EBUSY: 'berkas sedang dipakai program lain',
  ENAMETOOLONG: 'path terlalu panjang',
  EIO: 'kesalahan baca/tulis disk',
  SQLITE_CANTOPEN: 'berkas basis data tidak dapat dibuat atau dibuka di sana',
  SQLITE_FULL: 'ruang disk penuh',
  SQLITE_IOERR: 'kesalahan baca/tulis disk',
  SQLITE_READONLY: 'disk hanya dapat dibaca',
  SQLITE_PERM: 'tidak diizinkan oleh sistem',
};

/** Disk errors, from fs or from SQLite writing a copy, become a message the secretariat can act on (unplugged USB disk, full disk, no rights). */
export function galatDisk(err: unknown, apa: string): Error {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return err instanceof Error ? err : new Error(String(err));
  // SQLite's extended codes (SQLITE_IOERR_WRITE, ...) share the meaning of their base code.
  const dasar = code.match(/^SQLITE_(CANTOPEN|FULL|IOERR|READONLY|PERM)/)?.[0];
  if (dasar) return rejected(`${apa} gagal: ${PENJELASAN[dasar]}.`);
  if (/^E[A-Z]+$/.test(code)) return rejected(`${apa} gagal: ${PENJELASAN[code] ?? `kesalahan disk ${code}`}.`);
  return err instanceof Error ? err : new Error(String(err));
}
