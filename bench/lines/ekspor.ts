import { join } from 'node:path';
import type { PdfPage, PdfRenderer } from '../../db/core/context';
import { chromiumPdfRenderer, findChromium } from '../../db/core/pdf-chromium';
import { barisWaktu, dilewati, type BarisBench, type HasilBaris, type KonteksBench } from '../jenis';
import { median, p95, waktu } from '../statistik';

const JUDUL_XLSX = 'Ekspor buku agenda 1 tahun → XLSX';
const JUDUL_PDF = 'Ekspor buku agenda 1 tahun → PDF';

async function barisPdf(k: KonteksBench, input: { dari: string; sampai: string }, dir: string, jumlah: number): Promise<HasilBaris> {
  const anggaran = '≤ 1,5× Chromium mentah';
  const exe = findChromium();
  if (!exe) return dilewati('ekspor-pdf', JUDUL_PDF, 'ms', anggaran, 'Chromium tidak ditemukan');
  // The HTML the export hands to Chromium is recorded, so the baseline prints exactly the same page.
  const asli = k.core.pdf;
  let rekaman: { html: string; page: PdfPage } | null = null;
  const perekam: PdfRenderer = {
    render: (html, page) => {
      rekaman = { html, page };
      return asli.render(html, page);
    },
    close: () => asli.close?.() ?? Promise.resolve(),
  };
  k.core.pdf = perekam;
  // The baseline: a browser of its own printing the recorded HTML through playwright-core's page.pdf
  // (pdf-chromium.ts is only newContext, setContent and page.pdf), with no query and no HTML building.
  const mentahPdf = chromiumPdfRenderer(exe);
  try {
    // Both browsers started and warm before timing, on a page too small to matter.
    const kecil = { width: '210mm', height: '297mm' };
    await asli.render('<p>pemanasan</p>', kecil);
    await mentahPdf.render('<p>pemanasan</p>', kecil);
    const ekspor = () => k.core.call('laporan.export', { jenis: 'agenda-masuk', format: 'pdf', path: join(dir, 'agenda.pdf'), timpa: true, ...input }, 'bench');
    const layanan: number[] = [];
    const mentah: number[] = [];
    let baris = 0;
    let ukuran = 0;
    // Alternating, so a change in machine load falls on both sides alike.
    for (let i = 0; i < (k.cepat ? 1 : 3); i++) {
      const t = performance.now();
      ({ baris, ukuran } = await ekspor());
      layanan.push(performance.now() - t);
      const r = rekaman as { html: string; page: PdfPage } | null;
      if (!r) throw new Error('Ekspor PDF tidak melalui PdfRenderer.');
      mentah.push(await waktu(() => mentahPdf.render(r.html, r.page)));
    }
    const rasio = median(layanan) / median(mentah);
    return {
      id: 'ekspor-pdf',
      judul: `${JUDUL_PDF} (${baris} baris)`,
      satuan: 'ms',
      median: median(layanan),
      p95: p95(layanan),
      sampel: layanan.length,
      baseline: { judul: 'page.pdf atas HTML yang sama', median: median(mentah), p95: p95(mentah) },
      rasio,
      anggaran,
      lulus: rasio <= 1.5 && baris === jumlah,
      galat: baris === jumlah ? undefined : `PDF memuat ${baris} baris, seharusnya ${jumlah}`,
      catatan: `${(ukuran / 2 ** 20).toFixed(1)} MB`,
    };
  } finally {
    k.core.pdf = asli;
    await mentahPdf.close?.();
  }
}

export const ekspor: BarisBench = {
  id: 'ekspor',
  judul: 'Ekspor buku agenda',
  async jalankan(k) {
    // The last full year: the book a secretariat prints at year end.
    const tahun = Number(k.sampai.slice(0, 4)) - 1;
    const input = { dari: `${tahun}-01-01`, sampai: `${tahun}-12-31` };
    const jumlah = (k.core.sqlite.prepare('SELECT count(*) AS n FROM surat_masuk WHERE tanggal_terima BETWEEN ? AND ?').get(input.dari, input.sampai) as { n: number }).n;
    const dir = k.folderKerja('ekspor');
    const xlsx = () => k.core.call('laporan.export', { jenis: 'agenda-masuk', format: 'xlsx', path: join(dir, 'agenda.xlsx'), timpa: true, ...input }, 'bench');
    let pertama;
    try {
      pertama = await xlsx();
    } catch (err) {
      if (err instanceof Error && /belum tersedia/i.test(err.message)) {
        return [
          dilewati('ekspor-xlsx', JUDUL_XLSX, 'ms', '≤ 5 dtk', err.message),
          dilewati('ekspor-pdf', JUDUL_PDF, 'ms', '≤ 1,5× Chromium mentah', err.message),
        ];
      }
      throw err;
    }
    const sampel: number[] = [];
    for (let i = 0; i < (k.cepat ? 1 : 3); i++) sampel.push(await waktu(xlsx));
    const xl = barisWaktu('ekspor-xlsx', `${JUDUL_XLSX} (${pertama.baris} baris)`, sampel, 5000, `${(pertama.ukuran / 2 ** 20).toFixed(1)} MB`);
    if (pertama.baris !== jumlah) xl.galat = `XLSX memuat ${pertama.baris} baris, seharusnya ${jumlah}`;
    return [xl, await barisPdf(k, input, dir, jumlah)];
  },
};
