import { bundelPekerja, jalankanPekerja } from '../bundel';
import { barisWaktu, type BarisBench } from '../jenis';
import { median } from '../statistik';

interface Waktu {
  muat: number;
  buka: number;
  dasbor: number;
  total: number;
}

export const mulai: BarisBench = {
  id: 'mulai',
  judul: 'Mulai sampai data dasbor',
  async jalankan(k) {
    const skrip = await bundelPekerja(k, 'mulai');
    const dataDir = k.salinan('mulai');
    const sekali = () => jalankanPekerja<Waktu>(skrip, [dataDir, k.sampai, k.appRoot], k.appRoot);
    await sekali();
    const runs: Waktu[] = [];
    for (let i = 0; i < (k.cepat ? 3 : 7); i++) runs.push(await sekali());
    const med = (f: (w: Waktu) => number) => median(runs.map(f)).toFixed(0);
    const catatan = `median Node + muat kode ${med((w) => w.muat)}, buka ${med((w) => w.buka)}, dasbor ${med((w) => w.dasbor)} ms`;
    return [barisWaktu('mulai', 'Mulai: proses baru → kode → buka data + migrasi → data dasbor', runs.map((r) => r.total), 1000, catatan)];
  },
};
