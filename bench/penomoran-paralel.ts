import { fork } from 'node:child_process';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Core } from '../db/app';

/**
 * Numbering from several processes at once, as when the app and the CLI (or two PCs on a shared
 * folder) number letters at the same moment. Shared by the benchmark line and its smoke test.
 */

export interface HasilParalel {
  detik: number;
  perDetik: number;
  nomor: number[];
  galat: string[];
}

/** Signed letters ready for a number, created through the core in one transaction. */
export async function siapkanSuratBertanda(core: Core, jumlah: number, tanggal: string): Promise<number[]> {
  const ids: number[] = [];
  core.sqlite.exec('BEGIN IMMEDIATE');
  try {
    for (let i = 0; i < jumlah; i++) {
      const s = await core.call(
        'suratKeluar.create',
        {
          jenisNaskah: 'surat-dinas',
          tanggal,
          tujuan: 'Camat Sumberagung',
          perihal: `Undangan Rapat Koordinasi Penyaluran Bantuan Sosial (uji penomoran ${i + 1})`,
          kodeKlasifikasi: '400.9.11.3',
          ditandatangani: true,
        },
        'bench',
      );
      ids.push(s.id);
    }
    core.sqlite.exec('COMMIT');
  } catch (err) {
    core.sqlite.exec('ROLLBACK');
    throw err;
  }
  return ids;
}

/**
 * The raw baseline numbers into the real book (register_tahun, nomor_surat) of the same file, in a
 * year of its own so it never meets the service's numbers.
 */
export function siapkanPenghitungMentah(sqlite: Database.Database, tahun: number): void {
  sqlite.prepare(`INSERT INTO register_tahun (register_kode, tahun, nomor_terakhir) VALUES ('surat', ?, 0) ON CONFLICT DO NOTHING`).run(tahun);
}

/**
 * The raw baseline's one number: BEGIN IMMEDIATE, bump the counter, write the book entry, COMMIT.
 * Shared by the numbering processes and the page count, so both measure the same loop.
 */
export function penomorMentah(db: Database.Database, tahun: number): () => number {
  const suratId = (db.prepare('SELECT min(id) AS id FROM surat_keluar').get() as { id: number }).id;
  const mulai = db.prepare('BEGIN IMMEDIATE');
  const naik = db.prepare(`UPDATE register_tahun SET nomor_terakhir = nomor_terakhir + 1 WHERE register_kode = 'surat' AND tahun = ? RETURNING nomor_terakhir AS n`);
  const simpan = db.prepare(
    `INSERT INTO nomor_surat (register_kode, tahun, urut, sisipan, nomor, tanggal, surat_keluar_id) VALUES ('surat', ?, ?, 0, ?, ?, ?)`,
  );
  const selesai = db.prepare('COMMIT');
  return () => {
    mulai.run();
    try {
      const { n } = naik.get(tahun) as { n: number };
      simpan.run(tahun, n, `400.9.11.3/${n}/Dinsos/${tahun}`, `${tahun}-01-02`, suratId);
      selesai.run();
      return n;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  };
}

/**
 * Database pages a commit writes, on average over `kali` runs of `satu` on this connection: the WAL
 * is emptied first and not checkpointed while counting, so its frame count is the pages written.
 * This is what each number costs the disk, whatever the disk's speed.
 */
export async function halamanPerCommit(db: Database.Database, kali: number, satu: () => unknown): Promise<number> {
  const semula = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  try {
    for (let i = 0; i < kali; i++) await satu();
    const { log } = (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!;
    return log / kali;
  } finally {
    db.pragma(`wal_autocheckpoint = ${semula}`);
  }
}

/** Runs one process per id list; all start numbering on the same signal. Throughput is over the wall time from that signal to the last finish. */
export async function nomoriParalel(
  appRoot: string,
  mode: 'layanan' | 'lantai' | 'mentah',
  dataDir: string,
  tahunMentah: number,
  bagian: number[][],
  env?: NodeJS.ProcessEnv,
): Promise<HasilParalel> {
  type Pesan = { siap?: true; selesai?: true; mulai: number; akhir: number; nomor: number[]; galat: string[] };
  const anak = bagian.map((ids) =>
    fork(join(appRoot, 'bench', 'pekerja', 'penomor.ts'), [mode, dataDir, String(tahunMentah), ids.join(',')], {
      execArgv: ['--import', 'tsx'],
      cwd: appRoot,
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const tunggu = (jenis: 'siap' | 'selesai') =>
    Promise.all(
      anak.map(
        (p) =>
          new Promise<Pesan>((resolve, reject) => {
            const pesan = (m: Pesan) => {
              if (!m[jenis]) return;
              p.off('message', pesan);
              resolve(m);
            };
            p.on('message', pesan);
            p.once('exit', (code) => reject(new Error(`Proses penomor berhenti (kode ${code}) sebelum "${jenis}".`)));
          }),
      ),
    );
  await tunggu('siap');
  const selesai = tunggu('selesai');
  for (const p of anak) p.send('mulai');
  const hasil = await selesai;
  await Promise.all(anak.map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : null)));
  const detik = (Math.max(...hasil.map((h) => h.akhir)) - Math.min(...hasil.map((h) => h.mulai))) / 1000;
  const nomor = hasil.flatMap((h) => h.nomor);
  return { detik, perDetik: nomor.length / detik, nomor, galat: hasil.flatMap((h) => h.galat) };
}

export interface PemeriksaanBuku {
  duplikat: number;
  celah: number;
  penghitungCocok: boolean;
  belumBernomor: number;
}

/** The book of one register and year after the run: every main number once, none missing, the counter at the top. */
export function periksaBuku(sqlite: Database.Database, register: string, tahun: number, ids: number[]): PemeriksaanBuku {
  const r = sqlite
    .prepare(
      `SELECT count(*) AS n, count(DISTINCT urut) AS beda, coalesce(max(urut), 0) AS maks FROM nomor_surat
       WHERE register_kode = ? AND tahun = ? AND sisipan = 0`,
    )
    .get(register, tahun) as { n: number; beda: number; maks: number };
  const penghitung = (sqlite.prepare('SELECT nomor_terakhir AS n FROM register_tahun WHERE register_kode = ? AND tahun = ?').get(register, tahun) as { n: number } | undefined)?.n;
  const tanpaNomor = sqlite.prepare(`SELECT count(*) AS n FROM surat_keluar WHERE id = ? AND (status <> 'bernomor' OR nomor_id IS NULL)`);
  return {
    duplikat: r.n - r.beda,
    celah: r.maks - r.beda,
    penghitungCocok: penghitung === r.maks,
    belumBernomor: ids.reduce((s, id) => s + (tanpaNomor.get(id) as { n: number }).n, 0),
  };
}

export function periksaMentah(sqlite: Database.Database, tahun: number): { jumlah: number; duplikat: number; celah: number } {
  const r = sqlite
    .prepare(`SELECT count(*) AS n, count(DISTINCT urut) AS beda, coalesce(max(urut), 0) AS maks FROM nomor_surat WHERE register_kode = 'surat' AND tahun = ?`)
    .get(tahun) as { n: number; beda: number; maks: number };
  return { jumlah: r.n, duplikat: r.n - r.beda, celah: r.maks - r.beda };
}

export function bagiRata<T>(semua: T[], jumlahBagian: number): T[][] {
  const hasil: T[][] = Array.from({ length: jumlahBagian }, () => []);
  semua.forEach((x, i) => hasil[i % jumlahBagian]!.push(x));
  return hasil;
}
