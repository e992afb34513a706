import { parseArgs } from 'node:util';
import { jalankanBench } from '../bench/runner';
import { APP_ROOT } from './root';

/**
 * `npm run bench [-- --scale N] [--quick] [--only a,b]`: measures every line on archive-scale data
 * and prints the table (also written to bench/results/latest.json). --quick is the CI smoke: small
 * scale, few rounds, correctness judged but not times.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { scale: { type: 'string' }, quick: { type: 'boolean' }, only: { type: 'string' } },
});
const cepat = Boolean(values.quick);
const skala = Number(values.scale ?? (cepat ? '0.02' : '1'));
if (!(skala > 0)) {
  process.stderr.write('Skala harus angka lebih dari 0, misalnya --scale 1.\n');
  process.exit(2);
}
process.exitCode = await jalankanBench({ appRoot: APP_ROOT, skala, cepat, hanya: values.only ? values.only.split(',') : null });
