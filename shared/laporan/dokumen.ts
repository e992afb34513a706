import { esc } from './html';
import type { Halaman } from './kertas';

/** The embedded fonts as base64; the caller reads the files (shared code has no file access). */
export interface FontCetak {
  regular: string;
  bold: string;
  /** ☐ ☑ ✓, which neither Arial nor Liberation Sans has. */
  simbol: string;
}

/** Arial where installed, else the embedded Liberation Sans: same metrics, so the same line breaks. */
export const KELUARGA_FONT = `Arial, "Liberation Sans", "Sekretariat Simbol", sans-serif`;

function fontFaceCss(f: FontCetak): string {
  const face = (keluarga: string, b64: string, tebal: string) =>
    `@font-face{font-family:"${keluarga}";src:url(data:font/ttf;base64,${b64}) format("truetype");font-weight:${tebal};font-style:normal}`;
  return face('Liberation Sans', f.regular, '400') + face('Liberation Sans', f.bold, '700') + face('Sekretariat Simbol', f.simbol, '100 900');
}

/** A page-ready document: the HTML, its sheet, the footer Chromium prints on every page, the data rows. */
export interface Cetakan {
  html: string;
  halaman: Halaman;
  footer?: string;
  jumlah: number;
}

export interface Dokumen {
  judul: string;
  halaman: Halaman;
  /** CSS margin shorthand of the page box, e.g. `12mm 10mm 15mm 20mm`. */
  margin: string;
  css: string;
  isi: string;
  font: FontCetak;
}

export function dokumenHtml(d: Dokumen): string {
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${esc(d.judul)}</title><style>
${fontFaceCss(d.font)}
@page{size:${d.halaman.lebarMm}mm ${d.halaman.tinggiMm}mm;margin:${d.margin}}
html{font-family:${KELUARGA_FONT};color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
${d.css}
</style></head><body>${d.isi}</body></html>`;
}

/**
 * Chromium's footer template. It is printed outside the page's DOM, so it cannot use the embedded
 * fonts or the page CSS: everything is inline, and the size must be set (the default is tiny).
 */
export function footerHalaman(keterangan: string, kiriMm: number, kananMm: number): string {
  return `<div style="width:100%;box-sizing:border-box;padding:0 ${kananMm}mm 0 ${kiriMm}mm;font-family:Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#000;display:flex;justify-content:space-between"><span>${esc(keterangan)}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`;
}
