import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../../db/app';
import type { PdfRenderer } from '../../db/core/context';

export const APP_ROOT = join(import.meta.dirname, '..', '..');

export function tempDir(prefix = 'sekretariat-uji-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CoreUji {
  core: Core;
  dataDir: string;
  /** Closes the core and removes its folder. */
  selesai(): Promise<void>;
}

/** A real core on a real SQLite file in a fresh temp folder, with a fixed clock when given. */
export function bukaCoreUji(opts: { now?: string | (() => Date); pdf?: PdfRenderer; dataDir?: string } = {}): CoreUji {
  const dataDir = opts.dataDir ?? tempDir();
  const now = typeof opts.now === 'string' ? () => new Date(opts.now as string) : opts.now;
  const core = Core.open({ dataDir, appRoot: APP_ROOT, now, pdf: opts.pdf });
  return {
    core,
    dataDir,
    async selesai() {
      await core.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
