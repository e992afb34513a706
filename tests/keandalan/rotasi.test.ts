process.env.TZ = 'Asia/Jakarta';

import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buatCadangan } from '../../db/cadangan/backup';
import { daftarCadangan } from '../../db/cadangan/daftar';
import { cadanganHarianBilaPerlu } from '../../db/cadangan/harian';
import { ubahPengaturan } from '../../db/cadangan/pengaturan';
import { rencanaRotasi, rotasiCadangan, type CadanganRotasi } from '../../db/cadangan/rotasi';
import type { JenisCadangan } from '../../shared/api/cadangan';
import { bukaCoreUji, tempDir } from '../helpers/core';

const akar = tempDir('rotasi-');
afterAll(() => rmSync(akar, { recursive: true, force: true }));

const HARI = 24 * 3600 * 1000;
/** 08:00 WIB on the given day offset from Wednesday 2026-01-07. */
const pada = (hari: number) => new Date(Date.UTC(2026, 0, 7, 1) + hari * HARI);
const cadangan = (hari: number, jenis: JenisCadangan = 'harian'): CadanganRotasi => ({ folder: `c${hari}-${jenis}`, jenis, dibuat: pada(hari).toISOString() });

describe('rotation plan (grandfather-father-son)', () => {
  it('keeps 7 days, 4 ISO weeks and 12 months out of a year of daily backups', () => {
    const setahun = Array.from({ length: 400 }, (_, i) => cadangan(i));
    const { simpan, hapus } = rencanaRotasi(setahun, { harian: 7, mingguan: 4, bulanan: 12 });
    expect(simpan.length + hapus.length).toBe(400);
    expect(simpan.slice(0, 7).map((c) => c.folder)).toEqual([399, 398, 397, 396, 395, 394, 393].map((h) => `c${h}-harian`));
    // 7 days + the newest of 3 earlier weeks + of 11 earlier months, less the ones that coincide.
    expect(simpan.length).toBeGreaterThanOrEqual(7 + 12 - 2);
    expect(simpan.length).toBeLessThanOrEqual(7 + 4 + 12);
    const bulan = new Set(simpan.map((c) => c.dibuat.slice(0, 7)));
    expect(bulan.size).toBe(12);
  });

  it('never plans to delete manual, pre-migration or pre-restore backups, however old', () => {
    const daftar = [cadangan(0, 'manual'), cadangan(1, 'pra-migrasi'), cadangan(2, 'pra-pemulihan'), ...Array.from({ length: 30 }, (_, i) => cadangan(100 + i))];
    const { hapus } = rencanaRotasi(daftar, { harian: 1, mingguan: 0, bulanan: 0 });
    expect(hapus).toHaveLength(29);
    expect(hapus.every((c) => c.jenis === 'harian')).toBe(true);
  });

  it('uses the local (WIB) calendar day: 23:30 and 00:30 WIB are two days', () => {
    const malam = { folder: 'malam', jenis: 'harian' as const, dibuat: '2026-01-07T16:30:00.000Z' };
    const pagi = { folder: 'pagi', jenis: 'harian' as const, dibuat: '2026-01-07T17:30:00.000Z' };
    expect(rencanaRotasi([malam, pagi], { harian: 2, mingguan: 0, bulanan: 0 }).hapus).toEqual([]);
  });
});

describe('daily backup and rotation on disk', () => {
  it('makes one backup per day, rotates, and never deletes the only valid backup', async () => {
    const u = bukaCoreUji({ dataDir: join(akar, 'data') });
    const tujuan = join(akar, 'harian');
    ubahPengaturan(u.dataDir, { rotasi: { harian: 2, mingguan: 0, bulanan: 0 } });
    const manual = await buatCadangan(u.core, { tujuan, jenis: 'manual', now: pada(-30) });

    const hasil = [];
    for (const hari of [0, 0, 1, 2, 3]) hasil.push(await cadanganHarianBilaPerlu(u.dataDir, tujuan, pada(hari), { sqlite: u.core.sqlite }));
    expect(hasil.map((h) => Boolean(h.dibuat))).toEqual([true, false, true, true, true]);
    expect(hasil.flatMap((h) => h.dihapus)).toEqual([hasil[0]!.dibuat!.folder, hasil[2]!.dibuat!.folder]);
    expect(daftarCadangan(tujuan).cadangan.map((c) => c.jenis)).toEqual(['harian', 'harian', 'manual']);
    expect(existsSync(manual.folder)).toBe(true);

    // The newest backup is damaged: rotation to 1 must keep the newest valid one it planned to delete.
    rmSync(manual.folder, { recursive: true });
    ubahPengaturan(u.dataDir, { rotasi: { harian: 3 } });
    const c4 = (await cadanganHarianBilaPerlu(u.dataDir, tujuan, pada(4), { sqlite: u.core.sqlite })).dibuat!;
    const [, c3, c2] = daftarCadangan(tujuan).cadangan;
    writeFileSync(join(c4.folder, 'sekretariat.sqlite'), 'rusak');
    expect(rotasiCadangan(tujuan, { harian: 1, mingguan: 0, bulanan: 0 }).dihapus).toEqual([c2!.folder]);
    expect(existsSync(c3!.folder)).toBe(true);
    // With no backup left that verifies, nothing at all is deleted.
    writeFileSync(join(c3!.folder, 'sekretariat.sqlite'), 'rusak juga');
    expect(rotasiCadangan(tujuan, { harian: 1, mingguan: 0, bulanan: 0 }).dihapus).toEqual([]);
    expect(daftarCadangan(tujuan).cadangan).toHaveLength(2);
    await u.selesai();
  });
});
