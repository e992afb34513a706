import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { Core } from '../db/app';
import { AppError } from '../shared/errors';
import { resolveDataDir } from '../db/core/paths';
import { denyPermissions, guardNavigation } from './guards';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { electronPdfRenderer } from './pdf';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { showStartupError, warnBackupFailed } from './startup-error';
import { konfirmasiPemulihan, pilihFolderCadangan, windowOf } from './restore-dialog';
import { pulihkan } from '../db/cadangan/restore';
import { dataDirArg, requireNativeBinding } from './startup';
import { createMainWindow, focusWindow } from './window';

// Wiring only; every piece is a tested function in its own module.

registerAppScheme();
// Chromium draws date inputs (hari/bulan/tahun) and file pickers in its UI language, not the page's:
// on an English Windows a clerk would read 05/11/2026 as 11 May. Set before ready (Electron ≥ 11).
app.commandLine.appendSwitch('lang', 'id');
// Every renderer sandboxed, including any a future feature forgets to configure.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database is exactly what the lock prevents; the first window comes forward.
  app.quit();
} else {
  start();
}

function start(): void {
  const dataDir = resolveDataDir(dataDirArg(process.argv));
  const devTools = !app.isPackaged;
  let core: Core | null = null;
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => focusWindow(window));
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Closing is async (the PDF renderer); quit again once the database is checkpointed and closed.
    event.preventDefault();
    const closing = core;
    core = null;
    closing
      .cadanganHarian()
      .catch((err: unknown) => console.error('[keluar] cadangan harian gagal', err))
      .then(() => closing.close())
      .catch((err: unknown) => console.error('[keluar] basis data gagal ditutup', err))
      .finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    const appRoot = app.getAppPath();
    try {
      const bukaCore = () =>
        Core.open({
          dataDir,
          appRoot,
          pdf: electronPdfRenderer(),
          nativeBinding: requireNativeBinding({ isPackaged: app.isPackaged, appPath: appRoot, resourcesPath: process.resourcesPath }),
        });
      core = bukaCore();
      denyPermissions(session.defaultSession);
      handleAppProtocol(join(appRoot, 'dist', 'renderer'));
      const aktif = () => {
        if (!core) throw new AppError('KONFLIK', 'Basis data sedang dipulihkan; coba lagi sebentar.');
        return core;
      };
      // Handlers reach the core through `aktif()`, so a restore can swap in the reopened one.
      registerIpc(
        { callUnknown: async (method, input, pemanggil) => aktif().callUnknown(method, input, pemanggil) },
        {
          pilihFolder: (sender) => pilihFolderCadangan(windowOf(sender)),
          konfirmasi: (sender, folder) => konfirmasiPemulihan(windowOf(sender), folder),
          async pulihkan(folder) {
            const lama = core;
            core = null;
            await lama?.close();
            try {
              return await pulihkan(dataDir, folder, { appRoot });
            } finally {
              // Reopened whatever happened: the restore either replaced the file whole or left it as it was.
              core = bukaCore();
              window?.webContents.reload();
            }
          },
        },
      );
      installMenu(dataDir, devTools);
      window = createMainWindow({ preload: join(appRoot, 'dist-electron', 'preload.cjs'), devTools });
      window.on('closed', () => {
        window = null;
      });
      // The daily copy runs in the background; a missing USB disk must not stop the day's work.
      core.cadanganHarian().catch((err: unknown) => warnBackupFailed(window, err));
    } catch (err) {
      const opened = core;
      core = null;
      await opened?.close().catch(() => undefined);
      await showStartupError(err, dataDir);
      app.exit(1);
    }
  });
}
