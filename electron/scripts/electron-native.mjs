// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/better_sqlite3.node.
//
// node_modules/better-sqlite3/build stays on Node's ABI (vitest, the CLI and drizzle-kit need it), so
// the rebuild happens on a copy: .cache/electron-native/app/node_modules/better-sqlite3. @electron/rebuild
// first tries a prebuilt binary, then compiles with Electron's headers; both need internet the first time.
// A stamp file skips the work when Electron, better-sqlite3, platform and arch are unchanged.
// Used by build-native.mjs (npm start, npm run dist) and before-pack.mjs (each packaged target).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NATIVE_DIR = join(ROOT, '.cache', 'electron-native');
export const NATIVE_FILE = join(NATIVE_DIR, 'better_sqlite3.node');
const STAMP_FILE = join(NATIVE_DIR, 'stamp.json');
const WORK_DIR = join(NATIVE_DIR, 'app');
const SOURCE = join(ROOT, 'node_modules', 'better-sqlite3');

const versionOf = (pkg) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;

export function installedElectronVersion() {
  return versionOf('electron');
}

export function wantedStamp({ electronVersion = installedElectronVersion(), platform = process.platform, arch = process.arch } = {}) {
  return { electronVersion, betterSqlite3: versionOf('better-sqlite3'), platform, arch };
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
  } catch {
    return null;
  }
}

export function isUpToDate(wanted) {
  const have = readStamp();
  return existsSync(NATIVE_FILE) && !!have && Object.keys(wanted).every((k) => have[k] === wanted[k]);
}

export class NativeBuildError extends Error {}

function gagal(reason, cause) {
  return new NativeBuildError(
    [
      'Gagal membangun better-sqlite3 untuk Electron. / Failed to build better-sqlite3 for Electron.',
      `Sebab / cause: ${reason}`,
      'Perlu koneksi internet (biner siap pakai atau header Electron) dan, bila tidak ada biner siap pakai, perkakas',
      'kompilasi C++ (Visual Studio Build Tools di Windows; build-essential dan python3 di Linux).',
      'Needs internet access (prebuilt binary or Electron headers) and, without a prebuilt binary, a C++ toolchain',
      '(Visual Studio Build Tools on Windows; build-essential and python3 on Linux).',
    ].join('\n'),
    { cause },
  );
}

/**
 * The trap from the engineering notes: a rebuild can silently fetch a Node-ABI prebuilt. A binary that
 * loads in plain Node is therefore wrong. Only checkable for the host platform.
 */
function assertNotNodeAbi(file, { platform, arch }) {
  if (platform !== process.platform || arch !== process.arch) return;
  let loadsInNode = false;
  try {
    execFileSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], { stdio: 'pipe' });
    loadsInNode = true;
  } catch {
    // Expected: Node refuses a module built for another NODE_MODULE_VERSION.
  }
  if (loadsInNode) throw gagal(`${file} dibangun untuk ABI Node, bukan Electron / was built for Node's ABI, not Electron's.`);
}

export async function ensureElectronNative(target = {}) {
  const wanted = wantedStamp(target);
  const label = `Electron ${wanted.electronVersion}, better-sqlite3 ${wanted.betterSqlite3}, ${wanted.platform}-${wanted.arch}`;
  if (isUpToDate(wanted)) {
    console.log(`better-sqlite3 untuk ${label} sudah ada: ${relative(ROOT, NATIVE_FILE)}`);
    return NATIVE_FILE;
  }
  console.log(`Membangun better-sqlite3 untuk ${label}…`);
  if (!existsSync(join(SOURCE, 'binding.gyp'))) throw gagal(`${SOURCE} tidak ada; jalankan dulu / run first: npm install`);

  rmSync(WORK_DIR, { recursive: true, force: true });
  const modul = join(WORK_DIR, 'node_modules', 'better-sqlite3');
  mkdirSync(modul, { recursive: true });
  writeFileSync(
    join(WORK_DIR, 'package.json'),
    JSON.stringify({ name: 'sekretariat-electron-native', private: true, dependencies: { 'better-sqlite3': wanted.betterSqlite3 } }, null, 2),
  );
  // The Node-ABI build/ is left behind so nothing of it can end up in the Electron binary.
  cpSync(SOURCE, modul, { recursive: true, filter: (src) => !(src + sep).startsWith(join(SOURCE, 'build') + sep) });

  // A `nodedir` in .npmrc (set on machines that build for Node offline) would make node-gyp compile
  // against Node's headers: a Node-ABI binary under an Electron name. Electron's headers are wanted here.
  for (const key of Object.keys(process.env)) if (/^npm_config_nodedir$/i.test(key)) delete process.env[key];

  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({
      buildPath: WORK_DIR,
      // Stops the module search at the copy, so the project's own node_modules is never rebuilt.
      projectRootPath: WORK_DIR,
      electronVersion: wanted.electronVersion,
      platform: wanted.platform,
      arch: wanted.arch,
      force: true,
      onlyModules: ['better-sqlite3'],
      mode: 'sequential',
    });
  } catch (err) {
    throw gagal(err instanceof Error ? err.message : String(err), err);
  }

  const built = join(modul, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw gagal(`${built} tidak dihasilkan / was not produced.`);
  assertNotNodeAbi(built, wanted);
  // Stamp last and binary replaced atomically: an interrupted run is redone, never half-trusted.
  rmSync(STAMP_FILE, { force: true });
  copyFileSync(built, `${NATIVE_FILE}.tmp`);
  renameSync(`${NATIVE_FILE}.tmp`, NATIVE_FILE);
  writeFileSync(STAMP_FILE, JSON.stringify(wanted, null, 2));
  console.log(`Selesai: ${relative(ROOT, NATIVE_FILE)}`);
  return NATIVE_FILE;
}
