import { ipcMain } from 'electron';
import type { Core, Pemanggil } from '../db/app';
import type { Envelope } from '../shared/api/envelope';
import { AppError, rejected, toErrorPayload } from '../shared/errors';
import { CHANNEL_API, CHANNEL_SAVE_DIALOG } from './channels';
import { createSaveDialogHandler } from './save-dialog';
import { BUKAN_DARI_APLIKASI, senderIsApp, type InvokeEvent } from './sender';

/** Until the window signs in, every call runs as this trusted local actor (audit trail: 'aplikasi'). */
export const AKTOR_APLIKASI: Pemanggil = 'aplikasi';

/** Never throws: whatever happens, the renderer gets an Envelope back. */
export function createApiHandler(core: Pick<Core, 'callUnknown'>, pemanggil: Pemanggil = AKTOR_APLIKASI) {
  return async (event: InvokeEvent, method: unknown, input: unknown): Promise<Envelope> => {
    if (!senderIsApp(event)) return { error: rejected(BUKAN_DARI_APLIKASI).toJSON() };
    try {
      if (typeof method !== 'string') throw new AppError('VALIDASI', 'Nama metode harus berupa teks.');
      const result = await core.callUnknown(method, input, pemanggil);
      return { result: result ?? null };
    } catch (err) {
      const error = toErrorPayload(err);
      if (error.code === 'INTERNAL') console.error(`[ipc] ${String(method)} gagal`, err);
      return { error };
    }
  };
}

export function registerIpc(core: Pick<Core, 'callUnknown'>): void {
  ipcMain.handle(CHANNEL_API, createApiHandler(core));
  ipcMain.handle(CHANNEL_SAVE_DIALOG, createSaveDialogHandler());
}
