import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, isAppUrl } from '../../electron/app-url';
import { denyPermissions, guardNavigation, isExternalAllowed } from '../../electron/guards';
import { createMainWindow, focusWindow, mainWindowOptions } from '../../electron/window';
import { electronPalsu, FakeBrowserWindow, FakeWebContents, navigationEvent, resetPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

beforeEach(() => resetPalsu());

describe('main window', () => {
  it('uses the hardened webPreferences and the Indonesian title', () => {
    const opts = mainWindowOptions({ preload: '/app/dist-electron/preload.cjs', devTools: false });
    expect(opts.title).toBe('Sekretariat');
    expect(opts.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      devTools: false,
    });
  });

  it('creates the BrowserWindow with those options and loads the app:// index', () => {
    const window = createMainWindow({ preload: '/p.cjs', devTools: true }) as unknown as FakeBrowserWindow;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/p.cjs' });
    expect(window.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
    expect(APP_INDEX_URL).toBe('app://bundle/index.html');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    focusWindow(window as never);
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('navigation guard', () => {
  const guarded = () => {
    const wc = new FakeWebContents();
    guardNavigation(wc as never);
    return wc;
  };

  it('prevents navigating to https://evil.example and hands the link to the OS browser', () => {
    const wc = guarded();
    for (const event of ['will-navigate', 'will-redirect']) {
      const nav = navigationEvent('https://evil.example/');
      wc.emit(event, nav);
      expect(nav.preventDefault).toHaveBeenCalled();
    }
    expect(electronPalsu.shell.openExternal).toHaveBeenCalledWith('https://evil.example/');
  });

  it('lets app:// navigation through', () => {
    const wc = guarded();
    const nav = navigationEvent('app://bundle/index.html#/surat-masuk');
    wc.emit('will-navigate', nav);
    expect(nav.preventDefault).not.toHaveBeenCalled();
  });

  it('blocks file:, javascript: and other origins without opening them anywhere', () => {
    const wc = guarded();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://lain/index.html', 'smb://server/share', 'bukan url']) {
      const nav = navigationEvent(url);
      wc.emit('will-navigate', nav);
      expect(nav.preventDefault).toHaveBeenCalled();
    }
    expect(electronPalsu.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open; allowed links go to shell.openExternal instead', () => {
    const wc = guarded();
    expect(wc.windowOpenHandler!({ url: 'https://jdih.example.go.id/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'mailto:tu@example.go.id' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    expect(electronPalsu.shell.openExternal.mock.calls.map((c: unknown[]) => c[0])).toEqual([
      'https://jdih.example.go.id/',
      'mailto:tu@example.go.id',
    ]);
  });

  it('refuses <webview> attachment', () => {
    const wc = guarded();
    const ev = { preventDefault: vi.fn() };
    wc.emit('will-attach-webview', ev, {}, {});
    expect(ev.preventDefault).toHaveBeenCalled();
  });

  it('knows which URLs are ours and which may leave', () => {
    expect(isAppUrl('app://bundle/x')).toBe(true);
    expect(isAppUrl('app://bundle.evil/x')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isExternalAllowed('http://example.go.id')).toBe(true);
    expect(isExternalAllowed('ms-msdt:/id')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission request', () => {
    const setPermissionRequestHandler = vi.fn();
    denyPermissions({ setPermissionRequestHandler } as never);
    const handler = setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      handler({}, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
  });
});
