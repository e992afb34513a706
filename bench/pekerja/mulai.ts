import { Core } from '../../db/app';

/**
 * A cold start of the core in a fresh process, bundled like the app (bench/bundel.ts). Args: dataDir
 * tanggal appRoot. Reports milliseconds since the process started.
 */
async function main(): Promise<void> {
  const muat = performance.now();
  const [dataDir, tanggal, appRoot] = process.argv.slice(2) as [string, string, string];
  const core = Core.open({ dataDir, appRoot });
  const buka = performance.now();
  await core.call('dashboard.get', { tanggal }, 'bench');
  const dasbor = performance.now();
  process.send!({ muat, buka: buka - muat, dasbor: dasbor - buka, total: dasbor });
  await core.close();
  process.disconnect();
}

void main();
