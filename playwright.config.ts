import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built renderer against the real core through the browser preview
 * (bin/web.ts), in the system Chromium: nothing is downloaded. `npm test` builds the renderer first.
 */
// A port of its own per run (kept for the workers through the variable), so a preview or another
// test run on the same machine cannot collide with it.
process.env.SEKRETARIAT_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const PORT = Number(process.env.SEKRETARIAT_E2E_PORT);

// Workers load this file again; the variable hands them the one fresh folder the main process made.
if (!process.env.SEKRETARIAT_E2E_DATA) {
  process.env.SEKRETARIAT_E2E_DATA = mkdtempSync(join(tmpdir(), 'sekretariat-e2e-'));
  process.env.SEKRETARIAT_E2E_DATA_SEMENTARA = '1';
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  globalTeardown: './tests/e2e/bersihkan.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.SEKRETARIAT_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx tsx bin/web.ts --data-dir "${process.env.SEKRETARIAT_E2E_DATA}" --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
