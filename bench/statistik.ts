/** Order statistics of timing samples: nearest-rank, so p95 of 20 samples is the 19th smallest. */
export function persentil(sampel: number[], p: number): number {
  if (sampel.length === 0) return Number.NaN;
  const urut = [...sampel].sort((a, b) => a - b);
  return urut[Math.min(urut.length - 1, Math.max(0, Math.ceil((p / 100) * urut.length) - 1))]!;
}

export const median = (s: number[]) => persentil(s, 50);
export const p95 = (s: number[]) => persentil(s, 95);

/** Milliseconds taken by one call of fn. */
export async function waktu(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * `putaran` timed runs of every case (per case), after one untimed warm-up round (first-touch page
 * faults, statement preparation). Rounds go through all cases in turn, so a burst of machine load
 * spreads over the cases instead of landing on one.
 */
export async function sampelPerKasus<T>(kasus: T[], putaran: number, fn: (k: T) => unknown): Promise<number[][]> {
  for (const k of kasus) await fn(k);
  const hasil = kasus.map((): number[] => []);
  for (let i = 0; i < putaran; i++) for (const [j, k] of kasus.entries()) hasil[j]!.push(await waktu(() => fn(k)));
  return hasil;
}

export async function sampelKasus<T>(kasus: T[], putaran: number, fn: (k: T) => unknown): Promise<number[]> {
  return (await sampelPerKasus(kasus, putaran, fn)).flat();
}
