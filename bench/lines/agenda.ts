import type { Input } from '../../shared/api';
import { barisWaktu, type BarisBench, type HasilBaris, type KonteksBench } from '../jenis';
import { p95, sampelPerKasus } from '../statistik';

type Saringan = Input<'suratMasuk.list'>;

/** A deep page: halfway through what the filter finds, rounded to a page of 50 (page 200 of an unfiltered year at scale 1). */
async function halamanTengah(k: KonteksBench, s: Saringan): Promise<Saringan> {
  const { total } = await k.core.call('suratMasuk.list', { ...s, limit: 1 }, 'bench');
  return { ...s, offset: Math.floor(total / 2 / 50) * 50, limit: 50 };
}

function hasil(id: string, judul: string, kasus: Saringan[], perKasus: number[][]): HasilBaris {
  const terlambat = perKasus.map((s, i) => [p95(s), i] as const).sort((a, b) => b[0] - a[0])[0]!;
  const catatan = `terlambat ${JSON.stringify(kasus[terlambat[1]])}: p95 ${terlambat[0].toFixed(1)} ms`;
  return barisWaktu(id, `${judul} (${kasus.length} saringan)`, perKasus.flat(), 50, catatan);
}

export const agenda: BarisBench = {
  id: 'agenda',
  judul: 'Buku agenda surat masuk',
  async jalankan(k) {
    const tahun = Number(k.sampai.slice(0, 4));
    const pertama: Saringan[] = [
      {},
      { tahun },
      { tahun, status: 'didisposisi' },
      { urgensi: 'sangat_segera' },
      { dari: `${tahun - 1}-10-01`, sampai: `${tahun - 1}-12-31` },
      { status: 'belum_didisposisi' },
      { q: 'bantuan sosial' },
    ];
    const dalam: Saringan[] = await Promise.all(
      [
        {},
        { tahun: tahun - 1 },
        { tahun: tahun - 3, status: 'selesai' as const },
        { urgensi: 'segera' as const },
        { dari: `${tahun - 2}-01-01`, sampai: `${tahun - 2}-06-30` },
        { tahun: tahun - 2, urgensi: 'biasa' as const, status: 'selesai' as const },
        { q: 'undangan' },
        { tahun: tahun - 4, q: 'laporan' },
      ].map((s) => halamanTengah(k, s)),
    );
    const panggil = (s: Saringan) => k.core.call('suratMasuk.list', s, 'bench');
    return [
      hasil('agenda-pertama', 'Agenda: halaman pertama', pertama, await sampelPerKasus(pertama, k.putaran, panggil)),
      hasil('agenda-dalam', 'Agenda: halaman tengah', dalam, await sampelPerKasus(dalam, k.putaran, panggil)),
    ];
  },
};
