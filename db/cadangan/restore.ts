import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type Database from 'better-sqlite3';
import { rejected } from '../../shared/errors';
import { verifyAudit } from '../core/audit';
import { migrationStatements, readJournal } from '../core/migrator';
import { databasePath, openDatabase } from '../core/open';
import { fsyncBerkas, fsyncFolder, gantiNama, galatDisk, hashBerkas, salinAtomik } from './berkas-aman';
import { buatCadangan } from './backup';
import { bukaDb, nativeBindingAktif } from './koneksi';
import { bacaManifest, FOLDER_LAMPIRAN, jumlahBaris, NAMA_DB } from './manifest';
import { pathDalamCadangan, verifikasiCadangan } from './verifikasi';

export interface OpsiPemulihan {
  /** Where db/migrations lives (the repo root, or the packaged app root). */
  appRoot: string;
  now?: Date;
  versi?: string;
}

export interface HasilPemulihan {
  dipulihkanDari: string;
  /** The data as it was just before the restore, in `<data>/cadangan/`; null for an empty data folder. */
  cadanganPraPemulihan: string | null;
  lampiranDipulihkan: number;
  migrasiDijalankan: string[];
  jumlahBaris: Record<string, number>;
  auditJumlah: number;
  pesan: string;
}

/** A database from a newer app version (or another history) must not be opened by this one. */
function pastikanMigrasiCocok(folder: string, appRoot: string): void {
  const migrationsFolder = join(appRoot, 'db', 'migrations');
  const journal = readJournal(migrationsFolder);
  const db = bukaDb(join(folder, NAMA_DB), { readonly: true });
  try {
    const applied = db.prepare('SELECT idx, tag, hash FROM _migrasi ORDER BY idx').all() as { idx: number; tag: string; hash: string }[];
    applied.forEach((a, i) => {
      const shipped = journal[i];
      if (!shipped) throw rejected(`Cadangan ini dibuat oleh versi aplikasi yang lebih baru (migrasi ${a.tag}). Pasang versi aplikasi yang sama atau lebih baru, lalu ulangi pemulihan.`);
      if (a.tag !== shipped.tag || a.hash !== migrationStatements(migrationsFolder, shipped.tag).hash) {
        throw rejected(`Riwayat migrasi cadangan (${a.tag}) tidak cocok dengan aplikasi ini (${shipped.tag}); pemulihan ditolak.`);
      }
    });
  } finally {
    db.close();
  }
}

/**
 * Proves no other connection has the database open (the app, a CLI): in EXCLUSIVE locking mode a
 * write transaction needs every other connection gone, idle ones included. The lock is kept until
 * the returned connection is closed. null: the file is too damaged to open, so there is nothing to lock.
 */
function kunciEksklusif(file: string): Database.Database | null {
  const db = bukaDb(file, { timeoutMs: 3000 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    return db;
  } catch (err) {
    db.close();
    const code = String((err as { code?: unknown }).code);
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
      throw rejected('Basis data masih dibuka oleh aplikasi Sekretariat atau proses lain. Tutup aplikasi itu dahulu, lalu ulangi pemulihan.');
    }
    if (code.startsWith('SQLITE_')) return null;
    throw err;
  }
}

/** The current data, kept before it is replaced. A damaged database cannot be snapshotted, so its raw files (db, -wal, -shm) are kept instead: nobody else has them open. */
async function simpanDataSekarang(dataDir: string, kunci: Database.Database | null, opsi: OpsiPemulihan): Promise<string> {
  const tujuan = join(dataDir, 'cadangan');
  const now = opsi.now ?? new Date();
  if (kunci) {
    try {
      return (await buatCadangan({ dataDir, sqlite: kunci }, { tujuan, jenis: 'pra-pemulihan', now, versi: opsi.versi })).folder;
    } catch {
      // falls back to the raw copy below
    }
  }
  const folder = join(tujuan, `sekretariat-pra-pemulihan-${format(now, "yyyy-MM-dd'T'HH-mm-ss")}-${randomBytes(3).toString('hex')}-mentah`);
  mkdirSync(folder, { recursive: true });
  for (const akhiran of ['', '-wal', '-shm']) {
    const f = databasePath(dataDir) + akhiran;
    if (existsSync(f)) copyFileSync(f, join(folder, NAMA_DB + akhiran));
  }
  return folder;
}

function pulihkanLampiran(dataDir: string, folder: string): number {
  let n = 0;
  for (const b of bacaManifest(folder)!.berkas) {
    if (!b.path.startsWith(`${FOLDER_LAMPIRAN}/`)) continue;
    const target = pathDalamCadangan(dataDir, b.path)!;
    if (existsSync(target) && hashBerkas(target).sha256 === b.sha256) continue;
    mkdirSync(join(target, '..'), { recursive: true });
    salinAtomik(pathDalamCadangan(folder, b.path)!, target);
    n++;
  }
  return n;
}

/** Opens the restored file the way the app will (migrating forward if the backup is older) and checks it. */
function bukaDanPeriksa(dataDir: string, opsi: OpsiPemulihan) {
  const { sqlite, migration } = openDatabase(databasePath(dataDir), {
    migrationsFolder: join(opsi.appRoot, 'db', 'migrations'),
    backupDir: join(dataDir, 'cadangan'),
    now: opsi.now ? () => opsi.now! : undefined,
    nativeBinding: nativeBindingAktif(),
  });
  try {
    const rusak = (sqlite.pragma('integrity_check', { simple: true }) as string) !== 'ok';
    const putus = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    const audit = verifyAudit(sqlite);
    if (rusak || putus || !audit.ok) throw rejected(`Data hasil pemulihan gagal diperiksa (integritas ${rusak ? 'rusak' : 'ok'}, rujukan putus ${putus}, audit ${audit.ok ? 'utuh' : 'rusak'}).`);
    return { migrasiDijalankan: migration.applied, jumlahBaris: jumlahBaris(sqlite), auditJumlah: audit.jumlah };
  } finally {
    sqlite.close();
  }
}

/**
 * Restores a backup folder into a data folder whose core is CLOSED (callers close, restore, reopen):
 * verify → refuse newer schemas → keep the current data as a pra-pemulihan backup → put back missing
 * attachments → swap the database file atomically → open, migrate forward, check.
 */
export async function pulihkan(dataDir: string, folder: string, opsi: OpsiPemulihan): Promise<HasilPemulihan> {
  const v = verifikasiCadangan(folder);
  if (!v.ok) throw rejected(`Pemulihan ditolak: cadangan tidak lolos pemeriksaan. ${v.masalah.join(' ')}`);
  pastikanMigrasiCocok(folder, opsi.appRoot);

  mkdirSync(dataDir, { recursive: true });
  const dbFile = databasePath(dataDir);
  const baru = join(dataDir, `.${NAMA_DB}.${randomBytes(4).toString('hex')}.pemulihan`);
  let praPemulihan: string | null = null;
  try {
    copyFileSync(join(folder, NAMA_DB), baru);
    fsyncBerkas(baru);
    if (hashBerkas(baru).sha256 !== bacaManifest(folder)!.berkas.find((b) => b.path === NAMA_DB)!.sha256) {
      throw rejected('Salinan basis data berubah saat disalin ke folder data; pemulihan dibatalkan.');
    }
    let lampiranDipulihkan = 0;
    const kunci = existsSync(dbFile) ? kunciEksklusif(dbFile) : null;
    try {
      if (existsSync(dbFile)) praPemulihan = await simpanDataSekarang(dataDir, kunci, opsi);
      lampiranDipulihkan = pulihkanLampiran(dataDir, folder);
      kunci?.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      kunci?.close();
    }
    // Stale -wal/-shm/-journal go before the swap: a log left beside the new file would be replayed into it.
    // The old WAL was checkpointed above (or kept raw in the pra-pemulihan copy), so nothing is lost.
    for (const basi of ['-wal', '-shm', '-journal']) rmSync(dbFile + basi, { force: true });
    gantiNama(baru, dbFile);
    fsyncFolder(dataDir);
    const hasil = bukaDanPeriksa(dataDir, opsi);
    return {
      dipulihkanDari: folder,
      cadanganPraPemulihan: praPemulihan,
      lampiranDipulihkan,
      ...hasil,
      pesan: `Data dipulihkan dari ${folder}.${praPemulihan ? ` Data sebelum pemulihan disimpan di ${praPemulihan}.` : ''}`,
    };
  } catch (err) {
    const e = galatDisk(err, 'Pemulihan');
    if (praPemulihan && e instanceof Error) e.message += ` Data sebelum pemulihan tersimpan di ${praPemulihan}.`;
    throw e;
  } finally {
    rmSync(baru, { force: true });
  }
}
