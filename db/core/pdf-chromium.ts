import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from '../../shared/errors';
import type { PdfRenderer } from './context';

/** Where a Chromium-family browser usually lives; SEKRETARIAT_CHROMIUM overrides. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string | null {
  const env = process.env.SEKRETARIAT_CHROMIUM;
  if (env) return env;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags that keep a headless Chromium off the network and working as root in CI. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/**
 * Print-to-PDF through the system Chromium, the same engine as Electron's printToPDF, so the CLI and
 * the tests produce the pages the app produces. One browser is reused for a batch of documents.
 */
export function chromiumPdfRenderer(executablePath = findChromium()): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  return {
    async render(html, page) {
      if (!executablePath) {
        throw new AppError('DITOLAK', 'Chromium/Edge/Chrome tidak ditemukan untuk membuat PDF. Atur SEKRETARIAT_CHROMIUM ke lokasi peramban.');
      }
      browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
      const context = await (await browser).newContext({ offline: true });
      try {
        const p = await context.newPage();
        await p.setContent(html, { waitUntil: 'load' });
        return await p.pdf({
          width: page.width,
          height: page.height,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: Boolean(page.footerTemplate),
          headerTemplate: '<span></span>',
          footerTemplate: page.footerTemplate ?? '<span></span>',
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
