/**
 * A seeded PRNG (mulberry32), so the same seed always yields the same archive: Math.random would
 * make the demo data, the benchmark cache and the smoke test differ on every run.
 */
export class Acak {
  private s: number;

  constructor(seed: string | number) {
    this.s = typeof seed === 'number' ? seed >>> 0 : fnv1a(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  peluang(p: number): boolean {
    return this.next() < p;
  }

  pilih<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Daftar pilihan kosong.');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: [[value, weight], ...]. */
  timbang<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((a, [, w]) => a + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  }

  /** Rounds a fractional expected count up or down at random, so small scales still get rows. */
  bulatkan(x: number): number {
    const f = Math.floor(x);
    return f + (this.peluang(x - f) ? 1 : 0);
  }

  /** An independent stream for one part of the data, so adding rows to one part leaves the others unchanged. */
  cabang(nama: string): Acak {
    return new Acak((fnv1a(nama) ^ this.int(0, 0xffffffff)) >>> 0);
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
