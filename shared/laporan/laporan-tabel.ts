import { dokumenHtml, footerHalaman, type Cetakan, type FontCetak } from './dokumen';
import { esc } from './html';
import { ukuranHalaman, type Orientasi } from './kertas';
import { CSS_KOP, kopHtml, type KopInstansi } from './kop';
import { teksPeriode, type Rentang } from './periode';
import { CSS_TABEL, tabelHtml, type DefinisiTabel } from './tabel';
import { CSS_TANDA_TANGAN, tandaTanganHtml, type TandaTangan } from './tanda-tangan';

export interface DataLaporanTabel<T> {
  kop: KopInstansi;
  rentang: Rentang;
  baris: Iterable<T>;
  tandaTangan: TandaTangan | null;
  /** A line under the table explaining a figure (e.g. what "lewat batas" counts). */
  catatan?: string;
}

/** The left margin leaves room to punch and bind the book. */
const MARGIN = { atas: 12, kanan: 10, bawah: 14, kiri: 20 };

/** The width a book's table is printed at on this paper: numbers and dates are laid out for it. */
export const lebarIsiTabel = (kertas: 'F4' | 'A4', orientasi: Orientasi) => ukuranHalaman(kertas, orientasi).lebarMm - MARGIN.kiri - MARGIN.kanan;

const CSS_JUDUL = `
.judul{text-align:center;font-weight:bold;font-size:12pt;margin-top:1mm}
.periode{text-align:center;font-size:10pt;margin:1mm 0 4mm}
.catatan-tabel{font-size:8pt;margin-top:2mm}
`;

/** Kop, title and period, the table, then the signature: a buku agenda, rekap or buku ekspedisi. */
export function laporanTabelHtml<T>(def: DefinisiTabel<T>, data: DataLaporanTabel<T>, kertas: 'F4' | 'A4', font: FontCetak): Cetakan {
  const halaman = ukuranHalaman(kertas, def.orientasi);
  const tabel = tabelHtml(def, data.baris, lebarIsiTabel(kertas, def.orientasi));
  const periode = teksPeriode(data.rentang);
  const isi = `${kopHtml(data.kop)}
<div class="judul">${esc(def.judul)}</div>
<div class="periode">${esc(periode)}</div>
${tabel.html}
${data.catatan ? `<div class="catatan-tabel">${esc(data.catatan)}</div>` : ''}
${data.tandaTangan ? tandaTanganHtml(data.tandaTangan) : ''}`;
  return {
    html: dokumenHtml({
      judul: `${def.judul} — ${periode}`,
      halaman,
      margin: `${MARGIN.atas}mm ${MARGIN.kanan}mm ${MARGIN.bawah}mm ${MARGIN.kiri}mm`,
      css: CSS_KOP + CSS_JUDUL + CSS_TABEL + CSS_TANDA_TANGAN + (def.css ?? ''),
      isi,
      font,
    }),
    halaman,
    footer: footerHalaman(`${def.judul} · ${periode}`, MARGIN.kiri, MARGIN.kanan),
    jumlah: tabel.jumlah,
  };
}
