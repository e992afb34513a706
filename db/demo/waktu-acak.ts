import type { Acak } from './acak';
import { keMs } from './kalender';

const MENIT = 60_000;
const HARI = 86_400_000;

/**
 * Moments on one letter's timeline: each later than the one before, in office hours, never past
 * the end of the generated period (the data must not describe the future).
 */
export class Jam {
  readonly akhir: number;

  constructor(
    private readonly a: Acak,
    sampai: string,
  ) {
    this.akhir = keMs(sampai) + 9 * 60 * MENIT;
  }

  pada(tanggal: string): number {
    return Math.min(this.akhir, keMs(tanggal) + this.a.int(30, 480) * MENIT);
  }

  /** Some time 0..hariMaks days after t, always after t unless the period has ended. */
  geser(t: number, hariMaks: number): number {
    const hari = Math.floor(t / HARI) * HARI + this.a.int(0, hariMaks) * HARI;
    let w = hari + this.a.int(0, 540) * MENIT;
    if (w <= t) w = t + this.a.int(1, 90) * MENIT;
    return Math.min(w, this.akhir);
  }
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const tanggalDari = (ms: number) => iso(ms).slice(0, 10);
