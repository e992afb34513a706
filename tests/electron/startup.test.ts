import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/menu';
import { pesanGalatMulai, showStartupError } from '../../electron/startup-error';
import { dataDirArg, nativeBindingPath, requireNativeBinding } from '../../electron/startup';
import { MigrationError } from '../../db/core/migrator';
import { AppError } from '../../shared/errors';
import { tempDir } from '../helpers/core';
import { electronPalsu, resetPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

beforeEach(() => resetPalsu());
afterEach(() => vi.restoreAllMocks());

describe('command line', () => {
  it('reads --data-dir in both spellings among Chromium switches', () => {
    expect(dataDirArg(['electron', '.', '--data-dir', '/d/satu'])).toBe('/d/satu');
    expect(dataDirArg(['Sekretariat.exe', '--no-sandbox', '--data-dir=D:\\Arsip'])).toBe('D:\\Arsip');
    expect(dataDirArg(['Sekretariat.exe', '--enable-logging'])).toBeUndefined();
  });
});

describe('native binding location', () => {
  it('uses .cache in development and resources/native when packaged', () => {
    expect(nativeBindingPath({ isPackaged: false, appPath: '/repo', resourcesPath: '/x' })).toBe(join('/repo', '.cache', 'electron-native', 'better_sqlite3.node'));
    expect(nativeBindingPath({ isPackaged: true, appPath: '/x/app.asar', resourcesPath: '/opt/Sekretariat/resources' })).toBe(
      join('/opt/Sekretariat/resources', 'native', 'better_sqlite3.node'),
    );
  });

  it('says in Indonesian how to build it when it is missing', () => {
    const dir = tempDir();
    try {
      expect(() => requireNativeBinding({ isPackaged: false, appPath: dir, resourcesPath: dir })).toThrow(/belum dibangun.*build-native\.mjs/);
      expect(() => requireNativeBinding({ isPackaged: true, appPath: dir, resourcesPath: dir })).toThrow(/Pasang ulang aplikasi/);
      mkdirSync(join(dir, '.cache', 'electron-native'), { recursive: true });
      writeFileSync(join(dir, '.cache', 'electron-native', 'better_sqlite3.node'), '');
      expect(requireNativeBinding({ isPackaged: false, appPath: dir, resourcesPath: dir })).toContain('better_sqlite3.node');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('startup error dialog', () => {
  it('puts the Indonesian message first and the technical one underneath', () => {
    const migrasi = pesanGalatMulai(new MigrationError('Berkas migrasi 0000_awal berubah sesudah diterapkan.'), '/data');
    expect(migrasi.message).toBe('Sekretariat tidak dapat dibuka.');
    expect(migrasi.detail).toContain('Berkas migrasi 0000_awal berubah sesudah diterapkan.');
    expect(migrasi.detail).toContain('Tidak ada data yang dihapus atau diubah.');
    expect(migrasi.detail).toContain('Folder data: /data');

    const app = pesanGalatMulai(new AppError('TIDAK_DITEMUKAN', 'Modul basis data tidak ditemukan.'), '/data');
    expect(app.detail.split('\n')[0]).toBe('Modul basis data tidak ditemukan.');
    expect(app.detail).not.toContain('Rincian teknis');
  });

  it('offers "Buka folder data" and "Tutup", and opens the folder only when asked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electronPalsu.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await showStartupError(new Error('x'), '/data/sekretariat');
    const opsi = electronPalsu.dialog.showMessageBox.mock.calls[0]![0] as Record<string, unknown>;
    expect(opsi).toMatchObject({ type: 'error', buttons: ['Buka folder data', 'Tutup'], cancelId: 1 });
    expect(electronPalsu.shell.openPath).toHaveBeenCalledWith('/data/sekretariat');

    electronPalsu.shell.openPath.mockClear();
    electronPalsu.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await showStartupError(new Error('x'), '/data/sekretariat');
    expect(electronPalsu.shell.openPath).not.toHaveBeenCalled();
  });
});

describe('menu', () => {
  const labels = (devTools: boolean) =>
    menuTemplate('/data', devTools).flatMap((m) => [m.label, ...(m.submenu as { label?: string }[]).map((i) => i.label)]).filter(Boolean);

  it('is in Indonesian and offers developer tools only in development', () => {
    expect(labels(false)).toEqual(expect.arrayContaining(['Berkas', 'Buka folder data', 'Keluar', 'Sunting', 'Salin', 'Tempel', 'Tampilan', 'Bantuan']));
    expect(labels(false)).not.toContain('Alat pengembang');
    expect(labels(true)).toContain('Alat pengembang');
  });
});
