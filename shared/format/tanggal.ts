import { format, isValid, parseISO } from 'date-fns';
import { id } from 'date-fns/locale';

const ISO_TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates travel as `YYYY-MM-DD` strings everywhere; this is the only parser. Read by hand rather than
 * through date-fns: it runs inside the numbering lock, where date-fns' general parser cost more than
 * the SQL around it.
 */
export function parseTanggal(iso: string): Date {
  if (iso.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(iso)) {
    const d = parseISO(iso);
    if (!isValid(d)) throw new RangeError(`Tanggal tidak sah: ${iso}`);
    return d;
  }
  const m = ISO_TANGGAL.exec(iso);
  if (!m) throw new RangeError(`Tanggal tidak sah: ${iso}`);
  const [tahun, bulan, hari] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // setFullYear, not the constructor: `new Date(2, …)` means 1902, so a year still being typed in a
  // date field ("0002") read as invalid, and the field's own echo of it threw.
  const d = new Date(2000, 0, 1);
  d.setFullYear(tahun, bulan, hari);
  // 2025-02-30 would roll over to March: a date is valid only if it reads back the same.
  if (d.getFullYear() !== tahun || d.getMonth() !== bulan || d.getDate() !== hari) throw new RangeError(`Tanggal tidak sah: ${iso}`);
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

const dua = (n: number) => String(n).padStart(2, '0');

export function toIsoDate(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}-${dua(d.getMonth() + 1)}-${dua(d.getDate())}`;
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
