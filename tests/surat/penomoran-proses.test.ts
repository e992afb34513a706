import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { APP_ROOT, bukaCoreUji } from '../helpers/core';

function jalankan(dataDir: string, ids: number[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', join(APP_ROOT, 'tests/fixtures/penomor.ts'), dataDir, ids.join(',')], { cwd: APP_ROOT });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(`proses gagal (${code}): ${err}`))));
  });
}

it('four processes numbering at the same moment get unique, gap-free numbers', async () => {
  const u = bukaCoreUji();
  const PER_PROSES = 40;
  const ids: number[][] = [[], [], [], []];
  for (let i = 0; i < 4 * PER_PROSES; i++) {
    const s = await u.core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal: '2026-01-05', tujuan: 'Camat', perihal: `Surat ${i}`, kodeKlasifikasi: '400.9.7', ditandatangani: true },
      'uji',
    );
    ids[i % 4]!.push(s.id);
  }
  await u.core.close();

  const hasil = (await Promise.all(ids.map((chunk) => jalankan(u.dataDir, chunk)))).flat();

  const cek = bukaCoreUji({ dataDir: u.dataDir });
  const book = await cek.core.call('register.book', { kode: 'surat', tahun: 2026 }, 'uji');
  const urut = book.map((n) => n.urut).sort((a, b) => a - b);
  expect(urut).toEqual(Array.from({ length: 4 * PER_PROSES }, (_, i) => i + 1));
  expect([...hasil].sort((a, b) => a - b)).toEqual(urut);
  expect(new Set(book.map((n) => n.suratKeluarId)).size).toBe(book.length);
  expect(cek.core.sqlite.prepare(`SELECT nomor_terakhir FROM register_tahun WHERE register_kode = 'surat' AND tahun = 2026`).get()).toEqual({ nomor_terakhir: 160 });
  expect((await cek.core.call('audit.verify', {}, 'uji')).ok).toBe(true);
  await cek.selesai();
  rmSync(u.dataDir, { recursive: true, force: true });
}, 120_000);
