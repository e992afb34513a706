import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';

/** The real tools a reader of the documents would use: poppler for PDFs, LibreOffice for DOCX. */

/** Text in reading lines, whitespace folded, so a phrase split over two lines still matches. */
export function teksPdf(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function infoPdf(file: string): { halaman: number; lebarPt: number; tinggiPt: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const ukuran = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { halaman: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), lebarPt: Number(ukuran?.[1]), tinggiPt: Number(ukuran?.[2]) };
}

/** F4 is 215 × 330 mm = 609.45 × 935.43 pt; Chromium rounds the page to its own units (about 0.1 mm). */
export function harusUkuran(file: string, kertas: 'F4' | 'A4'): void {
  const [w, h] = kertas === 'F4' ? [609.45, 935.43] : [595.28, 841.89];
  const i = infoPdf(file);
  expect(Math.abs(i.lebarPt - w), `lebar ${i.lebarPt} pt`).toBeLessThan(1);
  expect(Math.abs(i.tinggiPt - h), `tinggi ${i.tinggiPt} pt`).toBeLessThan(1);
}

/** Converts DOCX files to PDF with LibreOffice in one run; returns the PDF path per input. */
export function docxKePdf(files: string[], outdir: string): Record<string, string> {
  mkdirSync(outdir, { recursive: true });
  const profil = `file://${join(outdir, '.profil-lo')}`;
  const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=${profil}`, '--convert-to', 'pdf', '--outdir', outdir, ...files], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice gagal (${r.status}): ${r.stderr}`);
  return Object.fromEntries(
    files.map((f) => {
      const pdf = join(outdir, basename(f).replace(/\.docx$/, '.pdf'));
      if (!existsSync(pdf)) throw new Error(`LibreOffice tidak menghasilkan ${pdf}: ${r.stdout} ${r.stderr}`);
      return [f, pdf];
    }),
  );
}

/** Every piece occurs, each after the one before. */
export function harusBerurutan(teks: string, potongan: string[]): void {
  let dari = 0;
  for (const p of potongan) {
    const i = teks.indexOf(p, dari);
    expect(i, `"${p}" sesudah posisi ${dari} dalam: ${teks.slice(Math.max(0, dari - 80), dari + 400)}`).toBeGreaterThanOrEqual(0);
    dari = i + p.length;
  }
}
