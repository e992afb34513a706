import type { KopInstansi } from '../../shared/laporan/kop';
import type { TandaTangan } from '../../shared/laporan/tanda-tangan';
import { hariIni, type Ctx } from '../core/context';
import { pejabatPadaTanggal } from '../organisasi/service';

/** The unit kearsipan that keeps the registers (domain guide §11): the Subbagian Umum dan Kepegawaian. */
const JABATAN_PENANGGUNG_JAWAB = 'Kepala Subbagian Umum dan Kepegawaian';

/**
 * The signature under a printed book, dated today. The jabatan is found by name (the seed's, or one
 * an admin renamed to start the same way); without it the title is still printed over blank lines.
 */
export function tandaTanganBuku(ctx: Ctx, kop: KopInstansi): TandaTangan {
  const tanggal = hariIni(ctx);
  const j = ctx.sqlite
    .prepare(`SELECT id, nama FROM jabatan WHERE aktif = 1 AND nama LIKE 'Kepala Subbagian Umum%' ORDER BY urutan, id LIMIT 1`)
    .get() as { id: number; nama: string } | undefined;
  const pejabat = j ? pejabatPadaTanggal(ctx, j.id, tanggal) : null;
  return {
    kota: kop.kota,
    tanggal,
    jabatan: j?.nama ?? JABATAN_PENANGGUNG_JAWAB,
    pejabat: pejabat ? { status: pejabat.status, pegawai: pejabat.pegawai } : null,
  };
}
