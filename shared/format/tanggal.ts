import { format, isValid, parseISO } from 'date-fns';
import { id } from 'date-fns/locale';

/** Dates travel as `YYYY-MM-DD` strings everywhere; this is the only parser. */
export function parseTanggal(iso: string): Date {
  const d = parseISO(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || !isValid(d)) throw new RangeError(`Tanggal tidak sah: ${iso}`);
  return d;
}

/** "17 Agustus 2025" */
export function formatTanggal(iso: string | null | undefined): string {
  if (!iso) return '';
  return format(parseTanggal(iso), 'd MMMM yyyy', { locale: id });
}

/** "Senin, 17 Agustus 2025" */
export function formatHariTanggal(iso: string): string {
  return format(parseTanggal(iso), 'EEEE, d MMMM yyyy', { locale: id });
}

/** "17 Agustus 2025 14.05" for timestamps (ISO with time, stored in UTC, shown in local time). */
export function formatWaktu(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const d = new Date(isoDateTime);
  if (!isValid(d)) return '';
  return format(d, 'd MMMM yyyy HH.mm', { locale: id });
}

export function toIsoDate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function tahunDari(iso: string): number {
  return parseTanggal(iso).getFullYear();
}

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Month 1–12 to its Roman numeral as used in letter numbers (IV, IX, XII). */
export function bulanRomawi(bulan: number): string {
  const r = ROMAWI[bulan - 1];
  if (!r) throw new RangeError(`Bulan tidak sah: ${bulan}`);
  return r;
}
