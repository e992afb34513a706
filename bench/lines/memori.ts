import { bundelPekerja, jalankanPekerja } from '../bundel';
import type { BarisBench } from '../jenis';

/** The peak resident memory of a process that hosts only the core, as the app's main process does. */
export const memori: BarisBench = {
  id: 'memori',
  judul: 'Memori puncak proses inti',
  async jalankan(k) {
    const skrip = await bundelPekerja(k, 'memori');
    const dataDir = k.salinan('memori');
    const folder = k.folderKerja('memori-ekspor');
    const { mb } = await jalankanPekerja<{ mb: number }>(skrip, [dataDir, k.sampai, k.appRoot, folder], k.appRoot);
    const runner = process.resourceUsage().maxRSS / 1024;
    return [
      {
        id: 'memori',
        judul: 'Memori puncak (RSS) proses inti',
        satuan: 'MB',
        median: mb,
        p95: mb,
        sampel: 1,
        anggaran: '≤ 400 MB',
        lulus: mb <= 400,
        catatan: `dasbor, halaman agenda, 50 pencarian, ekspor XLSX dan PDF 1 tahun; Chromium tidak termasuk (proses bench sendiri: ${runner.toFixed(0)} MB)`,
      },
    ];
  },
};
