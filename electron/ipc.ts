import { ipcMain } from 'electron';
import type { Core } from '../db/app';
import { SesiKlien } from '../db/akses/sesi-klien';
import type { Envelope } from '../shared/api/envelope';
import { AppError, rejected, toErrorPayload } from '../shared/errors';
import { CHANNEL_API, CHANNEL_RESTORE, CHANNEL_SAVE_DIALOG } from './channels';
import { createRestoreHandler, type RestoreDeps } from './restore';
import { createSaveDialogHandler } from './save-dialog';
import { BUKAN_DARI_APLIKASI, senderIsApp, type InvokeEvent } from './sender';

/** One session per window (keyed by its webContents), shared by the API and the Save dialog. */
export class SesiJendela {
  private readonly sesi = new WeakMap<object, SesiKlien>();
  constructor(private readonly core: Pick<Core, 'callUnknown'>) {}

  untuk(sender: object): SesiKlien {
    let klien = this.sesi.get(sender);
    if (!klien) this.sesi.set(sender, (klien = new SesiKlien(this.core)));
    return klien;
  }
}

/**
 * Never throws: whatever happens, the renderer gets an Envelope back. Each window has its own
 * session, so the role table applies to everything the UI does.
 */
export function createApiHandler(core: Pick<Core, 'callUnknown'>, sesi = new SesiJendela(core)) {
  return async (event: InvokeEvent, method: unknown, input: unknown): Promise<Envelope> => {
    if (!senderIsApp(event)) return { error: rejected(BUKAN_DARI_APLIKASI).toJSON() };
    try {
      if (typeof method !== 'string') throw new AppError('VALIDASI', 'Nama metode harus berupa teks.');
      const result = await sesi.untuk(event.sender).panggil(method, input);
      return { result: result ?? null };
    } catch (err) {
      const error = toErrorPayload(err);
      if (error.code === 'INTERNAL') console.error(`[ipc] ${String(method)} gagal`, err);
      return { error };
    }
  };
}

export function registerIpc(core: Pick<Core, 'callUnknown'>, restore?: Omit<RestoreDeps, 'sesi'>): void {
  const sesi = new SesiJendela(core);
  ipcMain.handle(CHANNEL_API, createApiHandler(core, sesi));
  // A file chosen in our own dialog may be written by that window (db/core/path-aman.ts).
  ipcMain.handle(CHANNEL_SAVE_DIALOG, createSaveDialogHandler(undefined, (sender, path) => sesi.untuk(sender).izinkanPath(path)));
  if (restore) ipcMain.handle(CHANNEL_RESTORE, createRestoreHandler({ ...restore, sesi }));
}
