import { readFileSync } from 'node:fs';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (the binary cannot be downloaded here): it records what the
 * adapter registers (IPC handlers, protocol handlers, window options, event listeners) so tests can
 * drive those registrations directly. Use with:
 *   vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);
 */

type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((fn) => fn(...args));
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: Listener | null = null;
  setWindowOpenHandler(fn: Listener) {
    this.windowOpenHandler = fn;
  }
  printToPDF = vi.fn(async (_opts: unknown) => Buffer.from('%PDF-1.7 palsu'));
}

/** A navigation event as Electron passes it: `url` on the event, preventDefault recorded. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn((_wc: unknown): FakeBrowserWindow | null => null);
  readonly webContents = new FakeWebContents();
  destroyed = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  /** What loadFile found in the file at that moment (the PDF renderer deletes it afterwards). */
  loadedHtml: string | null = null;
  loadFile = vi.fn(async (file: string) => {
    this.loadedHtml = readFileSync(file, 'utf8');
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

class FakeApp extends FakeEmitter {
  appPath = '/tidak-diatur';
  isPackaged = false;
  singleInstance = true;
  requestSingleInstanceLock = vi.fn(() => this.singleInstance);
  enableSandbox = vi.fn();
  commandLine = { appendSwitch: vi.fn() };
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(async () => undefined);
  getAppPath = () => this.appPath;
  getPath = vi.fn((name: string) => `/home/uji/${name}`);
  getVersion = () => '0.0.0-uji';
}

function buatPalsu() {
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (req: Request) => Promise<Response>>();
  const exposed = new Map<string, unknown>();
  const beforeRequest: Listener[] = [];
  return {
    ipcHandlers,
    protocolHandlers,
    exposed,
    beforeRequest,
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, fn: Listener) => void ipcHandlers.set(channel, fn)) },
    ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined) },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => void exposed.set(key, api)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, fn: (req: Request) => Promise<Response>) => void protocolHandlers.set(scheme, fn)),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn() },
      fromPartition: vi.fn(() => ({ webRequest: { onBeforeRequest: vi.fn((fn: Listener) => void beforeRequest.push(fn)) } })),
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    dialog: {
      showMessageBox: vi.fn(async (_opts: unknown) => ({ response: 1, checkboxChecked: false })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
  };
}

/** The module object handed to vi.mock. */
export const electronPalsu = buatPalsu();
export type ElectronPalsu = typeof electronPalsu;

/** Clears what the previous test recorded; the objects themselves stay (modules hold references). */
export function resetPalsu(palsu: ElectronPalsu = electronPalsu): void {
  vi.clearAllMocks();
  palsu.ipcHandlers.clear();
  palsu.protocolHandlers.clear();
  palsu.exposed.clear();
  palsu.beforeRequest.length = 0;
  palsu.app.listeners.clear();
  palsu.app.singleInstance = true;
  palsu.app.isPackaged = false;
  palsu.BrowserWindow.instances.length = 0;
}

/** An IPC event as main sees it, coming from a frame at `url` (null: the frame is gone). */
export function ipcEvent(url: string | null) {
  return { senderFrame: url === null ? null : { url }, sender: new FakeWebContents() };
}
