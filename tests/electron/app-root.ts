import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT, tempDir } from '../helpers/core';

/**
 * A temp folder laid out like the packaged app root (app.getAppPath()): migrations, resources,
 * package.json, a renderer, and a better-sqlite3 binary where the Electron one would be. Here it is
 * the Node-ABI one from node_modules, since the tests run on Node.
 */
export function siapkanAppRoot(opts: { native?: boolean } = {}): string {
  const root = tempDir('sekretariat-approot-');
  cpSync(join(APP_ROOT, 'db', 'migrations'), join(root, 'db', 'migrations'), { recursive: true });
  cpSync(join(APP_ROOT, 'resources'), join(root, 'resources'), { recursive: true });
  cpSync(join(APP_ROOT, 'package.json'), join(root, 'package.json'));
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Sekretariat</title>');
  if (opts.native !== false) {
    mkdirSync(join(root, '.cache', 'electron-native'), { recursive: true });
    cpSync(
      join(APP_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
      join(root, '.cache', 'electron-native', 'better_sqlite3.node'),
    );
  }
  return root;
}
