import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Core } from '../../db/app';
import { DB_FILE } from '../../db/core/open';
import { lingkunganDiskLambat } from '../disk-lambat';
import { dilewati, type BarisBench, type HasilBaris, type KonteksBench } from '../jenis';
import { bagiRata, halamanPerCommit, nomoriParalel, penomorMentah, periksaBuku, periksaMentah, siapkanPenghitungMentah, siapkanSuratBertanda } from '../penomoran-paralel';
import { median } from '../statistik';

const PROSES = 4;
const ANGGARAN = '≥ 0,5× mentah, tanpa duplikat/celah';
/** A commit that must wait 1 ms for the disk: a DRAM-less SSD; a hard disk waits 4–10 ms. */
const FSYNC_LAMBAT_US = 1000;

interface Putaran {
  mentah: number[];
  layanan: number[];
  lantai: number[];
  masalah: string[];
}

/**
 * Rounds of the three modes on the line's two copies: the raw counter loop in a year of its own,
 * then the service and the floor (the same writes in plain SQL) on fresh signed letters. Every round
 * checks the books: no duplicate, no gap, the counter at the highest number.
 */
async function ukur(k: KonteksBench, dir: { mentah: string; layanan: string }, o: { perProses: number; putaran: number; tahunMentah: number; env?: NodeJS.ProcessEnv; label: string }): Promise<Putaran> {
  const jumlah = PROSES * o.perProses;
  const tahun = Number(k.sampai.slice(0, 4));
  const hasil: Putaran = { mentah: [], layanan: [], lantai: [], masalah: [] };

  for (let r = 0; r < o.putaran; r++) {
    const tahunMentah = o.tahunMentah + r;
    const db = new Database(join(dir.mentah, DB_FILE));
    siapkanPenghitungMentah(db, tahunMentah);
    db.close();
    const h = await nomoriParalel(k.appRoot, 'mentah', dir.mentah, tahunMentah, bagiRata(Array.from({ length: jumlah }, (_, i) => i), PROSES), o.env);
    const cekDb = new Database(join(dir.mentah, DB_FILE), { readonly: true });
    const cek = periksaMentah(cekDb, tahunMentah);
    cekDb.close();
    if (h.galat.length || cek.jumlah !== jumlah || cek.duplikat || cek.celah) hasil.masalah.push(`${o.label}mentah: ${JSON.stringify({ ...cek, galat: h.galat.slice(0, 2) })}`);
    hasil.mentah.push(h.perDetik);
    k.catat(`  ${o.label}mentah putaran ${r + 1}: ${h.perDetik.toFixed(1)} nomor/dtk`);
  }

  const core = Core.open({ dataDir: dir.layanan, appRoot: k.appRoot });
  try {
    for (let r = 0; r < o.putaran; r++) {
      for (const mode of ['layanan', 'lantai'] as const) {
        const ids = await siapkanSuratBertanda(core, jumlah, k.sampai);
        const h = await nomoriParalel(k.appRoot, mode, dir.layanan, 0, bagiRata(ids, PROSES), o.env);
        const cek = periksaBuku(core.sqlite, 'surat', tahun, ids);
        const kembar = h.nomor.length - new Set(h.nomor).size;
        if (h.galat.length || h.nomor.length !== jumlah || kembar || cek.duplikat || cek.celah || !cek.penghitungCocok || cek.belumBernomor) {
          hasil.masalah.push(`${o.label}${mode}: ${JSON.stringify({ ...cek, kembar, diberi: h.nomor.length, galat: h.galat.slice(0, 2) })}`);
        }
        hasil[mode].push(h.perDetik);
        k.catat(`  ${o.label}${mode} putaran ${r + 1}: ${h.perDetik.toFixed(1)} nomor/dtk`);
      }
    }
  } finally {
    await core.close();
  }
  return hasil;
}

const CONTOH_HALAMAN = 50;

/**
 * Pages each number writes to the disk, raw loop against the service, counted in this process on
 * the line's two copies after the timed rounds: the part of the gap that no code change can close.
 */
async function halamanPerNomor(k: KonteksBench, dir: { mentah: string; layanan: string }, tahunMentah: number): Promise<{ mentah: number; layanan: number }> {
  const db = new Database(join(dir.mentah, DB_FILE));
  let mentah: number;
  try {
    siapkanPenghitungMentah(db, tahunMentah);
    mentah = await halamanPerCommit(db, CONTOH_HALAMAN, penomorMentah(db, tahunMentah));
  } finally {
    db.close();
  }
  const core = Core.open({ dataDir: dir.layanan, appRoot: k.appRoot });
  try {
    const ids = await siapkanSuratBertanda(core, CONTOH_HALAMAN, k.sampai);
    const layanan = await halamanPerCommit(core.sqlite, CONTOH_HALAMAN, () => core.call('suratKeluar.assignNumber', { id: ids.shift()! }, 'bench'));
    return { mentah, layanan };
  } finally {
    await core.close();
  }
}

function baris(id: string, judul: string, p: Putaran, jumlah: number, keterangan = ''): HasilBaris {
  const rasio = median(p.layanan) / median(p.mentah);
  const lantai = median(p.lantai);
  const rincian = `lantai (penulisan yang sama dalam SQL mentah, tanpa lapisan layanan) ${lantai.toFixed(0)} nomor/dtk = ${(lantai / median(p.mentah)).toFixed(2)}× mentah; layanan = ${(median(p.layanan) / lantai).toFixed(2)}× lantai`;
  return {
    id,
    judul,
    satuan: 'nomor/dtk',
    median: median(p.layanan),
    // Throughput: the slow end is the worst run, shown where times show their p95.
    p95: Math.min(...p.layanan),
    sampel: p.layanan.length,
    baseline: { judul: 'BEGIN IMMEDIATE; UPDATE register_tahun; INSERT nomor_surat; COMMIT', median: median(p.mentah), p95: Math.min(...p.mentah) },
    rasio,
    anggaran: ANGGARAN,
    lulus: p.masalah.length === 0 && rasio >= 0.5,
    galat: p.masalah.length ? p.masalah.join('; ') : undefined,
    catatan: p.masalah.length ? undefined : `${keterangan}${p.layanan.length}× ${jumlah} nomor: tanpa duplikat, tanpa celah, penghitung = nomor tertinggi; ${rincian}`,
  };
}

export const penomoran: BarisBench = {
  id: 'penomoran',
  judul: 'Penomoran 4 proses sekaligus',
  async jalankan(k) {
    const perProses = k.cepat ? 25 : 500;
    const dir = { mentah: k.salinan('penomoran-mentah'), layanan: k.salinan('penomoran-layanan') };
    const disk = await ukur(k, dir, { perProses, putaran: k.cepat ? 1 : 3, tahunMentah: 2100, label: '' });
    const halaman = await halamanPerNomor(k, dir, 2150);
    k.catat(`  halaman per nomor: mentah ${halaman.mentah.toFixed(1)}, layanan ${halaman.layanan.toFixed(1)}`);
    const hasil = [
      baris('penomoran', `Penomoran: ${PROSES} proses × ${perProses} nomor`, disk, PROSES * perProses, `Halaman basis data yang ditulis per nomor: mentah ${halaman.mentah.toFixed(1)}, layanan ${halaman.layanan.toFixed(1)} (buku nomor, penghitung, surat dan indeksnya, jejak audit, linimasa). `),
    ];

    // The same line on a modelled slow disk (the PCs the budget is for): the raw loop is bound by its
    // fsync there, so the ratio shows what a user of such a PC gets, not what this machine's disk allows.
    const judulLambat = `Penomoran, disk lambat (fsync +${FSYNC_LAMBAT_US / 1000} ms, model)`;
    const env = lingkunganDiskLambat(k.appRoot, FSYNC_LAMBAT_US);
    if (!env) return [...hasil, dilewati('penomoran-disk-lambat', judulLambat, 'nomor/dtk', ANGGARAN, 'Butuh Linux dan kompilator C (cc) untuk model fsync.')];
    const perLambat = k.cepat ? 10 : 100;
    const lambat = await ukur(k, dir, { perProses: perLambat, putaran: k.cepat ? 1 : 3, tahunMentah: 2200, env, label: 'disk lambat: ' });
    return [...hasil, baris('penomoran-disk-lambat', `${judulLambat}: ${PROSES} × ${perLambat} nomor`, lambat, PROSES * perLambat, 'Setiap fsync menunggu 1 ms (LD_PRELOAD bench/alat/fsync-lambat.c), untuk mentah dan layanan sama. ')];
  },
};
