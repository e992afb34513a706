import { fork } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { KonteksBench } from './jenis';

/**
 * A worker script bundled the way the app is (one CommonJS file, as electron/scripts/bundle.mjs
 * builds dist-electron/main.cjs; native and browser modules stay outside), so what it measures
 * (load time, memory) is the app's and not tsx's on-the-fly compiler's. Run it with plain node.
 */
export async function bundelPekerja(k: KonteksBench, nama: string): Promise<string> {
  const keluaran = join(k.folderKerja('kode'), `${nama}.cjs`);
  await build({
    absWorkingDir: k.appRoot,
    entryPoints: [join(k.appRoot, 'bench', 'pekerja', `${nama}.ts`)],
    outfile: keluaran,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    external: ['electron', 'better-sqlite3', 'playwright-core'],
  });
  return keluaran;
}

/** Runs a bundled worker with plain node and resolves with the one message it sends. */
export function jalankanPekerja<T>(skrip: string, args: string[], appRoot: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = fork(skrip, args, { execArgv: [], cwd: appRoot, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let hasil: T | null = null;
    p.on('message', (m) => (hasil = m as T));
    p.on('exit', (code) => (hasil !== null ? resolve(hasil) : reject(new Error(`${skrip} berhenti tanpa hasil (kode ${code}).`))));
  });
}
