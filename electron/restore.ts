import type { Envelope } from '../shared/api/envelope';
import type { PenggunaSesi } from '../shared/api/akses';
import { rejected, toErrorPayload } from '../shared/errors';
import type { HasilPemulihan } from '../db/cadangan/restore';
import type { SesiJendela } from './ipc';
import { BUKAN_DARI_APLIKASI, senderIsApp, type InvokeEvent } from './sender';

export interface RestoreDeps {
  sesi: SesiJendela;
  /** Native folder picker; null when cancelled. */
  pilihFolder(sender: object): Promise<string | null>;
  /** "Replace today's data with this backup?" — the person must say yes. */
  konfirmasi(sender: object, folder: string): Promise<boolean>;
  /** Close the database, restore, reopen, reload the window (main knows how). */
  pulihkan(folder: string): Promise<HasilPemulihan>;
}

/**
 * Restore from the app: the core cannot replace its own open database, so main does it — only for
 * an admin of that window's session, only after an explicit confirmation. Never throws.
 */
export function createRestoreHandler(deps: RestoreDeps) {
  return async (event: InvokeEvent): Promise<Envelope> => {
    if (!senderIsApp(event)) return { error: rejected(BUKAN_DARI_APLIKASI).toJSON() };
    try {
      const status = (await deps.sesi.untuk(event.sender).panggil('auth.status', {})) as { pengguna: PenggunaSesi | null };
      if (!status.pengguna?.peran.includes('admin')) throw rejected('Pemulihan cadangan hanya dapat dilakukan oleh admin.');
      const folder = await deps.pilihFolder(event.sender);
      if (!folder || !(await deps.konfirmasi(event.sender, folder))) return { result: null };
      const hasil = await deps.pulihkan(folder);
      return { result: { dipulihkanDari: hasil.dipulihkanDari, cadanganPraPemulihan: hasil.cadanganPraPemulihan, pesan: hasil.pesan } };
    } catch (err) {
      const error = toErrorPayload(err);
      if (error.code === 'INTERNAL') console.error('[pulihkan] gagal', err);
      return { error };
    }
  };
}
