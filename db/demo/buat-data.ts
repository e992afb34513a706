import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { toIsoDate } from '../../shared/format/tanggal';
import { appendAudit } from '../core/audit';
import type { BerkasStore } from '../core/berkas';
import { Acak } from './acak';
import { BOBOT_BULAN, hariKerja, tambahHari } from './kalender';
import { pdfContoh } from './pindaian';
import { muatReferensiDemo } from './referensi';
import { PembuatSuratKeluar } from './surat-keluar';
import { PembuatSuratMasuk } from './surat-masuk';

/** Scale 1: a busy Dinas over ten years (about 20,000 incoming letters a year, half as many outgoing). */
export const SURAT_MASUK_PER_SKALA = 200_000;
export const SURAT_KELUAR_PER_SKALA = 100_000;
const TAHUN = 10;
/** Letters per transaction: big enough to amortise the fsync of synchronous=FULL, small enough to keep the WAL modest. */
const PER_TRANSAKSI = 2_500;

export interface OpsiDemo {
  skala: number;
  benih?: string;
  /** Allow adding to a database that already holds letters. */
  tambah?: boolean;
  /** The last day of the generated period (default today); letters span the ten years before it. */
  sampai?: string;
  aktor?: string;
  kemajuan?: (pesan: string) => void;
}

export interface RingkasanDemo {
  skala: number;
  benih: string;
  dari: string;
  sampai: string;
  suratMasuk: number;
  disposisi: number;
  penerimaDisposisi: number;
  tindakLanjut: number;
  lampiran: number;
  suratKeluar: number;
  nomorSurat: number;
  paraf: number;
  ekspedisi: number;
  riwayat: number;
  jabatanDitambahkan: string[];
  detik: number;
}

function rencanaHari(dari: string, sampai: string, skala: number, a: Acak): { tanggal: string; masuk: number; keluar: number }[] {
  const hari: { tanggal: string; bobot: number }[] = [];
  for (let t = dari; t <= sampai; t = tambahHari(t, 1)) {
    if (hariKerja(t)) hari.push({ tanggal: t, bobot: BOBOT_BULAN[Number(t.slice(5, 7)) - 1]! });
  }
  const total = hari.reduce((s, h) => s + h.bobot, 0);
  const masuk = (SURAT_MASUK_PER_SKALA * skala) / total;
  const keluar = (SURAT_KELUAR_PER_SKALA * skala) / total;
  return hari.map((h) => ({ tanggal: h.tanggal, masuk: a.bulatkan(masuk * h.bobot), keluar: a.bulatkan(keluar * h.bobot) }));
}

/**
 * Fills a database with a realistic, deterministic archive (same seed, same period: same rows).
 * Every batch is one IMMEDIATE transaction that also brings the counters up to date, so an
 * interrupted run leaves consistent data. Rows skip the per-row audit log; one audit entry records
 * the generation, which keeps the hash chain valid.
 */
export function buatDataDemo(target: { sqlite: Database.Database; berkas: BerkasStore }, opsi: OpsiDemo): RingkasanDemo {
  const { sqlite, berkas } = target;
  if (!(opsi.skala > 0 && opsi.skala <= 5)) throw new AppError('VALIDASI', 'Skala harus lebih dari 0 dan paling besar 5 (skala 1 ≈ 200.000 surat masuk).');
  const sampai = opsi.sampai ?? toIsoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sampai)) throw new AppError('VALIDASI', 'Tanggal akhir harus berformat TTTT-BB-HH.');
  const sudahAda = (sqlite.prepare('SELECT (SELECT count(*) FROM surat_masuk) + (SELECT count(*) FROM surat_keluar) AS n').get() as { n: number }).n;
  if (sudahAda > 0 && !opsi.tambah) {
    throw new AppError(
      'DITOLAK',
      `Basis data ini sudah berisi ${sudahAda} surat. Data contoh hanya dibuat pada basis data kosong; tambahkan --tambah bila memang ingin menambahkannya.`,
    );
  }
  const mulai = performance.now();
  const benih = opsi.benih ?? 'sekretariat';
  const dari = tambahHari(sampai, -(TAHUN * 365 + 2));
  const acak = new Acak(benih);
  const hari = rencanaHari(dari, sampai, opsi.skala, acak.cabang('jumlah'));

  const ref = sqlite.transaction(() => muatReferensiDemo(sqlite)).immediate();
  const contoh = ['A', 'B', 'C'].map((v) => {
    const isi = pdfContoh(`Pindaian surat masuk (contoh ${v})`);
    return { sha256: berkas.simpan(isi), ukuran: isi.length };
  });
  const masuk = new PembuatSuratMasuk(sqlite, ref, acak.cabang('masuk'), sampai, contoh);
  const keluar = new PembuatSuratKeluar(sqlite, ref, acak.cabang('keluar'), sampai);

  const cacheLama = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -65536');
  try {
    let i = 0;
    while (i < hari.length) {
      const kelompok: typeof hari = [];
      for (let n = 0; i < hari.length && n < PER_TRANSAKSI; i++) {
        kelompok.push(hari[i]!);
        n += hari[i]!.masuk + hari[i]!.keluar;
      }
      sqlite
        .transaction(() => {
          for (const h of kelompok) {
            for (let k = 0; k < h.masuk; k++) masuk.buat(h.tanggal);
            for (let k = 0; k < h.keluar; k++) keluar.buat(h.tanggal);
          }
          masuk.simpanPenghitung();
          keluar.simpanPenghitung();
        })
        .immediate();
      opsi.kemajuan?.(`${kelompok.at(-1)!.tanggal}: ${masuk.hitung.suratMasuk} surat masuk, ${keluar.hitung.suratKeluar} surat keluar`);
    }
  } finally {
    sqlite.pragma(`cache_size = ${Number(cacheLama)}`);
  }

  const ringkasan: RingkasanDemo = {
    skala: opsi.skala,
    benih,
    dari,
    sampai,
    suratMasuk: masuk.hitung.suratMasuk,
    disposisi: masuk.hitung.disposisi,
    penerimaDisposisi: masuk.hitung.penerima,
    tindakLanjut: masuk.hitung.tindakLanjut,
    lampiran: masuk.hitung.lampiran,
    suratKeluar: keluar.hitung.suratKeluar,
    nomorSurat: keluar.hitung.nomorSurat,
    paraf: keluar.hitung.paraf,
    ekspedisi: keluar.hitung.ekspedisi,
    riwayat: masuk.hitung.riwayat + keluar.hitung.riwayat,
    jabatanDitambahkan: ref.jabatanDitambahkan,
    detik: 0,
  };
  ringkasan.detik = Math.round((performance.now() - mulai) / 100) / 10;
  sqlite
    .transaction(() =>
      appendAudit(sqlite, { aktor: opsi.aktor ?? 'sistem', waktu: new Date().toISOString(), aksi: 'create', tabel: 'data_demo', recordId: benih, sesudah: ringkasan }),
    )
    .immediate();
  return ringkasan;
}
