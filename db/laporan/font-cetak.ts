import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontCetak } from '../../shared/laporan/dokumen';

const cache = new Map<string, FontCetak>();

/** The fonts in resources/fonts as base64, read once per resources folder (about 1 MB). */
export function fontCetak(resourcesDir: string): FontCetak {
  let f = cache.get(resourcesDir);
  if (!f) {
    const b64 = (nama: string) => readFileSync(join(resourcesDir, 'fonts', nama)).toString('base64');
    f = { regular: b64('LiberationSans-Regular.ttf'), bold: b64('LiberationSans-Bold.ttf'), simbol: b64('SekretariatSimbol.ttf') };
    cache.set(resourcesDir, f);
  }
  return f;
}
