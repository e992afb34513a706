import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL } from './app-url';

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
}

export function mainWindowOptions(opts: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Sekretariat',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: opts.devTools,
    },
  };
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(opts));
  // Shown only once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_INDEX_URL).catch((err: unknown) => console.error('[jendela] antarmuka gagal dimuat', err));
  return window;
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
