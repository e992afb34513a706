// Bundles the Electron main process and preload into CommonJS files under dist-electron/.
// Everything is inlined except what must stay a real module at run time: electron itself,
// better-sqlite3 (native, loaded through the Electron-ABI binary) and playwright-core, which main
// must never reach (PDFs go through printToPDF); the build fails if it does.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist-electron');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning',
  // CommonJS output has no import.meta; code that relies on it would break silently in the app.
  logOverride: { 'empty-import-meta': 'error' },
  metafile: true,
};

function forbid(result, name) {
  const hit = Object.keys(result.metafile.inputs).find((p) => p.includes(name));
  if (hit) throw new Error(`${name} must not be bundled into the Electron main process (pulled in by ${hit}).`);
}

rmSync(outdir, { recursive: true, force: true });

const main = await build({
  ...common,
  entryPoints: [join(root, 'electron', 'main.ts')],
  outfile: join(outdir, 'main.cjs'),
  external: ['electron', 'better-sqlite3', 'playwright-core'],
});
forbid(main, 'pdf-chromium');

// A sandboxed preload can require only 'electron' (and a few Node shims), so it is one file.
await build({
  ...common,
  entryPoints: [join(root, 'electron', 'preload.ts')],
  outfile: join(outdir, 'preload.cjs'),
  external: ['electron'],
});

console.log('dist-electron/main.cjs dan dist-electron/preload.cjs selesai dibangun.');
