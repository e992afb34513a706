import { join } from 'node:path';
import { Core } from '../../db/app';
import { chromiumPdfRenderer } from '../../db/core/pdf-chromium';
import { kueriPencarian } from '../kueri-pencarian';

/**
 * The core's own process doing a day's heavy work on the archive: dashboard, agenda pages, searches,
 * and the year's agenda book to XLSX and PDF (the PDF's bytes come back into this process, as
 * printToPDF's do in the app). Bundled like the app. Args: dataDir tanggal appRoot folderEkspor.
 * Reports the peak resident memory in MB.
 */
async function main(): Promise<void> {
  const [dataDir, tanggal, appRoot, folder] = process.argv.slice(2) as [string, string, string, string];
  const core = Core.open({ dataDir, appRoot, pdf: chromiumPdfRenderer() });
  const tahun = Number(tanggal.slice(0, 4));
  const rentang = { dari: `${tahun - 1}-01-01`, sampai: `${tahun - 1}-12-31` };
  for (let i = 0; i < 5; i++) await core.call('dashboard.get', { tanggal }, 'bench');
  for (const s of [{}, { tahun }, { tahun: tahun - 1, offset: 10_000 }, { urgensi: 'segera' as const, offset: 20_000 }, { q: 'undangan', offset: 5_000 }]) {
    await core.call('suratMasuk.list', { limit: 50, ...s }, 'bench');
  }
  for (const q of kueriPencarian(core.sqlite)) await core.call('suratMasuk.search', { q, limit: 50 }, 'bench');
  await core.call('laporan.export', { jenis: 'agenda-masuk', format: 'xlsx', path: join(folder, 'agenda.xlsx'), timpa: true, ...rentang }, 'bench');
  await core.call('laporan.export', { jenis: 'agenda-masuk', format: 'pdf', path: join(folder, 'agenda.pdf'), timpa: true, ...rentang }, 'bench');
  process.send!({ mb: process.resourceUsage().maxRSS / 1024 });
  await core.close();
  process.disconnect();
}

void main();
