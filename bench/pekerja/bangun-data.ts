import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Core } from '../../db/app';
import { buatDataDemo } from '../../db/demo/buat-data';

/** Child process of the runner: builds the cached benchmark database. Args: folder skala sampai benih. */
const [folder, skala, sampai, benih] = process.argv.slice(2) as [string, string, string, string];
const appRoot = join(import.meta.dirname, '..', '..');
const core = Core.open({ dataDir: join(folder, 'data'), appRoot });
const mulai = performance.now();
const ringkasan = buatDataDemo(
  { sqlite: core.sqlite, berkas: core.berkas },
  { skala: Number(skala), benih, sampai, aktor: 'bench', kemajuan: (p) => process.stderr.write(`  ${p}${process.stderr.isTTY ? '\r' : '\n'}`) },
);
// What the app does at every close; done here so the copies start from the state a used database is in.
await core.close();
process.stderr.write('\n');
writeFileSync(join(folder, 'selesai.json'), JSON.stringify({ ...ringkasan, detikTotal: Math.round((performance.now() - mulai) / 1000) }, null, 2));
