import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../db/app';
import { resolveDataDir } from '../db/core/paths';
import { chromiumPdfRenderer } from '../db/core/pdf-chromium';
import { startBridge } from './http-bridge';
import { APP_ROOT } from './root';

/** Browser preview: the real core and the built UI on http://127.0.0.1:<port>. */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});
const dataDir = resolveDataDir(values['data-dir']);
const core = Core.open({ dataDir, appRoot: APP_ROOT, pdf: chromiumPdfRenderer() });
const bridge = await startBridge({
  core,
  staticDir: join(APP_ROOT, 'dist', 'renderer'),
  port: values.port ? Number(values.port) : 5183,
});
process.stdout.write(`${JSON.stringify({ url: bridge.url, dataDir })}\n`);

const stop = async () => {
  await bridge.close();
  await core.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
