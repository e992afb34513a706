import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the fsync delay of bench/alat/fsync-lambat.c into .cache once (again when the source
 * changes) and returns the environment that loads it into a process. Null where it cannot work:
 * not Linux, or no C compiler; the line that needs it is then skipped, not guessed.
 */
export function lingkunganDiskLambat(appRoot: string, fsyncUs: number): NodeJS.ProcessEnv | null {
  if (process.platform !== 'linux') return null;
  const sumber = join(appRoot, 'bench', 'alat', 'fsync-lambat.c');
  const folder = join(appRoot, '.cache', 'bench');
  const so = join(folder, 'fsync-lambat.so');
  if (!existsSync(so) || statSync(so).mtimeMs < statSync(sumber).mtimeMs) {
    mkdirSync(folder, { recursive: true });
    const cc = spawnSync('cc', ['-shared', '-fPIC', '-O2', '-o', so, sumber, '-ldl'], { encoding: 'utf8' });
    if (cc.status !== 0) return null;
  }
  return { ...process.env, LD_PRELOAD: so, FSYNC_US: String(fsyncUs) };
}
