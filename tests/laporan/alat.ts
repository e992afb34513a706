import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Text of a PDF as pdftotext lays it out (columns kept on one line). */
export function teksPdf(file: string, halaman?: number): string {
  const rentang = halaman ? ['-f', String(halaman), '-l', String(halaman)] : [];
  return execFileSync('pdftotext', ['-layout', ...rentang, file, '-'], { encoding: 'utf8' });
}

export function infoPdf(file: string): { halaman: number; lebar: number; tinggi: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const ukuran = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { halaman: Number(/Pages:\s+(\d+)/.exec(out)![1]), lebar: Number(ukuran[1]), tinggi: Number(ukuran[2]) };
}

export function jumlahGambarPdf(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}

export const adaSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * LibreOffice's own reading of the workbook, as CSV with cells "as shown" (the 9th filter token), so
 * number formats are applied; a private profile so parallel runs do not collide.
 */
export function xlsxKeCsv(file: string): string {
  const kerja = mkdtempSync(join(tmpdir(), 'soffice-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${kerja}/profil`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', kerja, file], { stdio: 'ignore', timeout: 60_000 });
    return readFileSync(join(kerja, basename(file).replace(/\.xlsx$/, '.csv')), 'utf8');
  } finally {
    rmSync(kerja, { recursive: true, force: true });
  }
}

/** Chromium rounds the page box to its device grid: within 1 pt of the paper size is the same sheet. */
export const MM_KE_PT = 72 / 25.4;

export interface KataPdf {
  teks: string;
  halaman: number;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every word of a PDF with its box in pt (`pdftotext -bbox`), page by page, top to bottom. */
export function kataPdf(file: string): KataPdf[] {
  const out = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const kata: KataPdf[] = [];
  const uraiEntitas = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  let halaman = 0;
  for (const m of out.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') halaman++;
    else kata.push({ teks: uraiEntitas(m[4]!), halaman, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) });
  }
  return kata;
}
