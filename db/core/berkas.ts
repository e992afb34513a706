import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { invalid } from '../../shared/errors';
import type { Ctx } from './context';
import { pastikanPathBoleh } from './path-aman';

/** Scans and generated documents, stored once per content under <data>/berkas/ab/abcdef… */

export const BATAS_UKURAN_BERKAS = 25 * 1024 * 1024;

const JENIS: { mime: string; cocok: (b: Buffer) => boolean }[] = [
  { mime: 'application/pdf', cocok: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mime: 'image/png', cocok: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', cocok: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
];

/** The type comes from the bytes, never from the file name. */
export function mimePindaian(isi: Buffer): string {
  const jenis = JENIS.find((j) => j.cocok(isi));
  if (!jenis) throw invalid('Berkas lampiran harus PDF, JPG, atau PNG (isi berkas tidak dikenali).');
  return jenis.mime;
}

export function sha256(isi: Buffer): string {
  return createHash('sha256').update(isi).digest('hex');
}

/**
 * Reads a file named by a caller (the CLI, a script). Only a regular file under the size limit is
 * read: a device or a pipe (/dev/zero, a FIFO) would otherwise hang or fill memory.
 */
export function bacaBerkasMasukan(ctx: Ctx, path: string, batas: number, label = 'Berkas'): Buffer {
  const abs = resolve(process.cwd(), path);
  pastikanPathBoleh(ctx, abs);
  const info = statSync(abs, { throwIfNoEntry: false });
  if (!info?.isFile()) throw invalid(`${label} "${abs}" tidak ditemukan atau bukan berkas biasa.`, [{ path: 'path', message: 'Berkas tidak ditemukan.' }]);
  if (info.size > batas) throw invalid(`${label} lebih dari ${Math.round(batas / 1024 / 1024)} MB.`);
  return readFileSync(abs);
}

export class BerkasStore {
  constructor(readonly root: string) {}

  pathOf(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw invalid('Hash berkas tidak sah.');
    return join(this.root, hash.slice(0, 2), hash);
  }

  /** Writes the content (if new) atomically and returns its hash. */
  simpan(isi: Buffer): string {
    if (isi.length === 0) throw invalid('Berkas kosong.');
    if (isi.length > BATAS_UKURAN_BERKAS) throw invalid(`Berkas terlalu besar (lebih dari ${BATAS_UKURAN_BERKAS / 1024 / 1024} MB).`);
    const hash = sha256(isi);
    const target = this.pathOf(hash);
    if (!existsSync(target)) {
      mkdirSync(join(target, '..'), { recursive: true });
      const tmp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, isi, { flush: true });
      renameSync(tmp, target);
    }
    return hash;
  }

  baca(hash: string): Buffer {
    const isi = readFileSync(this.pathOf(hash));
    if (sha256(isi) !== hash) throw new Error(`Berkas ${hash} rusak: isinya tidak cocok dengan hash.`);
    return isi;
  }
}
