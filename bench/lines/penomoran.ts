import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Core } from '../../db/app';
import { DB_FILE } from '../../db/core/open';
import type { BarisBench, HasilBaris } from '../jenis';
import { bagiRata, nomoriParalel, periksaBuku, periksaMentah, siapkanPenghitungMentah, siapkanSuratBertanda } from '../penomoran-paralel';
import { median } from '../statistik';

const PROSES = 4;

export const penomoran: BarisBench = {
  id: 'penomoran',
  judul: 'Penomoran 4 proses sekaligus',
  async jalankan(k) {
    const perProses = k.cepat ? 25 : 500;
    const jumlah = PROSES * perProses;
    const putaran = k.cepat ? 1 : 3;
    const tahun = Number(k.sampai.slice(0, 4));
    const masalah: string[] = [];

    const dirMentah = k.salinan('penomoran-mentah');
    const mentah: number[] = [];
    for (let r = 0; r < putaran; r++) {
      const tahunMentah = 2100 + r;
      const db = new Database(join(dirMentah, DB_FILE));
      siapkanPenghitungMentah(db, tahunMentah);
      db.close();
      const h = await nomoriParalel(k.appRoot, 'mentah', dirMentah, tahunMentah, bagiRata(Array.from({ length: jumlah }, (_, i) => i), PROSES));
      const cekDb = new Database(join(dirMentah, DB_FILE), { readonly: true });
      const cek = periksaMentah(cekDb, tahunMentah);
      cekDb.close();
      if (h.galat.length || cek.jumlah !== jumlah || cek.duplikat || cek.celah) masalah.push(`mentah: ${JSON.stringify({ ...cek, galat: h.galat.slice(0, 2) })}`);
      mentah.push(h.perDetik);
      k.catat(`  mentah putaran ${r + 1}: ${h.perDetik.toFixed(1)} nomor/dtk`);
    }

    const dirLayanan = k.salinan('penomoran-layanan');
    const hasilMode = { layanan: [] as number[], lantai: [] as number[] };
    const core = Core.open({ dataDir: dirLayanan, appRoot: k.appRoot });
    try {
      for (let r = 0; r < putaran; r++) {
        for (const mode of ['layanan', 'lantai'] as const) {
          const ids = await siapkanSuratBertanda(core, jumlah, k.sampai);
          const h = await nomoriParalel(k.appRoot, mode, dirLayanan, 0, bagiRata(ids, PROSES));
          const cek = periksaBuku(core.sqlite, 'surat', tahun, ids);
          const kembar = h.nomor.length - new Set(h.nomor).size;
          if (h.galat.length || h.nomor.length !== jumlah || kembar || cek.duplikat || cek.celah || !cek.penghitungCocok || cek.belumBernomor) {
            masalah.push(`${mode}: ${JSON.stringify({ ...cek, kembar, diberi: h.nomor.length, galat: h.galat.slice(0, 2) })}`);
          }
          hasilMode[mode].push(h.perDetik);
          k.catat(`  ${mode} putaran ${r + 1}: ${h.perDetik.toFixed(1)} nomor/dtk`);
        }
      }
    } finally {
      await core.close();
    }

    const layanan = hasilMode.layanan;
    const rasio = median(layanan) / median(mentah);
    const lantai = median(hasilMode.lantai);
    const rincian = `lantai (penulisan yang sama dalam SQL mentah, tanpa lapisan layanan) ${lantai.toFixed(0)} nomor/dtk = ${(lantai / median(mentah)).toFixed(2)}× mentah; layanan = ${(median(layanan) / lantai).toFixed(2)}× lantai`;
    const hasil: HasilBaris = {
      id: 'penomoran',
      judul: `Penomoran: ${PROSES} proses × ${perProses} nomor`,
      satuan: 'nomor/dtk',
      median: median(layanan),
      // Throughput: the slow end is the worst run, shown where times show their p95.
      p95: Math.min(...layanan),
      sampel: layanan.length,
      baseline: { judul: 'BEGIN IMMEDIATE; UPDATE register_tahun; INSERT nomor_surat; COMMIT', median: median(mentah), p95: Math.min(...mentah) },
      rasio,
      anggaran: '≥ 0,5× mentah, tanpa duplikat/celah',
      lulus: masalah.length === 0 && rasio >= 0.5,
      galat: masalah.length ? masalah.join('; ') : undefined,
      catatan: masalah.length ? undefined : `${putaran}× ${jumlah} nomor: tanpa duplikat, tanpa celah, penghitung = nomor tertinggi; ${rincian}`,
    };
    return [hasil];
  },
};
