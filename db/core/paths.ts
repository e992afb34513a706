import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one default data folder, shared by the app, the CLI and the preview server, so all three
 * open the same database unless told otherwise (--data-dir or SEKRETARIAT_DATA_DIR).
 */
export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Sekretariat');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Sekretariat');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'sekretariat');
}

export function resolveDataDir(flag?: string | null): string {
  return flag || process.env.SEKRETARIAT_DATA_DIR || defaultDataDir();
}
