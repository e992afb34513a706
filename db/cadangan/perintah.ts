import { resolve } from 'node:path';
import { invalid } from '../../shared/errors';

/** CLI pieces for bin/cli.ts: options, help lines and argument checks of the backup commands. */

export const OPSI_CADANGAN = { ke: { type: 'string' } } as const;

export const BANTUAN_CADANGAN = `  backup create [--ke FOLDER]   buat cadangan manual: basis data, lampiran, manifest SHA-256
  backup list                   daftar cadangan, terbaru dahulu
  backup verify FOLDER          periksa satu cadangan (hash, integritas, jejak audit)
  restore FOLDER                pulihkan data dari cadangan (tutup aplikasi Sekretariat dahulu)`;

export function folderArgumen(arg: string | undefined, contoh: string): string {
  if (!arg) throw invalid(`Sebutkan folder cadangan, misalnya: ${contoh} /media/usb/cadangan/sekretariat-harian-2026-01-05T08-00-00`);
  return resolve(arg);
}
