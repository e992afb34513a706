import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Core } from '../../db/app';
import { DB_FILE } from '../../db/core/open';

/**
 * One of the processes that number at the same moment. Args: mode (layanan|mentah) dataDir tahunMentah ids.
 * It opens its database, reports ready, waits for the common start signal, numbers, and reports
 * what it got. `layanan` goes through the core like the app; `mentah` is the raw counter loop.
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
  // The same pragmas as the app (db/core/open.ts), so only the work inside the transaction differs.
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  const tahun = Number(tahunMentah);
  const suratId = (db.prepare('SELECT min(id) AS id FROM surat_keluar').get() as { id: number }).id;
  const mulai = db.prepare('BEGIN IMMEDIATE');
  const naik = db.prepare(`UPDATE register_tahun SET nomor_terakhir = nomor_terakhir + 1 WHERE register_kode = 'surat' AND tahun = ? RETURNING nomor_terakhir AS n`);
  const simpan = db.prepare(
    `INSERT INTO nomor_surat (register_kode, tahun, urut, sisipan, nomor, tanggal, surat_keluar_id) VALUES ('surat', ?, ?, 0, ?, ?, ?)`,
  );
  const selesai = db.prepare('COMMIT');
  return {
    async nomori() {
      const hasil: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        mulai.run();
        try {
          const { n } = naik.get(tahun) as { n: number };
          simpan.run(tahun, n, `400.9.11.3/${n}/Dinsos/${tahun}`, `${tahun}-01-02`, suratId);
          selesai.run();
          hasil.push(n);
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }
      return hasil;
    },
    tutup: async () => void db.close(),
  };
}

const kerja = mode === 'mentah' ? await mentah() : await layanan();
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
