import { randomBytes } from 'node:crypto';

/**
 * Sessions live in the memory of the one process that owns the database: closing the app signs
 * everyone out, and a token is worthless anywhere else. A session ends after `batasDiamMenit`
 * minutes without a call (the window locks itself sooner; this is the backstop).
 */
export class SesiStore {
  private readonly sesi = new Map<string, { penggunaId: number; terakhir: number }>();

  constructor(
    readonly batasDiamMenit: number,
    private readonly now: () => Date,
  ) {}

  buat(penggunaId: number): string {
    const token = randomBytes(32).toString('hex');
    this.sesi.set(token, { penggunaId, terakhir: this.now().getTime() });
    return token;
  }

  /** The user of a live session, refreshing its idle clock; null when unknown or expired. */
  pakai(token: string): number | null {
    const s = this.sesi.get(token);
    if (!s) return null;
    const t = this.now().getTime();
    if (t - s.terakhir > this.batasDiamMenit * 60_000) {
      this.sesi.delete(token);
      return null;
    }
    s.terakhir = t;
    return s.penggunaId;
  }

  hapus(token: string): void {
    this.sesi.delete(token);
  }

  /** After a password change or reset, every other session of that user ends. */
  hapusMilik(penggunaId: number, kecuali?: string): void {
    for (const [token, s] of this.sesi) if (s.penggunaId === penggunaId && token !== kecuali) this.sesi.delete(token);
  }
}
