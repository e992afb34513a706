import { ipcMain } from 'electron';
import type { Core } from '../db/app';
import { SesiKlien } from '../db/akses/sesi-klien';
import type { Envelope } from '../shared/api/envelope';
import { AppError, rejected, toErrorPayload } from '../shared/errors';
import { CHANNEL_API, CHANNEL_SAVE_DIALOG } from './channels';
import { createSaveDialogHandler } from './save-dialog';
import { BUKAN_DARI_APLIKASI, senderIsApp, type InvokeEvent } from './sender';

/**
 * Never throws: whatever happens, the renderer gets an Envelope back. Each window has its own
 * session (keyed by its webContents), so the role table applies to everything the UI does.
 */
export function createApiHandler(core: Pick<Core, 'callUnknown'>) {
  const sesi = new WeakMap<object, SesiKlien>();
  return async (event: InvokeEvent, method: unknown, input: unknown): Promise<Envelope> => {
    if (!senderIsApp(event)) return { error: rejected(BUKAN_DARI_APLIKASI).toJSON() };
    try {
      if (typeof method !== 'string') throw new AppError('VALIDASI', 'Nama metode harus berupa teks.');
      let klien = sesi.get(event.sender);
      if (!klien) sesi.set(event.sender, (klien = new SesiKlien(core)));
      const result = await klien.panggil(method, input);
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
