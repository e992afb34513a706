import { format } from 'date-fns';
import { id } from 'date-fns/locale';
import { bulanRomawi, formatTanggal, parseTanggal } from '../format/tanggal';
import { terbilang } from './terbilang';

export { bulanRomawi };

/** "20 November 2026": the date line of every naskah. */
export const tanggalNaskah = (iso: string) => formatTanggal(iso);

/**
 * "hari Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam": the opening of a
 * berita acara, where the date is written in words so it cannot be altered.
 */
export function hariTanggalTerbilang(iso: string): string {
  const d = parseTanggal(iso);
  const hari = format(d, 'EEEE', { locale: id });
  const bulan = format(d, 'MMMM', { locale: id });
  return `hari ${hari} tanggal ${terbilang(d.getDate())} bulan ${bulan} tahun ${terbilang(d.getFullYear())}`;
}
