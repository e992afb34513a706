import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cssLengthToInches, electronPdfRenderer } from '../../electron/pdf';
import { electronPalsu, FakeBrowserWindow, resetPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

beforeEach(() => resetPalsu());

describe('CSS lengths to printToPDF inches', () => {
  it('converts the paper sizes the core uses', () => {
    expect(cssLengthToInches('215mm')).toBeCloseTo(8.4646, 4);
    expect(cssLengthToInches('330mm')).toBeCloseTo(12.9921, 4);
    expect(cssLengthToInches('21cm')).toBeCloseTo(8.2677, 4);
    expect(cssLengthToInches('8.5in')).toBe(8.5);
    expect(cssLengthToInches('72pt')).toBe(1);
    expect(cssLengthToInches('96')).toBe(1);
  });

  it('refuses what it cannot read', () => {
    expect(() => cssLengthToInches('F4')).toThrow(/Ukuran kertas tidak dikenali/);
  });
});

describe('Electron PDF renderer', () => {
  it('prints through a hidden, sandboxed, script-less window and cleans up', async () => {
    const renderer = electronPdfRenderer();
    const html = '<!doctype html><style>@page { size: 215mm 330mm }</style><p>Agenda</p>';
    const pdf = renderer.render(html, { width: '215mm', height: '330mm', footerTemplate: '<span class="pageNumber"></span>' });
    const window = FakeBrowserWindow.instances[0]!;
    const berkas = window.loadFile.mock.calls[0]![0];
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(window.options.webPreferences.preload).toBeUndefined();

    expect((await pdf).toString()).toContain('%PDF');
    expect(window.loadedHtml).toBe(html);
    const opsi = window.webContents.printToPDF.mock.calls[0]![0] as Record<string, any>;
    expect(opsi).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: '<span class="pageNumber"></span>',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(opsi.pageSize.width).toBeCloseTo(8.4646, 4);
    expect(opsi.pageSize.height).toBeCloseTo(12.9921, 4);
    expect(window.isDestroyed()).toBe(true);
    expect(existsSync(berkas)).toBe(false);

    await renderer.close!();
    expect(existsSync(dirname(berkas))).toBe(false);
  });

  it('lets the print window load only local content', async () => {
    const renderer = electronPdfRenderer();
    const pdf = renderer.render('<p>x</p>', { width: '210mm', height: '297mm' });
    const filter = electronPalsu.beforeRequest[0]!;
    const dibatalkan = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(dibatalkan('https://fonts.googleapis.com/css')).toBe(true);
    expect(dibatalkan('http://127.0.0.1:8080/')).toBe(true);
    expect(dibatalkan('file:///tmp/sekretariat-pdf-x/a.html')).toBe(false);
    expect(dibatalkan('data:font/ttf;base64,AAAA')).toBe(false);
    await pdf;
    expect(FakeBrowserWindow.instances[0]!.webContents.printToPDF.mock.calls[0]![0]).toMatchObject({ displayHeaderFooter: false });
    await renderer.close!();
  });

  it('destroys the window and removes the file when printing fails', async () => {
    const renderer = electronPdfRenderer();
    const pdf = renderer.render('<p>x</p>', { width: '210mm', height: '297mm' });
    const window = FakeBrowserWindow.instances[0]!;
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(pdf).rejects.toThrow('Printing failed');
    expect(window.isDestroyed()).toBe(true);
    await renderer.close!();
  });
});
