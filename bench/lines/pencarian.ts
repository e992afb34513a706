import { ftsQuery } from '../../db/surat/pencarian';
import type { BarisBench } from '../jenis';
import { kueriPencarian } from '../kueri-pencarian';
import { median, p95, sampelKasus, sampelPerKasus } from '../statistik';

export const pencarian: BarisBench = {
  id: 'pencarian',
  judul: 'Pencarian surat masuk',
  async jalankan(k) {
    const sqlite = k.core.sqlite;
    const kueri = kueriPencarian(sqlite);
    // The raw baseline: the FTS5 index alone, then the rows it names.
    const fts = sqlite.prepare('SELECT rowid FROM surat_masuk_fts WHERE surat_masuk_fts MATCH ? LIMIT 50').pluck();
    const baris = sqlite.prepare('SELECT * FROM surat_masuk WHERE id IN (SELECT value FROM json_each(?))');
    const mentah = await sampelKasus(kueri, k.putaran, (q) => baris.all(JSON.stringify(fts.all(ftsQuery(q)!))));
    let kosong = 0;
    const perKueri = await sampelPerKasus(kueri, k.putaran, async (q) => {
      if ((await k.core.call('suratMasuk.search', { q, limit: 50 }, 'bench')).length === 0) kosong++;
    });
    const layanan = perKueri.flat();
    const terlambat = perKueri.map((s, i) => [p95(s), kueri[i]!] as const).sort((a, b) => b[0] - a[0])[0]!;
    const rasio = p95(layanan) / p95(mentah);
    return [
      {
        id: 'pencarian',
        judul: `Pencarian: ${kueri.length} kueri × ${k.putaran}`,
        satuan: 'ms',
        median: median(layanan),
        p95: p95(layanan),
        sampel: layanan.length,
        baseline: { judul: 'FTS5 MATCH … LIMIT 50 + baris', median: median(mentah), p95: p95(mentah) },
        rasio,
        anggaran: 'p95 ≤ 30 ms dan ≤ 2× mentah',
        lulus: p95(layanan) <= 30 && rasio <= 2,
        catatan: `terlambat "${terlambat[1]}": p95 ${terlambat[0].toFixed(1)} ms; ${kosong / (k.putaran + 1)} kueri tanpa hasil`,
      },
    ];
  },
};
