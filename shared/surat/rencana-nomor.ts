import { formatTanggal } from '../format/tanggal';

/** One line of a register's book for one year: a main number (sisipan 0) or an inserted one. */
export interface NomorTerpakai {
  urut: number;
  sisipan: number;
  tanggal: string;
}

export type RencanaNomor = { jenis: 'baru'; urut: number } | { jenis: 'sisipan'; urut: number; sisipan: number };

export type HasilRencana = { ok: true; rencana: RencanaNomor } | { ok: false; alasan: string };

/**
 * Decides which number a letter gets (domain guide §3.2, §13.3).
 * - A normal number is the counter + 1, and may not carry a date earlier than the newest main number:
 *   the book must stay chronological, so such a letter needs a sisipan.
 * - A sisipan hangs on the last main number dated on or before the letter's date, takes the next
 *   free suffix, never moves the counter, needs a reason and cannot be dated in the future.
 * - A sisipan asked for a date on or after the newest number is simply the next number.
 * - No number for a letter dated after today: it would hold the book's newest date and push every
 *   letter dated before it into sisipan (in practice a tanggal surat "cannot be in the future", §3.2).
 */
export function rencanakanNomor(args: {
  terpakai: NomorTerpakai[];
  nomorTerakhir: number;
  tanggal: string;
  sisipan: boolean;
  alasan?: string | null;
  hariIni: string;
}): HasilRencana {
  const { terpakai, nomorTerakhir, tanggal, hariIni } = args;
  const utama = terpakai.filter((n) => n.sisipan === 0);
  const terbaru = utama.reduce<NomorTerpakai | undefined>((a, n) => (!a || n.urut > a.urut ? n : a), undefined);
  const baru: HasilRencana = { ok: true, rencana: { jenis: 'baru', urut: nomorTerakhir + 1 } };
  if (tanggal > hariIni) {
    return { ok: false, alasan: `Surat bertanggal ${formatTanggal(tanggal)} belum dapat diberi nomor: nomor diberikan pada atau sesudah tanggal surat.` };
  }

  if (!args.sisipan) {
    if (terbaru && tanggal < terbaru.tanggal) {
      return {
        ok: false,
        alasan: `Tanggal surat (${formatTanggal(tanggal)}) lebih awal dari nomor terakhir ${terbaru.urut} (${formatTanggal(terbaru.tanggal)}). Gunakan nomor sisipan dengan alasan.`,
      };
    }
    return baru;
  }
  if (!args.alasan?.trim()) return { ok: false, alasan: 'Nomor sisipan wajib disertai alasan.' };
  if (!terbaru || tanggal >= terbaru.tanggal) return baru;

  const induk = utama
    .filter((n) => n.tanggal <= tanggal)
    .reduce<NomorTerpakai | undefined>((a, n) => (!a || n.urut > a.urut ? n : a), undefined);
  if (!induk) {
    return { ok: false, alasan: `Tidak ada nomor pada atau sebelum ${formatTanggal(tanggal)} dalam register tahun ini untuk disisipi.` };
  }
  const ke = Math.max(0, ...terpakai.filter((n) => n.urut === induk.urut).map((n) => n.sisipan)) + 1;
  return { ok: true, rencana: { jenis: 'sisipan', urut: induk.urut, sisipan: ke } };
}
