import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../db/app';
import { buatCadangan } from '../../db/cadangan/backup';
import { bacaManifest, NAMA_MANIFEST } from '../../db/cadangan/manifest';
import { bacaPengaturan, NAMA_PENGATURAN, ubahPengaturan } from '../../db/cadangan/pengaturan';
import { pulihkan } from '../../db/cadangan/restore';
import { verifikasiCadangan } from '../../db/cadangan/verifikasi';
import { AppError } from '../../shared/errors';
import { APP_ROOT, bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { sidikJari } from './bantuan';

const akar = tempDir('cadangan-');
const PDF = (n: number) => Buffer.from(`%PDF-1.4 pindaian ${n}`).toString('base64');
let u: CoreUji;
let dasar: string;

beforeAll(async () => {
  u = bukaCoreUji({ dataDir: join(akar, 'data'), now: '2026-03-10T02:00:00Z' });
  for (let i = 0; i < 3; i++) {
    const s = await u.core.call('suratMasuk.create', { tanggalTerima: '2026-03-02', asal: 'Kemensos', nomorSurat: `B-${i}`, tanggalSurat: '2026-03-01', perihal: `Surat ${i}` }, 'uji');
    await u.core.call('suratMasuk.attach', { id: s.id, namaFile: `s${i}.pdf`, isiBase64: PDF(i) }, 'uji');
  }
  dasar = (await buatCadangan(u.core, { tujuan: join(akar, 'dasar'), jenis: 'manual', versi: '0.1.0' })).folder;
});
afterAll(async () => {
  await u.core.close();
  rmSync(akar, { recursive: true, force: true });
});

/** A copy of the reference backup that a test may damage. */
function salinan(nama: string): string {
  const f = join(akar, 'salinan', nama);
  cpSync(dasar, f, { recursive: true });
  return f;
}

const tolak = async (p: Promise<unknown>, pesan: RegExp) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).message).toMatch(pesan);
};

describe('a backup', () => {
  it('holds a checked snapshot, every attachment and a manifest with hashes, counts and migrations', () => {
    const m = bacaManifest(dasar)!;
    expect(m).toMatchObject({ jenis: 'manual', versiAplikasi: '0.1.0', peringatan: [] });
    expect(m.migrasi).toEqual((u.core.sqlite.prepare('SELECT tag FROM _migrasi ORDER BY idx').pluck().all() as string[]));
    expect(m.jumlahBaris).toMatchObject({ surat_masuk: 3, berkas_file: 3 });
    expect(m.berkas.map((b) => b.path.split('/')[0]).sort()).toEqual(['berkas', 'berkas', 'berkas', 'sekretariat.sqlite']);
    const db = new Database(join(dasar, 'sekretariat.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(sidikJari(db)).toEqual(sidikJari(u.core.sqlite));
    db.close();
    expect(verifikasiCadangan(dasar)).toMatchObject({ ok: true, masalah: [], peringatan: [] });
  });

  it('is refused by verification when any byte, file or the manifest is wrong', () => {
    const lampiran = salinan('lampiran');
    const f = bacaManifest(lampiran)!.berkas.find((b) => b.path.startsWith('berkas/'))!;
    appendFileSync(join(lampiran, f.path), 'x');
    expect(verifikasiCadangan(lampiran).masalah.join(' ')).toMatch(/berubah atau rusak/);

    const db = salinan('db');
    const isi = readFileSync(join(db, 'sekretariat.sqlite'));
    isi.writeUInt8(isi.readUInt8(isi.length - 100) ^ 0xff, isi.length - 100);
    writeFileSync(join(db, 'sekretariat.sqlite'), isi);
    expect(verifikasiCadangan(db).ok).toBe(false);

    const hilang = salinan('hilang');
    rmSync(join(hilang, f.path));
    expect(verifikasiCadangan(hilang).masalah.join(' ')).toMatch(/hilang/);

    const keluar = salinan('keluar');
    const m = JSON.parse(readFileSync(join(keluar, NAMA_MANIFEST), 'utf8'));
    m.berkas[1].path = '../../../etc/passwd';
    writeFileSync(join(keluar, NAMA_MANIFEST), JSON.stringify(m));
    expect(verifikasiCadangan(keluar).masalah.join(' ')).toMatch(/ke luar folder/);

    const tanpa = salinan('tanpa-manifest');
    rmSync(join(tanpa, NAMA_MANIFEST));
    expect(verifikasiCadangan(tanpa).masalah.join(' ')).toMatch(/tidak lengkap/);
  });

  it('is listed, created and verified through the API, and settings changes are audited', async () => {
    const ke = join(akar, 'api');
    const c = await u.core.call('cadangan.create', { ke }, 'uji');
    expect(c).toMatchObject({ jenis: 'manual', jumlahLampiran: 3 });
    expect((await u.core.call('cadangan.verify', { folder: c.folder }, 'uji')).ok).toBe(true);
    const p = await u.core.call('cadangan.settings.update', { folderCadangan: ke, rotasi: { harian: 10 } }, 'uji');
    expect(p).toEqual({ folderCadangan: ke, rotasi: { harian: 10, mingguan: 4, bulanan: 12 } });
    expect((await u.core.call('cadangan.list', {}, 'uji')).cadangan.map((x) => x.folder)).toContain(c.folder);
    expect((await u.core.call('audit.list', { tabel: 'pengaturan' }, 'uji'))[0]?.sesudah).toEqual(p);
    await expect(u.core.callUnknown('cadangan.create', { ke: 'relatif/saja' }, 'uji')).rejects.toMatchObject({ code: 'VALIDASI' });
    await u.core.call('cadangan.settings.update', { folderCadangan: null }, 'uji');
    expect(bacaPengaturan(u.dataDir).folderCadangan).toBe(join(u.dataDir, 'cadangan'));
  });
});

describe('settings file', () => {
  it('keeps the keys of other modules and sets an unreadable file aside instead of losing it', () => {
    const d = join(akar, 'pengaturan');
    mkdirSync(d);
    writeFileSync(join(d, NAMA_PENGATURAN), JSON.stringify({ modulLain: { a: 1 } }));
    ubahPengaturan(d, { rotasi: { bulanan: 24 } });
    expect(JSON.parse(readFileSync(join(d, NAMA_PENGATURAN), 'utf8'))).toEqual({ modulLain: { a: 1 }, rotasiCadangan: { harian: 7, mingguan: 4, bulanan: 24 } });
    writeFileSync(join(d, NAMA_PENGATURAN), '{ rusak');
    expect(bacaPengaturan(d).rotasi.harian).toBe(7);
    ubahPengaturan(d, { folderCadangan: '/media/usb' });
    expect(readdirSync(d).some((f) => f.startsWith(`${NAMA_PENGATURAN}.rusak-`))).toBe(true);
  });
});

describe('restore', () => {
  it('refuses a damaged backup, a newer schema, and a database still open elsewhere', async () => {
    const rusak = salinan('rusak');
    appendFileSync(join(rusak, 'sekretariat.sqlite'), 'x');
    await tolak(pulihkan(join(akar, 'r1'), rusak, { appRoot: APP_ROOT }), /Pemulihan ditolak.*berubah atau rusak/);

    const lebihBaru = join(akar, 'lebih-baru');
    const sumber = bukaCoreUji({ dataDir: join(akar, 'data-baru') });
    sumber.core.sqlite.prepare(`INSERT INTO _migrasi (idx, tag, hash, diterapkan) VALUES (999, '9999_masa_depan', 'x', 'x')`).run();
    const baru = await buatCadangan(sumber.core, { tujuan: lebihBaru, jenis: 'manual' });
    await sumber.selesai();
    await tolak(pulihkan(join(akar, 'r2'), baru.folder, { appRoot: APP_ROOT }), /versi aplikasi yang lebih baru/);

    await tolak(pulihkan(u.dataDir, dasar, { appRoot: APP_ROOT }), /masih dibuka/);
    expect(u.core.sqlite.prepare('SELECT count(*) FROM surat_masuk').pluck().get()).toBe(3);
  });

  it('keeps the current data as a pra-pemulihan backup, puts back lost attachments, and rolls the records back', async () => {
    const d = join(akar, 'dipulihkan');
    await pulihkan(d, dasar, { appRoot: APP_ROOT });
    const core = Core.open({ dataDir: d, appRoot: APP_ROOT });
    await core.call('suratMasuk.create', { tanggalTerima: '2026-03-09', asal: 'Bappeda', nomorSurat: 'X-9', tanggalSurat: '2026-03-08', perihal: 'Sesudah cadangan' }, 'uji');
    const jariSesudah = sidikJari(core.sqlite);
    await core.close();
    const satuLampiran = bacaManifest(dasar)!.berkas.find((b) => b.path.startsWith('berkas/'))!.path;
    rmSync(join(d, satuLampiran));

    const h = await pulihkan(d, dasar, { appRoot: APP_ROOT });
    expect(h).toMatchObject({ lampiranDipulihkan: 1, migrasiDijalankan: [] });
    expect(existsSync(join(d, 'sekretariat.sqlite-wal'))).toBe(false);
    const pulih = Core.open({ dataDir: d, appRoot: APP_ROOT });
    const asli = new Database(join(dasar, 'sekretariat.sqlite'), { readonly: true });
    expect(sidikJari(pulih.sqlite)).toEqual(sidikJari(asli));
    asli.close();
    await pulih.close();
    expect(verifikasiCadangan(h.cadanganPraPemulihan!).ok).toBe(true);
    const pra = new Database(join(h.cadanganPraPemulihan!, 'sekretariat.sqlite'), { readonly: true });
    expect(sidikJari(pra)).toEqual(jariSesudah);
    pra.close();
  });

  it('replaces a database too damaged to open, keeping its raw files', async () => {
    const d = join(akar, 'rusak-parah');
    mkdirSync(d);
    writeFileSync(join(d, 'sekretariat.sqlite'), 'ini bukan basis data');
    const h = await pulihkan(d, dasar, { appRoot: APP_ROOT });
    expect(h.cadanganPraPemulihan).toMatch(/-mentah$/);
    expect(readFileSync(join(h.cadanganPraPemulihan!, 'sekretariat.sqlite'), 'utf8')).toBe('ini bukan basis data');
    const pulih = Core.open({ dataDir: d, appRoot: APP_ROOT });
    expect(pulih.sqlite.prepare('SELECT count(*) FROM surat_masuk').pluck().get()).toBe(3);
    await pulih.close();
  });
});

describe('CLI', () => {
  const cli = (dataDir: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(APP_ROOT, 'bin/cli.ts'), '--data-dir', dataDir, ...args], { cwd: APP_ROOT, encoding: 'utf8' });
    return { status: r.status, json: r.stdout ? JSON.parse(r.stdout) : null };
  };

  it('backup create --ke, backup verify and restore work end to end', () => {
    const ke = join(akar, 'cli');
    const dibuat = cli(u.dataDir, 'backup', 'create', '--ke', ke);
    expect(dibuat.status).toBe(0);
    expect(dibuat.json).toMatchObject({ jenis: 'manual', jumlahLampiran: 3 });
    expect(cli(u.dataDir, 'backup', 'verify', dibuat.json.folder)).toMatchObject({ status: 0, json: { ok: true } });
    const pulih = cli(join(akar, 'cli-pulih'), 'restore', dibuat.json.folder);
    expect(pulih).toMatchObject({ status: 0, json: { lampiranDipulihkan: 3, cadanganPraPemulihan: null } });
  });
});
