import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { format } from 'date-fns';
import type Database from 'better-sqlite3';
import type { JenisCadangan, RingkasanCadangan } from '../../shared/api/cadangan';
import { rejected } from '../../shared/errors';
import { databasePath } from '../core/open';
import { fsyncBerkas, fsyncFolder, galatDisk, hashBerkas } from './berkas-aman';
import { AWALAN_FOLDER, daftarCadangan } from './daftar';
import { bukaDb } from './koneksi';
import { FOLDER_LAMPIRAN, NAMA_DB, ringkasan, tulisManifest, type Manifest } from './manifest';
import { periksaDb } from './periksa-db';

export interface SumberCadangan {
  dataDir: string;
  /** The running core's connection; without it a connection of our own is opened. A Core fits here. */
  sqlite?: Database.Database;
}

export interface OpsiCadangan {
  tujuan: string;
  jenis: JenisCadangan;
  now?: Date;
  versi?: string;
}

/** Claims a fresh folder; the local time in the name is for people, the manifest holds the exact instant. */
function folderBaru(tujuan: string, jenis: JenisCadangan, now: Date): string {
  mkdirSync(tujuan, { recursive: true });
  const dasar = join(tujuan, `${AWALAN_FOLDER}${jenis}-${format(now, "yyyy-MM-dd'T'HH-mm-ss")}`);
  for (let n = 1; ; n++) {
    const folder = n === 1 ? dasar : `${dasar}-${n}`;
    try {
      mkdirSync(folder);
      return folder;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw err;
    }
  }
}

/**
 * better-sqlite3's online backup reads one consistent snapshot and never blocks the writer (WAL).
 * After the first step it copies the rest in one step: copying in small steps restarts from page 1
 * every time another process commits, and a busy office could starve it.
 */
async function salinDb(sqlite: Database.Database, tujuan: string): Promise<void> {
  await sqlite.backup(tujuan, { progress: () => 0x7fffffff });
  // The copy inherits WAL mode; a single self-contained file is what belongs on a USB disk.
  const db = bukaDb(tujuan);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  fsyncBerkas(tujuan);
}

function* berkasDi(root: string): Generator<string> {
  if (!existsSync(root)) return;
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    // Leftovers of interrupted atomic writes (*.tmp, .x.sementara) are not attachments.
    if (e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.tmp')) yield join(e.parentPath, e.name);
  }
}

/**
 * Content-addressed files never change, so one already in the previous backup on the same disk is
 * hard-linked instead of copied (23 rotated backups then cost the space of one). Every file is
 * hashed where it now lies; one that does not match its name is copied afresh from the data folder.
 */
function salinLampiran(dataDir: string, folder: string, sebelumnya: string | null, peringatan: string[]): Manifest['berkas'] {
  const akar = join(dataDir, FOLDER_LAMPIRAN);
  const hasil: Manifest['berkas'] = [];
  for (const sumber of berkasDi(akar)) {
    const rel = relative(akar, sumber).split(sep).join('/');
    const tujuan = join(folder, FOLDER_LAMPIRAN, ...rel.split('/'));
    mkdirSync(join(tujuan, '..'), { recursive: true });
    const nama = rel.split('/').pop()!;
    let h: { sha256: string; ukuran: number } | null = null;
    if (sebelumnya && existsSync(join(sebelumnya, FOLDER_LAMPIRAN, rel))) {
      try {
        linkSync(join(sebelumnya, FOLDER_LAMPIRAN, rel), tujuan);
        h = hashBerkas(tujuan);
      } catch {
        h = null;
      }
      if (h?.sha256 !== nama) {
        rmSync(tujuan, { force: true });
        h = null;
      }
    }
    if (!h) {
      copyFileSync(sumber, tujuan);
      fsyncBerkas(tujuan);
      h = hashBerkas(tujuan);
    }
    if (/^[0-9a-f]{64}$/.test(nama) && h.sha256 !== nama) peringatan.push(`Lampiran ${nama} di folder data rusak (isinya tidak cocok dengan hash).`);
    hasil.push({ path: `${FOLDER_LAMPIRAN}/${rel}`, ...h });
  }
  for (const d of new Set(hasil.map((b) => join(folder, ...b.path.split('/').slice(0, -1))))) fsyncFolder(d);
  return hasil;
}

/**
 * `<tujuan>/sekretariat-<jenis>-<waktu>/` with sekretariat.sqlite (online snapshot, checked with
 * integrity_check), berkas/** and, written last, manifest.json. On any failure the partial folder is
 * removed and an Indonesian message is raised.
 */
export async function buatCadangan(sumber: SumberCadangan, opsi: OpsiCadangan): Promise<RingkasanCadangan> {
  const now = opsi.now ?? new Date();
  const dbFile = databasePath(sumber.dataDir);
  if (!sumber.sqlite && !existsSync(dbFile)) throw rejected(`Belum ada basis data di ${sumber.dataDir}; tidak ada yang dicadangkan.`);
  let sqlite: Database.Database | undefined;
  let folder: string | undefined;
  try {
    sqlite = sumber.sqlite ?? bukaDb(dbFile);
    const sebelumnya = daftarCadangan(opsi.tujuan).cadangan[0]?.folder ?? null;
    folder = folderBaru(resolve(opsi.tujuan), opsi.jenis, now);
    await salinDb(sqlite, join(folder, NAMA_DB));
    const db = periksaDb(join(folder, NAMA_DB));
    if (db.rusak.length) throw rejected(`Salinan basis data tidak lolos pemeriksaan integritas (${db.rusak[0]}); cadangan dibatalkan.`);
    const peringatan: string[] = [];
    if (!db.audit.ok) peringatan.push(`Rantai jejak audit sudah rusak pada entri #${db.audit.rusakPada} saat dicadangkan.`);
    const lampiran = salinLampiran(sumber.dataDir, folder, sebelumnya, peringatan);
    const ada = new Set(lampiran.map((b) => b.path.split('/').pop()));
    const hilang = [...db.lampiranDirujuk].filter((h) => !ada.has(h));
    if (hilang.length) peringatan.push(`${hilang.length} lampiran yang tercatat tidak ada di folder data: ${hilang.slice(0, 5).join(', ')}.`);
    const manifest: Manifest = {
      format: 1,
      aplikasi: 'sekretariat',
      versiAplikasi: opsi.versi ?? 'tidak diketahui',
      jenis: opsi.jenis,
      dibuat: now.toISOString(),
      sumber: resolve(sumber.dataDir),
      migrasi: db.migrasi,
      jumlahBaris: db.jumlahBaris,
      audit: { jumlah: db.audit.jumlah, hashTerakhir: db.audit.hashTerakhir },
      berkas: [{ path: NAMA_DB, ...hashBerkas(join(folder, NAMA_DB)) }, ...lampiran],
      peringatan,
    };
    tulisManifest(folder, manifest);
    fsyncFolder(resolve(opsi.tujuan));
    return ringkasan(folder, folder.split(sep).pop()!, manifest);
  } catch (err) {
    if (folder) rmSync(folder, { recursive: true, force: true });
    throw galatDisk(err, 'Membuat cadangan');
  } finally {
    if (sqlite && !sumber.sqlite) sqlite.close();
  }
}
