import type { ErrorPayload } from '../errors';

/** What every transport carries back: exactly one of result or error. */
export type Envelope<T = unknown> = { result: T; error?: undefined } | { error: ErrorPayload; result?: undefined };

/** The object the Electron preload exposes as `window.sekretariat`. */
export interface PreloadBridge {
  call(method: string, input: unknown): Promise<Envelope>;
  /** Native save dialog; resolves to the chosen path or null when cancelled. */
  pilihLokasiSimpan(opts: { namaBawaan: string; ekstensi: string }): Promise<string | null>;
  /**
   * Desktop only, admin only: choose a backup folder, confirm, and restore it (the app closes its
   * database, restores, reopens, and reloads the window). Resolves to null when cancelled.
   */
  pulihkanCadangan(): Promise<Envelope<{ dipulihkanDari: string; cadanganPraPemulihan: string | null; pesan: string } | null>>;
}
