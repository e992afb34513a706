import { tambahHari } from '../../db/demo/kalender';
import { barisWaktu, type BarisBench } from '../jenis';
import { sampelKasus } from '../statistik';

export const dasbor: BarisBench = {
  id: 'dasbor',
  judul: 'Dasbor',
  async jalankan(k) {
    // "Today" and a few days before it: the counters and the overdue list move with the date.
    const tanggal = [0, 1, 7, 30].map((n) => tambahHari(k.sampai, -n));
    const sampel = await sampelKasus(tanggal, k.putaran * 2, (t) => k.core.call('dashboard.get', { tanggal: t }, 'bench'));
    const d = await k.core.call('dashboard.get', { tanggal: k.sampai }, 'bench');
    const catatan = `${d.belumDidisposisi} belum didisposisi, ${d.disposisiLewatBatas.length} lewat batas ditampilkan`;
    return [barisWaktu('dasbor', 'Dasbor: penghitung + disposisi lewat batas', sampel, 50, catatan)];
  },
};
