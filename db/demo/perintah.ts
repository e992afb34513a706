import { AppError } from '../../shared/errors';
import { toIsoDate } from '../../shared/format/tanggal';
import type { Core } from '../app';
import { buatDataDemo, type RingkasanDemo } from './buat-data';

/** The CLI flags of `demo generate`, spread into the CLI's parseArgs options. */
export const OPSI_DEMO = {
  scale: { type: 'string' },
  seed: { type: 'string' },
  tambah: { type: 'boolean' },
  sampai: { type: 'string' },
} as const;

export function perintahDemo(core: Core, values: { scale?: string; seed?: string; tambah?: boolean; sampai?: string }, aktor: string): RingkasanDemo {
  const skala = Number(values.scale ?? '0.01');
  if (!Number.isFinite(skala)) throw new AppError('VALIDASI', 'Skala harus berupa angka, misalnya --scale 0.01.');
  return buatDataDemo(
    { sqlite: core.sqlite, berkas: core.berkas },
    {
      skala,
      benih: values.seed,
      tambah: values.tambah,
      sampai: values.sampai ?? toIsoDate(new Date()),
      aktor,
      kemajuan: (pesan) => process.stderr.write(`${pesan}\n`),
    },
  );
}
