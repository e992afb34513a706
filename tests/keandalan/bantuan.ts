import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { build } from 'esbuild';
import { expect } from 'vitest';
import { verifyAudit } from '../../db/core/audit';
import { APP_ROOT } from '../helpers/core';

/** What the writer child reported as committed (tests/fixtures/keandalan-penulis.ts). */
export interface Laporan {
  masuk: Map<number, number>;
  berkas: Map<number, string>;
  keluar: Map<number, number>;
}

export interface Penulis {
  proses: ChildProcess;
  laporan: Laporan;
  /** A frozen copy of what was reported so far. */
  salinLaporan(): Laporan;
  /** Resolves once at least n letters were reported. */
  tungguMasuk(n: number): Promise<void>;
  keluar: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

let bundel: Promise<string> | null = null;

/** The writer bundled once per test process: node starts it in a fraction of tsx's time, and a test spawns it many times. */
export function bundelPenulis(): Promise<string> {
  bundel ??= (async () => {
    const outfile = join(APP_ROOT, 'node_modules', '.cache', 'sekretariat-uji', `penulis-${process.pid}.mjs`);
    await build({ entryPoints: [join(APP_ROOT, 'tests/fixtures/keandalan-penulis.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
    return outfile;
  })();
  return bundel;
}

/** For afterAll: the bundle is per test process and worthless afterwards. */
export async function hapusBundel(): Promise<void> {
  if (bundel) rmSync(await bundel, { force: true });
  bundel = null;
}

export async function jalankanPenulis(dataDir: string, label: string, jumlah = 0): Promise<Penulis> {
  const proses = spawn(process.execPath, [await bundelPenulis(), dataDir, label, String(jumlah), APP_ROOT], { cwd: APP_ROOT });
  const laporan: Laporan = { masuk: new Map(), berkas: new Map(), keluar: new Map() };
  const penunggu: { n: number; resolve: () => void }[] = [];
  let sisa = '';
  let stderr = '';
  proses.stdout!.on('data', (d: Buffer) => {
    sisa += d.toString();
    const baris = sisa.split('\n');
    sisa = baris.pop()!;
    for (const b of baris) {
      const [jenis, a, c] = b.split(' ');
      if (jenis === 'M') laporan.masuk.set(Number(a), Number(c));
      if (jenis === 'B') laporan.berkas.set(Number(a), c!);
      if (jenis === 'K') laporan.keluar.set(Number(a), Number(c));
    }
    for (const p of penunggu.filter((p) => laporan.masuk.size >= p.n)) {
      penunggu.splice(penunggu.indexOf(p), 1);
      p.resolve();
    }
  });
  proses.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const keluar = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    proses.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    proses,
    laporan,
    salinLaporan: () => ({ masuk: new Map(laporan.masuk), berkas: new Map(laporan.berkas), keluar: new Map(laporan.keluar) }),
    tungguMasuk: (n) =>
      laporan.masuk.size >= n
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => penunggu.push({ n, resolve })),
            keluar.then((k) => Promise.reject(new Error(`penulis berhenti lebih awal (${k.code ?? k.signal}): ${k.stderr}`))),
          ]),
    keluar,
  };
}

/** Every row the child reported is in the database, with the number it was given. */
export function periksaLaporanAda(sqlite: Database.Database, l: Laporan): void {
  const agenda = new Map((sqlite.prepare('SELECT id, nomor_agenda FROM surat_masuk').all() as { id: number; nomor_agenda: number }[]).map((r) => [r.id, r.nomor_agenda]));
  const urut = new Map((sqlite.prepare('SELECT id, nomor_urut FROM surat_keluar').all() as { id: number; nomor_urut: number }[]).map((r) => [r.id, r.nomor_urut]));
  const berkas = new Map((sqlite.prepare('SELECT id, sha256 FROM berkas_file').all() as { id: number; sha256: string }[]).map((r) => [r.id, r.sha256]));
  for (const [id, nomor] of l.masuk) expect(agenda.get(id), `surat masuk #${id}`).toBe(nomor);
  for (const [id, nomor] of l.keluar) expect(urut.get(id), `surat keluar #${id}`).toBe(nomor);
  for (const [id, sha] of l.berkas) expect(berkas.get(id), `berkas #${id}`).toBe(sha);
}

const satuKeN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * The invariants a records database must keep whatever happened to it: intact pages and references,
 * an unbroken audit chain, unique gap-free numbers whose counters equal the highest number issued,
 * and every attachment present with the content its hash names.
 */
export function periksaKonsistensi(sqlite: Database.Database, dataDir: string): { suratMasuk: number; nomor: number; lampiran: number } {
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  expect(verifyAudit(sqlite).ok).toBe(true);

  const agenda = sqlite.prepare('SELECT tahun_agenda AS tahun, nomor_agenda AS n FROM surat_masuk ORDER BY tahun_agenda, nomor_agenda').all() as { tahun: number; n: number }[];
  for (const tahun of new Set(agenda.map((a) => a.tahun))) {
    const nomor = agenda.filter((a) => a.tahun === tahun).map((a) => a.n);
    expect(nomor, `nomor agenda ${tahun}`).toEqual(satuKeN(nomor.length));
    expect(sqlite.prepare(`SELECT terakhir FROM urutan WHERE lingkup = 'agenda-masuk' AND tahun = ?`).pluck().get(tahun)).toBe(nomor.length);
  }
  const register = sqlite.prepare('SELECT register_kode AS kode, tahun, nomor_terakhir AS terakhir FROM register_tahun').all() as { kode: string; tahun: number; terakhir: number }[];
  let nomorTotal = 0;
  for (const r of register) {
    const urut = sqlite.prepare('SELECT urut FROM nomor_surat WHERE register_kode = ? AND tahun = ? AND sisipan = 0 ORDER BY urut').pluck().all(r.kode, r.tahun) as number[];
    expect(urut, `nomor ${r.kode}/${r.tahun}`).toEqual(satuKeN(urut.length));
    expect(r.terakhir, `penghitung ${r.kode}/${r.tahun}`).toBe(urut.length);
    nomorTotal += urut.length;
  }
  const lampiran = sqlite.prepare('SELECT DISTINCT sha256 FROM berkas_file').pluck().all() as string[];
  for (const sha of lampiran) {
    const file = join(dataDir, 'berkas', sha.slice(0, 2), sha);
    expect(existsSync(file), `lampiran ${sha}`).toBe(true);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(sha);
  }
  return { suratMasuk: agenda.length, nomor: nomorTotal, lampiran: lampiran.length };
}

/** A hash of every row of every ordinary table, to prove two databases hold the same records. */
export function sidikJari(sqlite: Database.Database): Record<string, string> {
  const tabel = sqlite.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(
    tabel.map((t) => {
      const h = createHash('sha256');
      const kolom = (sqlite.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(t) as number);
      const urut = Array.from({ length: kolom }, (_, i) => i + 1).join(', ');
      for (const row of sqlite.prepare(`SELECT * FROM "${t}" ORDER BY ${urut}`).iterate()) h.update(JSON.stringify(row));
      return [t, h.digest('hex')];
    }),
  );
}
