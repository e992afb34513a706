import type { KopInstansi } from '../../shared/laporan/kop';
import type { Penandatangan, TandaTangan } from '../../shared/laporan/tanda-tangan';
import { hariIni, type Ctx } from '../core/context';
import { pejabatPadaTanggal } from '../organisasi/service';

/** The unit kearsipan that keeps the registers (domain guide §11): the Subbagian Umum dan Kepegawaian. */
const JABATAN_PENANGGUNG_JAWAB = 'Kepala Subbagian Umum dan Kepegawaian';

/**
 * The active jabatan whose name starts with `awalan` (the seed's, or one an admin renamed to start
 * the same way) and who holds it on `tanggal`; without it, `cadangan` is still printed over blank lines.
 */
function penandatangan(ctx: Ctx, awalan: string, cadangan: string, tanggal: string): Penandatangan {
  const j = ctx.sqlite
    .prepare(`SELECT id, nama FROM jabatan WHERE aktif = 1 AND nama LIKE ? ORDER BY urutan, id LIMIT 1`)
    .get(`${awalan}%`) as { id: number; nama: string } | undefined;
  const pejabat = j ? pejabatPadaTanggal(ctx, j.id, tanggal) : null;
  return { jabatan: j?.nama ?? cadangan, pejabat: pejabat ? { status: pejabat.status, pegawai: pejabat.pegawai } : null };
}

/**
 * The signature under a printed book, dated today: the Kepala Subbagian Umum dan Kepegawaian and,
 * when `mengetahui`, the Kepala Dinas acknowledging the book, as offices print them for the head.
 */
export function tandaTanganBuku(ctx: Ctx, kop: KopInstansi, mengetahui: boolean): TandaTangan {
  const tanggal = hariIni(ctx);
  return {
    kota: kop.kota,
    tanggal,
    ...penandatangan(ctx, 'Kepala Subbagian Umum', JABATAN_PENANGGUNG_JAWAB, tanggal),
    mengetahui: mengetahui ? penandatangan(ctx, 'Kepala Dinas', `Kepala ${kop.namaDinas}`, tanggal) : null,
  };
}
