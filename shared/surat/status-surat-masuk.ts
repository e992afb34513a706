import { rejected } from '../errors';
import type { StatusPenerima, StatusSuratMasuk } from './enums';

/** A cancelled entry stays in the book as it was: no correction, no disposisi, no scan. */
export function wajibBelumDibatalkan(s: { status: string; nomorAgenda: number; tahunAgenda: number }): void {
  if (s.status === 'dibatalkan') throw rejected(`Catatan surat masuk ${s.nomorAgenda}/${s.tahunAgenda} sudah dibatalkan.`);
}

/**
 * The order a branch moves through; it never moves back. A followed-up branch may report again
 * ("sedang diproses", then "sudah dilaksanakan") and stays followed up until it is selesai.
 */
const URUTAN: Record<Exclude<StatusPenerima, 'ditarik'>, number> = {
  belum_dibaca: 0,
  diterima: 1,
  ditindaklanjuti: 2,
  selesai: 3,
};

export function bolehPindahStatus(dari: StatusPenerima, ke: StatusPenerima): boolean {
  if (ke === 'ditarik') return dari === 'belum_dibaca';
  if (dari === 'ditarik') return false;
  return URUTAN[ke] > URUTAN[dari] || (dari === 'ditindaklanjuti' && ke === 'ditindaklanjuti');
}

/** A report on a branch already followed up: only its note says what is new, so it must have one. */
export const laporanLanjutan = (dari: StatusPenerima, ke: StatusPenerima) => dari === 'ditindaklanjuti' && ke === 'ditindaklanjuti';

/** A letter follows its branches: it is done only when every live branch, at any depth, is done. */
export function statusSuratMasuk(cabang: StatusPenerima[]): StatusSuratMasuk {
  const hidup = cabang.filter((s) => s !== 'ditarik');
  if (hidup.length === 0) return 'belum_didisposisi';
  if (hidup.every((s) => s === 'selesai')) return 'selesai';
  if (hidup.some((s) => s === 'ditindaklanjuti' || s === 'selesai')) return 'ditindaklanjuti';
  return 'didisposisi';
}

/**
 * The timeline sentence a cancellation writes, and the reason read back out of it: the reason is
 * kept nowhere else, so the printed buku agenda reads it from there. Both live here so the wording
 * and its reader change together; should an older entry read otherwise, the whole entry is the reason.
 */
export const uraianBatal = (alasan: string, agenda: string) => `Catatan dibatalkan: ${alasan}. Nomor agenda ${agenda} tetap di buku dan tidak dipakai lagi.`;

const URAIAN_BATAL = /^Catatan dibatalkan: (.*)\. Nomor agenda \S+ tetap di buku dan tidak dipakai lagi\.$/s;

export function alasanBatal(uraian: string | null): string | null {
  if (!uraian) return null;
  return URAIAN_BATAL.exec(uraian)?.[1] ?? uraian;
}
