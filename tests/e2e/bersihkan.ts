import { rmSync } from 'node:fs';

/** Removes the shared data folder the config made (not one the caller passed in to keep and inspect). */
export default function bersihkan(): void {
  const dir = process.env.SEKRETARIAT_E2E_DATA;
  if (dir && process.env.SEKRETARIAT_E2E_DATA_SEMENTARA === '1') rmSync(dir, { recursive: true, force: true });
}
