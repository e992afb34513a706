import { writeFileSync } from 'node:fs';
import type { HasilEkspor, Kertas, laporanApi } from '../../shared/api/laporan';
import type { ParsedOf } from '../../shared/api/contract';
import { invalid } from '../../shared/errors';
import { AGENDA_KELUAR } from '../../shared/laporan/agenda-keluar';
import { AGENDA_MASUK } from '../../shared/laporan/agenda-masuk';
import type { Cetakan } from '../../shared/laporan/dokumen';
import { EKSPEDISI } from '../../shared/laporan/ekspedisi';
import { namaInstansi } from '../../shared/laporan/kop';
import { laporanTabelHtml } from '../../shared/laporan/laporan-tabel';
import { lembarDisposisiHtml } from '../../shared/laporan/lembar-disposisi';
import { rentangLaporan, teksPeriode, type Rentang } from '../../shared/laporan/periode';
import { catatanRekap, REKAP_DISPOSISI } from '../../shared/laporan/rekap-disposisi';
import type { DefinisiTabel } from '../../shared/laporan/tabel';
import { hariIni, type Ctx } from '../core/context';
import { periksaTujuan, tulisAtomik } from './berkas-tujuan';
import { fontCetak } from './font-cetak';
import { kopInstansi } from './kop';
import { tandaTanganBuku } from './penandatangan';
import { barisAgendaKeluar, barisAgendaMasuk } from './sumber-agenda';
import { barisRekapDisposisi, dataLembarDisposisi } from './sumber-disposisi';
import { barisEkspedisi } from './sumber-ekspedisi';
import { tulisXlsx } from './tulis-xlsx';

type InputEkspor = ParsedOf<(typeof laporanApi)['laporan.export']>;

interface SumberTabel<T> {
  def: DefinisiTabel<T>;
  /** Opened only when the writer is ready to consume every row without waiting. */
  baris: (ctx: Ctx, r: Rentang) => Iterable<T>;
  catatan?: string;
}

function kertasBuku(kertas: Kertas | undefined): 'F4' | 'A4' {
  if (kertas === undefined || kertas === 'F4' || kertas === 'A4') return kertas ?? 'F4';
  throw invalid(`Kertas ${kertas} hanya untuk lembar disposisi; buku dan rekap dicetak pada F4 atau A4.`, [{ path: 'kertas', message: 'Pilih F4 atau A4.' }]);
}

function kertasLembar(kertas: Kertas | undefined): 'setengah-F4' | 'A5' {
  if (kertas === undefined || kertas === 'setengah-F4' || kertas === 'A5') return kertas ?? 'setengah-F4';
  throw invalid(`Lembar disposisi dicetak pada kertas setengah-F4 atau A5, bukan ${kertas}.`, [{ path: 'kertas', message: 'Pilih setengah-F4 atau A5.' }]);
}

async function tulisPdf(ctx: Ctx, target: string, c: Cetakan): Promise<HasilEkspor> {
  const pdf = await ctx.pdf.render(c.html, { width: `${c.halaman.lebarMm}mm`, height: `${c.halaman.tinggiMm}mm`, footerTemplate: c.footer });
  const berkas = await tulisAtomik(target, async (tmp) => writeFileSync(tmp, pdf));
  return { path: target, format: 'pdf', baris: c.jumlah, ...berkas };
}

async function eksporTabel<T>(ctx: Ctx, input: InputEkspor, target: string, s: SumberTabel<T>): Promise<HasilEkspor> {
  const kertas = kertasBuku(input.kertas);
  const rentang = rentangLaporan(input, hariIni(ctx));
  const kop = kopInstansi(ctx);
  if (input.format === 'xlsx') {
    let baris = 0;
    const judul = [s.def.judul, namaInstansi(kop), teksPeriode(rentang)];
    const berkas = await tulisAtomik(target, async (tmp) => {
      baris = await tulisXlsx(tmp, s.def, { judul, kertas }, s.baris(ctx, rentang));
    });
    return { path: target, format: 'xlsx', baris, ...berkas };
  }
  const tandaTangan = tandaTanganBuku(ctx, kop, input.mengetahui);
  const cetakan = laporanTabelHtml(s.def, { kop, rentang, tandaTangan, catatan: s.catatan, baris: s.baris(ctx, rentang) }, kertas, fontCetak(ctx.resourcesDir));
  return tulisPdf(ctx, target, cetakan);
}

async function eksporLembar(ctx: Ctx, input: InputEkspor, target: string): Promise<HasilEkspor> {
  if (input.suratMasukId === undefined) throw invalid('Lembar disposisi memerlukan suratMasukId.', [{ path: 'suratMasukId', message: 'Pilih surat masuknya.' }]);
  const kertas = kertasLembar(input.kertas);
  const data = { kop: kopInstansi(ctx), ...dataLembarDisposisi(ctx, input.suratMasukId) };
  return tulisPdf(ctx, target, lembarDisposisiHtml(data, kertas, fontCetak(ctx.resourcesDir)));
}

/** `laporan.export`: every register and the lembar disposisi, as print-ready PDF or a real spreadsheet. */
export async function eksporLaporan(ctx: Ctx, input: InputEkspor): Promise<HasilEkspor> {
  const target = periksaTujuan(ctx, input.path, input.format, input.timpa);
  switch (input.jenis) {
    case 'lembar-disposisi':
      return eksporLembar(ctx, input, target);
    case 'agenda-masuk':
      return eksporTabel(ctx, input, target, { def: AGENDA_MASUK, baris: barisAgendaMasuk });
    case 'agenda-keluar':
      return eksporTabel(ctx, input, target, { def: AGENDA_KELUAR, baris: barisAgendaKeluar });
    case 'rekap-disposisi':
      return eksporTabel(ctx, input, target, { def: REKAP_DISPOSISI, baris: barisRekapDisposisi, catatan: catatanRekap(hariIni(ctx)) });
    case 'ekspedisi':
      return eksporTabel(ctx, input, target, { def: EKSPEDISI, baris: barisEkspedisi });
  }
}
