import { appendFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import { bukaCoreUji, tempDir } from '../helpers/core';
import { siapkanAppRoot } from './app-root';
import { ipcEvent, resetPalsu, type ElectronPalsu, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

/**
 * electron/main.ts wires everything at import time, so each test imports it afresh (resetModules)
 * against a fake app whose getAppPath() is a temp copy of what the package ships.
 */

let appRoot: string;
let dataDir: string;
const argvAsli = process.argv;

async function jalankanMain(setup: (e: ElectronPalsu) => void = () => undefined): Promise<ElectronPalsu> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronPalsu;
  resetPalsu(electron);
  electron.app.appPath = appRoot;
  setup(electron);
  process.argv = ['electron', '.', '--data-dir', dataDir];
  await import('../../electron/main');
  return electron;
}

beforeEach(() => {
  dataDir = join(tempDir('sekretariat-data-'), 'data');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  process.argv = argvAsli;
  vi.restoreAllMocks();
  rmSync(appRoot, { recursive: true, force: true });
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
});

describe('electron/main wiring', () => {
  it('opens the core in --data-dir, serves app://, registers IPC and opens the hardened window', async () => {
    appRoot = siapkanAppRoot();
    const e = await jalankanMain();
    await vi.waitFor(() => expect(e.BrowserWindow.instances).toHaveLength(1));
    const window = e.BrowserWindow.instances[0] as FakeBrowserWindow;

    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(e.app.enableSandbox).toHaveBeenCalled();
    expect(e.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'id');
    expect(e.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(appRoot, 'dist-electron', 'preload.cjs'),
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(e.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(e.Menu.setApplicationMenu).toHaveBeenCalled();

    const index = await e.protocolHandlers.get('app')!(new Request('app://bundle/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");

    const api = e.ipcHandlers.get('api')!;
    const jendela = ipcEvent('app://bundle/index.html');
    await api(jendela, 'auth.setupAdmin', { username: 'admin', nama: 'Admin', sandi: 'rahasia-123' });
    const info = (await api(jendela, 'sistem.info', {})) as Envelope<{ dataDir: string }>;
    expect(info.error).toBeUndefined();
    expect(info.result?.dataDir).toBe(dataDir);
    expect(existsSync(join(dataDir, 'sekretariat.sqlite'))).toBe(true);
    // The day's backup is taken in the background at start.
    await vi.waitFor(() => expect(readdirSync(join(dataDir, 'cadangan')).some((n) => n.startsWith('sekretariat-harian-'))).toBe(true), { timeout: 20_000 });
    expect(((await api(ipcEvent('https://evil.example/'), 'sistem.info', {})) as Envelope).error?.code).toBe('DITOLAK');

    // Every webContents (including ones created later) gets the navigation guard.
    const nav = { url: 'https://evil.example/', preventDefault: vi.fn() };
    e.app.emit('web-contents-created', {}, window.webContents);
    window.webContents.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();

    // Second launch: the first window comes forward.
    e.app.emit('second-instance');
    expect(window.focus).toHaveBeenCalled();

    // Quit waits for the database to close, then quits for real.
    const quit = { preventDefault: vi.fn() };
    e.app.emit('will-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(e.app.quit).toHaveBeenCalled());
    const lagi = { preventDefault: vi.fn() };
    e.app.emit('will-quit', lagi);
    expect(lagi.preventDefault).not.toHaveBeenCalled();
    expect(((await api(ipcEvent('app://bundle/'), 'sistem.info', {})) as Envelope).error).toBeDefined();
  });

  it('quits at once when another instance holds the lock', async () => {
    appRoot = siapkanAppRoot();
    const e = await jalankanMain((el) => {
      el.app.singleInstance = false;
    });
    expect(e.app.quit).toHaveBeenCalled();
    expect(e.app.whenReady).not.toHaveBeenCalled();
    expect(e.ipcHandlers.size).toBe(0);
  });

  it('shows the startup error and exits when the Electron better-sqlite3 is missing', async () => {
    appRoot = siapkanAppRoot({ native: false });
    const e = await jalankanMain();
    await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalledWith(1));
    const opsi = e.dialog.showMessageBox.mock.calls[0]![0] as { detail: string; buttons: string[] };
    expect(opsi.buttons).toEqual(['Buka folder data', 'Tutup']);
    expect(opsi.detail).toContain('build-native.mjs');
    expect(e.BrowserWindow.instances).toHaveLength(0);
    expect(e.ipcHandlers.size).toBe(0);
  });

  it('on a migration failure shows the error, exits, and leaves the data as it was', async () => {
    appRoot = siapkanAppRoot();
    const awal = bukaCoreUji({ dataDir });
    awal.core.call('unit.save', { kode: 'TETAP', nama: 'Unit yang harus selamat', jenis: 'bidang' }, 'uji');
    await awal.selesai();
    // A shipped migration edited after release: the migrator must refuse, not "repair".
    appendFileSync(join(appRoot, 'db', 'migrations', '0000_awal.sql'), '\n-- diubah sesudah terbit\n');

    const e = await jalankanMain((el) => {
      el.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    });
    await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalledWith(1));
    const opsi = e.dialog.showMessageBox.mock.calls[0]![0] as { message: string; detail: string };
    expect(opsi.message).toBe('Sekretariat tidak dapat dibuka.');
    expect(opsi.detail).toContain('Berkas migrasi 0000_awal berubah sesudah diterapkan');
    expect(e.shell.openPath).toHaveBeenCalledWith(dataDir);
    expect(e.BrowserWindow.instances).toHaveLength(0);

    const sesudah = bukaCoreUji({ dataDir });
    try {
      const unit = sesudah.core.sqlite.prepare("SELECT nama FROM unit WHERE kode = 'TETAP'").get() as { nama: string } | undefined;
      expect(unit?.nama).toBe('Unit yang harus selamat');
    } finally {
      await sesudah.selesai();
    }
  });
});
