import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';

/** `--data-dir X` or `--data-dir=X`; Chromium's own switches in argv are ignored. */
export function dataDirArg(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({
    args: argv.slice(1),
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const v = values['data-dir'];
  return typeof v === 'string' && v ? v : undefined;
}

export interface AppLocation {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}

/**
 * better-sqlite3 built for Electron's ABI, kept apart from node_modules (which stays on Node's ABI
 * for the CLI and tests): electron/scripts/build-native.mjs writes it, electron-builder.yml ships it.
 */
export function nativeBindingPath(loc: AppLocation): string {
  return loc.isPackaged
    ? join(loc.resourcesPath, 'native', 'better_sqlite3.node')
    : join(loc.appPath, '.cache', 'electron-native', 'better_sqlite3.node');
}

export function requireNativeBinding(loc: AppLocation): string {
  const file = nativeBindingPath(loc);
  if (existsSync(file)) return file;
  throw new AppError(
    'TIDAK_DITEMUKAN',
    loc.isPackaged
      ? `Instalasi tidak lengkap: modul basis data tidak ditemukan (${file}). Pasang ulang aplikasi.`
      : `Modul basis data untuk Electron belum dibangun (${file}). Jalankan: node electron/scripts/build-native.mjs`,
  );
}
