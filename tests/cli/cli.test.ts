import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ROOT, tempDir } from '../helpers/core';

const dataDir = tempDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(APP_ROOT, 'bin/cli.ts'), '--data-dir', dataDir, ...args], { cwd: APP_ROOT, encoding: 'utf8' });
  return { status: r.status, json: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

describe('CLI (JSON on stdout, non-zero exit with an Indonesian error)', () => {
  it('init creates the database and loads the reference data', () => {
    const r = cli('init');
    expect(r.status).toBe(0);
    expect(r.json.migrasi).toContain('0000_awal');
    expect(r.json.referensi).toMatchObject({ klasifikasi: 2986, polaLama: 2264 });
  });

  it('api list describes every method with its JSON input schema', () => {
    const r = cli('api', 'list');
    expect(r.status).toBe(0);
    const create = r.json.find((m: { method: string }) => m.method === 'suratMasuk.create');
    expect(create.input.required).toEqual(expect.arrayContaining(['tanggalTerima', 'asal', 'nomorSurat', 'tanggalSurat', 'perihal']));
    expect(r.json.map((m: { method: string }) => m.method)).toEqual(
      expect.arrayContaining(['suratMasuk.search', 'suratKeluar.create', 'suratKeluar.assignNumber', 'suratKeluar.cancelNumber', 'register.update', 'register.list', 'laporan.export']),
    );
  });

  it('api call drives the core, and failures exit 1 with a JSON error', () => {
    const ok = cli('api', 'call', 'suratMasuk.create', JSON.stringify({ tanggalTerima: '2026-11-20', asal: 'Kemensos RI', nomorSurat: 'B-1/2026', tanggalSurat: '2026-11-18', perihal: 'Bimtek PKH' }));
    expect(ok.status).toBe(0);
    expect(ok.json).toMatchObject({ id: 1, nomorAgenda: 1 });
    const cari = cli('api', 'call', 'suratMasuk.search', '{"q":"pkh"}');
    expect(cari.json).toHaveLength(1);

    const bad = cli('api', 'call', 'suratMasuk.create', '{"asal":"x"}');
    expect(bad.status).toBe(1);
    expect(bad.json.error).toMatchObject({ code: 'VALIDASI', message: expect.stringMatching(/Tanggal terima wajib diisi/) });
    expect(cli('api', 'call', 'tidakAda.metode', '{}').json.error.code).toBe('TIDAK_DIKENAL');
    expect(cli('api', 'call', 'suratMasuk.list', '{bukan json').json.error.message).toBe('Masukan bukan JSON yang sah.');
    expect(cli('perintah-aneh').status).toBe(1);
    expect(cli('audit', 'verify').json).toMatchObject({ ok: true });
  });
});
