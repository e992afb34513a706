// Usage: node electron/scripts/build-native.mjs [--platform win32] [--arch x64]
// Puts an Electron-ABI better-sqlite3 at .cache/electron-native/better_sqlite3.node (see electron-native.mjs).
import { parseArgs } from 'node:util';
import { ensureElectronNative, NativeBuildError } from './electron-native.mjs';

const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } } });
try {
  await ensureElectronNative({ platform: values.platform, arch: values.arch });
} catch (err) {
  console.error(`\n${err instanceof NativeBuildError ? err.message : (err?.stack ?? err)}\n`);
  process.exit(1);
}
