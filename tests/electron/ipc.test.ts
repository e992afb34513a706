import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiHandler, registerIpc } from '../../electron/ipc';
import { bukaCoreUji, type CoreUji } from '../helpers/core';
import { electronPalsu, ipcEvent, resetPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

let uji: CoreUji;
beforeAll(() => {
  uji = bukaCoreUji();
});
afterAll(() => uji.selesai());
beforeEach(() => resetPalsu());

const hitung = (tabel: string) => (uji.core.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel}`).get() as { n: number }).n;
const unitBaru = (kode: string) => ({ kode, nama: `Unit ${kode}`, jenis: 'bidang' });

describe('api channel', () => {
  it.each([
    ['another origin', 'https://evil.example/'],
    ['a file: page', 'file:///tmp/x.html'],
    ['another app:// host', 'app://lain/index.html'],
    ['a frame that is gone', null],
  ])('refuses a call from %s with an error envelope and never reaches the core', async (_label, url) => {
    const handler = createApiHandler(uji.core);
    const sebelum = { unit: hitung('unit'), audit: hitung('audit_log') };
    const env = await handler(ipcEvent(url) as never, 'unit.save', unitBaru('JAHAT'));
    expect(env).toEqual({ error: { code: 'DITOLAK', message: 'Permintaan ditolak: tidak berasal dari antarmuka aplikasi.' } });
    expect({ unit: hitung('unit'), audit: hitung('audit_log') }).toEqual(sebelum);
  });

  it('does not even call the core for a foreign sender', async () => {
    const core = { callUnknown: vi.fn() };
    await createApiHandler(core)(ipcEvent('https://evil.example/') as never, 'sistem.info', {});
    expect(core.callUnknown).not.toHaveBeenCalled();
  });

  it('passes a call from app:// to the core under the window session, keeping the token in main', async () => {
    const handler = createApiHandler(uji.core);
    const jendela = ipcEvent('app://bundle/index.html') as never;
    expect((await handler(jendela, 'unit.save', unitBaru('SEBELUM'))).error?.code).toBe('SESI');
    const masuk = await handler(jendela, 'auth.setupAdmin', { username: 'admin', nama: 'Admin', sandi: 'rahasia-123' });
    expect(masuk.result).toMatchObject({ token: '', pengguna: { username: 'admin' } });
    const env = await handler(jendela, 'unit.save', unitBaru('SEK-UJI'));
    expect(env.error).toBeUndefined();
    expect(env.result).toMatchObject({ kode: 'SEK-UJI', nama: 'Unit SEK-UJI' });
    const audit = uji.core.sqlite.prepare("SELECT aktor FROM audit_log WHERE tabel = 'unit' ORDER BY id DESC LIMIT 1").get() as { aktor: string };
    expect(audit.aktor).toBe('admin');

    const info = await handler(jendela, 'sistem.info', {});
    expect(info.result).toMatchObject({ dataDir: uji.dataDir });
    // Another window has its own (empty) session; logging out ends this one.
    expect((await handler(ipcEvent('app://bundle/index.html') as never, 'sistem.info', {})).error?.code).toBe('SESI');
    await handler(jendela, 'auth.logout', {});
    expect((await handler(jendela, 'sistem.info', {})).error?.code).toBe('SESI');
  });

  it('turns a validation error into an error envelope with the Indonesian message', async () => {
    const handler = createApiHandler(uji.core);
    const jendela = ipcEvent('app://bundle/index.html') as never;
    await handler(jendela, 'auth.login', { username: 'admin', sandi: 'rahasia-123' });
    const env = await handler(jendela, 'unit.save', { kode: '', jenis: 'kerajaan' });
    expect(env.result).toBeUndefined();
    expect(env.error?.code).toBe('VALIDASI');
    expect(env.error?.message).toMatch(/^Isian tidak sah — /);
    expect(env.error?.message).toContain('Jenis unit harus salah satu dari');
    expect(env.error?.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['jenis']));
  });

  it('never throws: unknown methods, bad method names and internal failures become envelopes', async () => {
    const handler = createApiHandler(uji.core);
    const app = ipcEvent('app://bundle/') as never;
    expect((await handler(app, 'hapus.semua', {})).error?.code).toBe('TIDAK_DIKENAL');
    expect((await handler(app, 42, {})).error).toEqual({ code: 'VALIDASI', message: 'Nama metode harus berupa teks.' });

    const rusak = { callUnknown: vi.fn().mockRejectedValue(new Error('disk I/O error at /secret/path')) };
    const galat = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const env = await createApiHandler(rusak)(app, 'sistem.info', {});
    expect(env.error?.code).toBe('INTERNAL');
    expect(env.error?.message).not.toContain('/secret/path');
    expect(galat).toHaveBeenCalled();
    galat.mockRestore();
  });

  it('registers exactly the two channels with ipcMain.handle', () => {
    registerIpc(uji.core);
    expect([...electronPalsu.ipcHandlers.keys()].sort()).toEqual(['api', 'pilih-lokasi-simpan']);
  });
});
