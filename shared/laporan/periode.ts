import { formatTanggal } from '../format/tanggal';

export interface Rentang {
  dari: string;
  sampai: string;
}

/**
 * The period of a report. A missing end takes the year of the other end, and with neither given the
 * report covers the current year: a book is kept per calendar year.
 */
export function rentangLaporan(input: { dari?: string; sampai?: string }, hariIni: string): Rentang {
  const tahunDari = (input.dari ?? input.sampai ?? hariIni).slice(0, 4);
  const tahunSampai = (input.sampai ?? input.dari ?? hariIni).slice(0, 4);
  return { dari: input.dari ?? `${tahunDari}-01-01`, sampai: input.sampai ?? `${tahunSampai}-12-31` };
}

/** "Periode 1 Januari 2026 s.d. 31 Desember 2026" */
export function teksPeriode(r: Rentang): string {
  return r.dari === r.sampai ? `Tanggal ${formatTanggal(r.dari)}` : `Periode ${formatTanggal(r.dari)} s.d. ${formatTanggal(r.sampai)}`;
}
