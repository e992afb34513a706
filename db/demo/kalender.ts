/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone shifts a date. */

const HARI_MS = 86_400_000;

export const keMs = (tanggal: string) => Date.parse(`${tanggal}T00:00:00Z`);
export const dariMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const tambahHari = (tanggal: string, n: number) => dariMs(keMs(tanggal) + n * HARI_MS);
export const selisihHari = (dari: string, sampai: string) => Math.round((keMs(sampai) - keMs(dari)) / HARI_MS);

/** National holidays that fall on fixed dates; offices receive no letters then. */
const LIBUR_TETAP = new Set(['01-01', '05-01', '06-01', '08-17', '12-25']);

export function hariKerja(tanggal: string): boolean {
  const hari = new Date(keMs(tanggal)).getUTCDay();
  return hari !== 0 && hari !== 6 && !LIBUR_TETAP.has(tanggal.slice(5));
}

/** Letters per working day by month: quiet in January and around Lebaran, busy at year end. */
export const BOBOT_BULAN = [0.8, 0.95, 1.05, 1, 0.95, 0.95, 1, 1.05, 1.05, 1.05, 1.05, 1.1];

/** A moment during office hours (07.00–16.00 WIB, which is 00.00–09.00 UTC), as an ISO timestamp. */
export function waktuKantor(tanggal: string, menitSejak7: number): string {
  const menit = Math.max(0, Math.min(menitSejak7, 9 * 60 - 1));
  return new Date(keMs(tanggal) + menit * 60_000).toISOString();
}
