import { dialog, shell, type BrowserWindow } from 'electron';
import { toErrorPayload } from '../shared/errors';

export const TOMBOL_BUKA_FOLDER = 'Buka folder data';
export const TOMBOL_TUTUP = 'Tutup';

/** The person's message first; the raw error below it for whoever supports them. */
export function pesanGalatMulai(err: unknown, dataDir: string): { message: string; detail: string } {
  const payload = toErrorPayload(err);
  const teknis = err instanceof Error ? err.message : String(err);
  const pesan = payload.code === 'INTERNAL' ? teknis : payload.message;
  return {
    message: 'Sekretariat tidak dapat dibuka.',
    detail: [
      pesan,
      '',
      'Tidak ada data yang dihapus atau diubah. Salinan cadangan yang dibuat sebelum pembaruan basis data ada di subfolder "cadangan".',
      `Folder data: ${dataDir}`,
      ...(pesan === teknis ? [] : ['', `Rincian teknis: ${teknis}`]),
    ].join('\n'),
  };
}

/**
 * Shown when the database cannot be opened or migrated. It only reports and offers the data folder:
 * nothing is retried, reset or deleted, since these are official records.
 */
export async function showStartupError(err: unknown, dataDir: string): Promise<void> {
  console.error('[mulai] gagal membuka basis data', err);
  const { message, detail } = pesanGalatMulai(err, dataDir);
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Sekretariat — gagal memulai',
    message,
    detail,
    buttons: [TOMBOL_BUKA_FOLDER, TOMBOL_TUTUP],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response === 0) {
    const galat = await shell.openPath(dataDir);
    if (galat) console.error('[mulai] folder data tidak dapat dibuka:', galat);
  }
}

/** The daily backup failed (a USB disk not plugged in, a full share): say so, keep working. */
export function warnBackupFailed(window: BrowserWindow | null, err: unknown): void {
  console.error('[cadangan] cadangan harian gagal', err);
  const opsi = {
    type: 'warning' as const,
    title: 'Sekretariat — cadangan harian',
    message: 'Cadangan harian belum dapat dibuat.',
    detail: `${toErrorPayload(err).message}\n\nPeriksa folder cadangan (Pengaturan cadangan) atau pasang diska USB-nya. Pekerjaan tetap dapat dilanjutkan; aplikasi mencoba lagi saat ditutup.`,
  };
  void (window ? dialog.showMessageBox(window, opsi) : dialog.showMessageBox(opsi));
}
