import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, session } from 'electron';
import type { PdfPage, PdfRenderer } from '../db/core/context';
import { AppError } from '../shared/errors';

const PER_INCI: Record<string, number> = { in: 1, mm: 25.4, cm: 2.54, pt: 72, px: 96 };

/** printToPDF takes a page size in inches; the core speaks CSS lengths ('215mm'). */
export function cssLengthToInches(length: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt|px)?\s*$/i.exec(length);
  if (!m) throw new AppError('VALIDASI', `Ukuran kertas tidak dikenali: "${length}".`);
  return Number(m[1]) / PER_INCI[(m[2] ?? 'px').toLowerCase()]!;
}

// A session of its own, so the request filter below never touches the main window.
const PDF_PARTITION = 'sekretariat-pdf';
// A whole year's buku agenda is a thousand pages; on a modest PC that takes a minute or more.
const BATAS_WAKTU_MS = 10 * 60_000;
// Printing must work offline and must not phone home: anything but local content is cancelled.
const LOKAL = /^(file|data|blob|about):/i;

/**
 * Chromium's print path inside Electron, equivalent to the CLI's playwright renderer: same flags,
 * zero margins (CSS @page decides), so the app and the tests print the same pages. The HTML goes
 * through a temp file rather than a data: URL, which Chromium caps at 2 MB (a year's agenda is more).
 * The hidden window runs no script and loads nothing from the network.
 */
export function electronPdfRenderer(): PdfRenderer {
  let folder: string | null = null;

  const siapkanFolder = (): string => {
    if (folder) return folder;
    folder = mkdtempSync(join(tmpdir(), 'sekretariat-pdf-'));
    session.fromPartition(PDF_PARTITION).webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !LOKAL.test(details.url) });
    });
    return folder;
  };

  return {
    async render(html: string, page: PdfPage): Promise<Buffer> {
      const file = join(siapkanFolder(), `${Date.now()}-${Math.random().toString(36).slice(2)}.html`);
      writeFileSync(file, html, 'utf8');
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          partition: PDF_PARTITION,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          spellcheck: false,
        },
      });
      let timer: NodeJS.Timeout | undefined;
      try {
        const habisWaktu = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new AppError('INTERNAL', 'Pembuatan PDF melewati batas waktu.')), BATAS_WAKTU_MS);
        });
        await Promise.race([window.loadFile(file), habisWaktu]);
        return await Promise.race([
          window.webContents.printToPDF({
            pageSize: { width: cssLengthToInches(page.width), height: cssLengthToInches(page.height) },
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            preferCSSPageSize: true,
            printBackground: true,
            displayHeaderFooter: Boolean(page.footerTemplate),
            headerTemplate: '<span></span>',
            footerTemplate: page.footerTemplate ?? '<span></span>',
          }),
          habisWaktu,
        ]);
      } finally {
        clearTimeout(timer);
        if (!window.isDestroyed()) window.destroy();
        rmSync(file, { force: true });
      }
    },
    async close() {
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}
