import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Core } from '../../db/app';
import { DB_FILE } from '../../db/core/open';
import { appendAudit } from '../../db/core/audit';
import { penomorMentah } from '../penomoran-paralel';

/**
 * One of the processes that number at the same moment. Args: mode (layanan|lantai|mentah) dataDir tahunMentah ids.
 * It opens its database, reports ready, waits for the common start signal, numbers, and reports
 * what it got. `layanan` goes through the core like the app; `mentah` is the raw counter loop;
 * `lantai` (the floor) makes the same writes as the core in plain prepared SQL, so the line can
 * tell how much of the gap to `mentah` is our code and how much is what a number must write.
 */
type Pesan = { siap: true } | { selesai: true; mulai: number; akhir: number; nomor: number[]; galat: string[] };

const [mode, dataDir, tahunMentah, daftar] = process.argv.slice(2) as [string, string, string, string];
const ids = daftar.split(',').map(Number);
const kirim = (p: Pesan) => process.send!(p);
const sekarang = () => performance.timeOrigin + performance.now();

interface Kerja {
  nomori(): Promise<number[]>;
  tutup(): Promise<void>;
}

async function layanan(): Promise<Kerja> {
  const core = Core.open({ dataDir, appRoot: join(import.meta.dirname, '..', '..') });
  return {
    async nomori() {
      const hasil: number[] = [];
      for (const id of ids) hasil.push((await core.call('suratKeluar.assignNumber', { id }, 'bench')).nomorUrut!);
      return hasil;
    },
    tutup: () => core.close(),
  };
}

async function mentah(): Promise<Kerja> {
  const db = bukaMentah();
  const satu = penomorMentah(db, Number(tahunMentah));
  return {
    async nomori() {
      return ids.map(() => satu());
    },
    tutup: async () => void db.close(),
  };
}

function bukaMentah(): Database.Database {
  // The same pragmas as the app (db/core/open.ts), so only the work inside the transaction differs.
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  return db;
}

async function lantai(): Promise<Kerja> {
  const db = bukaMentah();
  db.pragma('foreign_keys = ON');
  const q = {
    surat: db.prepare('SELECT * FROM surat_keluar WHERE id = ?'),
    register: db.prepare('SELECT * FROM register WHERE kode = ?'),
    buatTahun: db.prepare('INSERT INTO register_tahun (register_kode, tahun, nomor_terakhir) VALUES (?, ?, 0) ON CONFLICT DO NOTHING'),
    terakhir: db.prepare('SELECT nomor_terakhir AS n FROM register_tahun WHERE register_kode = ? AND tahun = ?'),
    terbaru: db.prepare('SELECT urut, tanggal FROM nomor_surat WHERE register_kode = ? AND tahun = ? AND sisipan = 0 ORDER BY urut DESC LIMIT 1'),
    naik: db.prepare('UPDATE register_tahun SET nomor_terakhir = ? WHERE register_kode = ? AND tahun = ? AND nomor_terakhir = ?'),
    unit: db.prepare('SELECT kode_unit FROM instansi WHERE id = 1'),
    simpan: db.prepare('INSERT INTO nomor_surat (register_kode, tahun, urut, sisipan, nomor, tanggal, surat_keluar_id) VALUES (?, ?, ?, 0, ?, ?, ?) RETURNING *'),
    ubah: db.prepare(`UPDATE surat_keluar SET status = 'bernomor', nomor_id = ?, nomor = ?, nomor_urut = ?, nomor_sisipan = 0, tahun_nomor = ?, updated_at = ? WHERE id = ? RETURNING *`),
    riwayat: db.prepare(`INSERT INTO riwayat_surat (jenis_surat, surat_id, waktu, aksi, uraian, aktor) VALUES ('keluar', ?, ?, 'bernomor', ?, 'bench')`),
  };
  const satu = db.transaction((id: number) => {
    const waktu = new Date().toISOString();
    const s = q.surat.get(id) as { register_kode: string; tanggal: string; kode_klasifikasi: string };
    const reg = q.register.get(s.register_kode) as { kode: string };
    const tahun = Number(s.tanggal.slice(0, 4));
    q.buatTahun.run(reg.kode, tahun);
    const n = (q.terakhir.get(reg.kode, tahun) as { n: number }).n;
    q.terbaru.get(reg.kode, tahun);
    q.naik.run(n + 1, reg.kode, tahun, n);
    const nomor = `${s.kode_klasifikasi}/${n + 1}/${(q.unit.get() as { kode_unit: string }).kode_unit}/${tahun}`;
    const baris = q.simpan.get(reg.kode, tahun, n + 1, nomor, s.tanggal, id) as { id: number };
    appendAudit(db, { aktor: 'bench', aksi: 'create', tabel: 'nomor_surat', recordId: baris.id, sesudah: baris, waktu });
    const sesudah = q.ubah.get(baris.id, nomor, n + 1, tahun, waktu, id);
    appendAudit(db, { aktor: 'bench', aksi: 'update', tabel: 'surat_keluar', recordId: id, sebelum: s, sesudah, waktu });
    q.riwayat.run(id, waktu, `Diberi nomor ${nomor}.`);
    return n + 1;
  });
  return {
    async nomori() {
      return ids.map((id) => satu.immediate(id));
    },
    tutup: async () => void db.close(),
  };
}

const kerja = mode === 'mentah' ? await mentah() : mode === 'lantai' ? await lantai() : await layanan();
process.once('message', async () => {
  const galat: string[] = [];
  const t0 = sekarang();
  let nomor: number[] = [];
  try {
    nomor = await kerja.nomori();
  } catch (err) {
    galat.push(err instanceof Error ? err.message : String(err));
  }
  const akhir = sekarang();
  await kerja.tutup();
  kirim({ selesai: true, mulai: t0, akhir, nomor, galat });
  process.disconnect();
});
kirim({ siap: true });
