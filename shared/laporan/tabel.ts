import { formatTanggal } from '../format/tanggal';
import { esc, escBaris, lebarTeksMm, nomorHtml } from './html';
import type { Orientasi } from './kertas';

/** `tanggal` values are `YYYY-MM-DD` strings: printed in Indonesian, written to XLSX as real dates. */
export type JenisNilai = 'teks' | 'angka' | 'tanggal';

/** One column, described once for both the printed book and the spreadsheet. */
export interface Kolom<T> {
  judul: string;
  jenis: JenisNilai;
  /** Width in spreadsheet characters; the printed table uses the same proportions. */
  lebar: number;
  nilai: (r: T, i: number) => string | number | null;
  /** Printed text when it differs from the value (a number with its sisipan suffix). */
  tampil?: (r: T) => string;
  /** Spreadsheet number format when it differs per row; the cell keeps its numeric value. */
  formatAngka?: (r: T) => string | undefined;
  /** Summed in the closing "Jumlah" row. */
  dijumlah?: boolean;
  /** Centred in print (short numbers and codes). */
  tengah?: boolean;
  /** A nomor surat or nomor agenda: printed so that a line breaks only between its parts (`nomorHtml`). */
  nomor?: boolean;
}

export interface DefinisiTabel<T> {
  judul: string;
  namaSheet: string;
  orientasi: Orientasi;
  kolom: Kolom<T>[];
  /** Printed as a full-width row each time it changes (the register of a numbers book). */
  kelompok?: (r: T) => string;
  /** A CSS class for the row, e.g. a cancelled number. */
  kelasBaris?: (r: T) => string | undefined;
  kosong: string;
  /** Extra print CSS for this report only. */
  css?: string;
}

/** The table's type size; the layout of numbers and dates is worked out for it. */
const PT_TABEL = 8;

export const CSS_TABEL = `
table.data{width:100%;border-collapse:collapse;table-layout:fixed;font-size:${PT_TABEL}pt;line-height:1.25}
table.data th,table.data td{border:.6pt solid #000;padding:.8mm 1mm;vertical-align:top;overflow-wrap:anywhere}
table.data thead{display:table-header-group}
table.data thead th{background:#e8e8e8;text-align:center;vertical-align:middle;font-weight:bold}
table.data thead tr.nomor-kolom th{font-weight:normal;font-size:7pt;padding:.3mm}
table.data tr{break-inside:avoid}
table.data td.angka{text-align:right}
table.data td.tengah,table.data td.tanggal{text-align:center}
table.data tr.kelompok td{font-weight:bold;background:#f3f3f3}
table.data tr.batal td{color:#444}
table.data tr.batal td:last-child{font-weight:bold;color:#000}
table.data tfoot td{font-weight:bold}
table.data td.kosong{text-align:center;font-style:italic;padding:3mm}
table.data .utuh{white-space:nowrap}
table.data.lanjutan{break-before:page}
`;

/** The column that carries the word "Jumlah": the one just before the first summed column (-1: no total). */
export function kolomLabelJumlah<T>(def: DefinisiTabel<T>): number {
  const pertama = def.kolom.findIndex((k) => k.dijumlah);
  return pertama < 0 ? -1 : Math.max(0, pertama - 1);
}

/** A cell's padding (1 mm each side) and its share of the .6 pt borders, plus .3 mm to spare. */
const RUANG_SEL_MM = 2.5;

/** The widest date a register prints: the longest month name after a two-digit day. */
export const TANGGAL_TERLEBAR = '30 September 2026';
const LEBAR_TANGGAL_TERLEBAR = lebarTeksMm(TANGGAL_TERLEBAR, PT_TABEL);

/**
 * "12 Januari 2026" never breaks between day and month: a column too narrow for the widest date
 * may break it before the year only, so each date reads as one or two tidy lines.
 */
function tanggalHtml(iso: string, satuBaris: boolean): string {
  const [hari, bulan, tahun] = formatTanggal(iso).split(' ');
  return `${hari}&nbsp;${bulan}${satuBaris ? '&nbsp;' : ' '}${tahun}`;
}

/** The class of a cell that shows `tampil`, or is centred, or holds a figure. */
const kelasSel = <T>(k: Kolom<T>) => (k.tampil ? (k.tengah ? 'tengah' : k.jenis) : k.tengah ? 'tengah' : k.jenis === 'angka' ? 'angka' : '');

/** The cell's class and its escaped text; `lebarMm` is the room inside the cell. */
function isiSel<T>(k: Kolom<T>, r: T, i: number, lebarMm: number): [kelas: string, html: string] {
  const v = k.nilai(r, i);
  if (k.nomor) return [`${kelasSel(k)} nomor`.trim(), nomorHtml(String((k.tampil ? k.tampil(r) : v) ?? ''), lebarMm, PT_TABEL)];
  if (k.jenis === 'tanggal' && !k.tampil) return ['tanggal', typeof v === 'string' && v ? tanggalHtml(v, LEBAR_TANGGAL_TERLEBAR <= lebarMm) : ''];
  return [kelasSel(k), k.tampil ? escBaris(k.tampil(r)) : k.tengah || k.jenis === 'angka' ? esc(v) : escBaris(v)];
}

function sel<T>(k: Kolom<T>, r: T, i: number, lebarMm: number): string {
  const [kelas, html] = isiSel(k, r, i, lebarMm);
  return `<td${kelas ? ` class="${kelas}"` : ''}>${html}</td>`;
}

/** The room inside each column's cells, in mm, for a table `lebarIsiMm` wide. */
export function lebarSelMm<T>(def: DefinisiTabel<T>, lebarIsiMm: number): number[] {
  const total = def.kolom.reduce((s, k) => s + k.lebar, 0);
  return def.kolom.map((k) => (lebarIsiMm * k.lebar) / total - RUANG_SEL_MM);
}

/**
 * Chromium paginates one very long table slowly (a 20,000-row book took minutes), but a run of
 * shorter tables quickly, so the rows are cut into tables of this many; each later one starts on a
 * new page, where its header would be printed anyway.
 */
const BARIS_PER_TABEL = 1000;

/**
 * The table, its header repeated by Chromium on every page, and the number of data rows.
 * `lebarIsiMm`: the width it is printed at (`lebarIsiTabel`), for laying out numbers and dates.
 */
export function tabelHtml<T>(def: DefinisiTabel<T>, baris: Iterable<T>, lebarIsiMm: number): { html: string; jumlah: number } {
  const total = def.kolom.reduce((s, k) => s + k.lebar, 0);
  const lebarSel = lebarSelMm(def, lebarIsiMm);
  const cols = def.kolom.map((k) => `<col style="width:${((k.lebar / total) * 100).toFixed(2)}%">`).join('');
  const head = def.kolom.map((k) => `<th>${esc(k.judul)}</th>`).join('');
  const nomor = def.kolom.map((_k, i) => `<th>${i + 1}</th>`).join('');
  const buka = (lanjutan: boolean) =>
    `<table class="data${lanjutan ? ' lanjutan' : ''}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr><tr class="nomor-kolom">${nomor}</tr></thead><tbody>`;
  const jumlahKolom = def.kolom.map(() => 0);
  const isi: string[] = [buka(false)];
  let kelompok: string | undefined;
  let i = 0;
  for (const r of baris) {
    if (i > 0 && i % BARIS_PER_TABEL === 0) isi.push('</tbody></table>', buka(true));
    const g = def.kelompok?.(r);
    if (g !== undefined && g !== kelompok) {
      isi.push(`<tr class="kelompok"><td colspan="${def.kolom.length}">${esc(g)}</td></tr>`);
      kelompok = g;
    }
    const kelas = def.kelasBaris?.(r);
    isi.push(`<tr${kelas ? ` class="${esc(kelas)}"` : ''}>${def.kolom.map((k, j) => sel(k, r, i, lebarSel[j]!)).join('')}</tr>`);
    def.kolom.forEach((k, j) => {
      const v = k.nilai(r, i);
      if (k.dijumlah && typeof v === 'number') jumlahKolom[j]! += v;
    });
    i++;
  }
  if (i === 0) isi.push(`<tr><td class="kosong" colspan="${def.kolom.length}">${esc(def.kosong)}</td></tr>`);
  isi.push('</tbody>');
  const label = kolomLabelJumlah(def);
  if (i > 0 && label >= 0) {
    isi.push(`<tfoot><tr>${def.kolom.map((k, j) => (k.dijumlah ? `<td class="angka">${jumlahKolom[j]}</td>` : `<td>${j === label ? 'Jumlah' : ''}</td>`)).join('')}</tr></tfoot>`);
  }
  isi.push('</table>');
  return { html: isi.join(''), jumlah: i };
}
