import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: where db/migrations, resources/ and dist/ are. */
export const APP_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
