import { execFileSync } from 'node:child_process';
import Module, { builtinModules, createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nativeBindingPath } from '../../electron/startup';
import type { Envelope } from '../../shared/api/envelope';
import { APP_ROOT, tempDir } from '../helpers/core';
import { siapkanAppRoot } from './app-root';
import { electronPalsu, ipcEvent, resetPalsu } from './fake-electron';

const baca = (...p: string[]) => readFileSync(join(APP_ROOT, ...p), 'utf8');
const requires = (code: string) => [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();
const bawaanNode = (m: string) => m.startsWith('node:') || builtinModules.includes(m);

describe('build:electron (electron/scripts/bundle.mjs)', () => {
  let main: string;
  let preload: string;
  beforeAll(() => {
    execFileSync(process.execPath, [join(APP_ROOT, 'electron', 'scripts', 'bundle.mjs')], { cwd: APP_ROOT, stdio: 'pipe' });
    main = baca('dist-electron', 'main.cjs');
    preload = baca('dist-electron', 'preload.cjs');
  });

  it('produces dist-electron/main.cjs and preload.cjs, the files package.json and the app load', () => {
    const pkg = JSON.parse(baca('package.json'));
    expect(pkg.scripts['build:electron']).toBe('node electron/scripts/bundle.mjs');
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(main.length).toBeGreaterThan(1000);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keeps playwright-core out of the main process', () => {
    expect(main).not.toContain('playwright-core');
    expect(main).not.toContain('pdf-chromium');
  });

  it('leaves only electron and better-sqlite3 to be required at run time (electron-builder.yml ships no other package)', () => {
    expect(requires(main).filter((m) => !bawaanNode(m))).toEqual(['better-sqlite3', 'electron']);
  });

  it('gives the sandboxed preload nothing to require but electron', () => {
    expect(requires(preload)).toEqual(['electron']);
  });

  it('runs: the CommonJS bundle starts against a fake electron and answers over IPC', async () => {
    resetPalsu();
    electronPalsu.app.appPath = siapkanAppRoot();
    const dataDir = tempDir('sekretariat-bundel-');
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const asli = loader._load;
    const argvAsli = process.argv;
    loader._load = function (request, ...rest) {
      return request === 'electron' ? electronPalsu : asli.call(this, request, ...rest);
    };
    process.argv = ['Sekretariat', `--data-dir=${dataDir}`];
    try {
      createRequire(import.meta.url)(join(APP_ROOT, 'dist-electron', 'main.cjs'));
      await vi.waitFor(() => expect(electronPalsu.ipcHandlers.has('api')).toBe(true));
      const env = (await electronPalsu.ipcHandlers.get('api')!(ipcEvent('app://bundle/'), 'auth.status', {})) as Envelope<{ perluSetup: boolean }>;
      expect(env.result?.perluSetup).toBe(true);
      expect(existsSync(join(dataDir, 'sekretariat.sqlite'))).toBe(true);
      electronPalsu.app.emit('will-quit', { preventDefault: () => undefined });
      await vi.waitFor(() => expect(electronPalsu.app.quit).toHaveBeenCalled());
    } finally {
      loader._load = asli;
      process.argv = argvAsli;
      rmSync(electronPalsu.app.appPath, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('electron-builder.yml', () => {
  const yml = baca('electron-builder.yml');

  it('pins the installed Electron version, which the native build targets', () => {
    const terpasang = JSON.parse(baca('node_modules', 'electron', 'package.json')).version as string;
    expect(yml).toMatch(new RegExp(`^electronVersion: ${terpasang.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('ships the Electron-ABI binary where the packaged app looks for it, without rebuilding node_modules', () => {
    expect(yml).toMatch(/^npmRebuild: false$/m);
    expect(yml).toContain('from: .cache/electron-native/better_sqlite3.node');
    const dicari = nativeBindingPath({ isPackaged: true, appPath: '', resourcesPath: 'RES' });
    expect(yml).toContain(`to: ${dicari.slice('RES/'.length).replace(/\\/g, '/')}`);
    expect(yml).toContain('beforePack: ./electron/scripts/before-pack.mjs');
  });
});
