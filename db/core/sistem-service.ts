import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { sistemApi } from '../../shared/api/sistem';
import { hariIni } from './context';
import type { Handlers } from './handlers';

let versi: string | null = null;
function versiAplikasi(resourcesDir: string): string {
  versi ??= (JSON.parse(readFileSync(join(resourcesDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return versi;
}

export const sistemHandlers: Handlers<typeof sistemApi> = {
  'sistem.info': (ctx) => ({
    versi: versiAplikasi(ctx.resourcesDir),
    dataDir: ctx.dataDir ?? ':memory:',
    folderEkspor: join(ctx.dataDir ?? tmpdir(), 'ekspor'),
    hariIni: hariIni(ctx),
    migrasi: (ctx.sqlite.prepare('SELECT tag FROM _migrasi ORDER BY idx').all() as { tag: string }[]).map((r) => r.tag),
  }),
};
