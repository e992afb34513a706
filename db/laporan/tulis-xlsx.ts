import ExcelJS from 'exceljs';
import { kolomLabelJumlah, type DefinisiTabel, type Kolom } from '../../shared/laporan/tabel';

/** Excel's paper codes: 14 is Folio 8½ × 13 in, the F4 sheet; 9 is A4. */
const KODE_KERTAS = { F4: 14, A4: 9 } as const;

const GARIS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function gayaKolom<T>(k: Kolom<T>): Partial<ExcelJS.Style> {
  return {
    border: GARIS,
    alignment: { vertical: 'top', wrapText: k.jenis === 'teks', horizontal: k.tengah || k.jenis === 'tanggal' ? 'center' : undefined },
    numFmt: k.jenis === 'tanggal' ? 'dd/mm/yyyy' : k.jenis === 'angka' ? '0' : undefined,
  };
}

/** `YYYY-MM-DD` as midnight UTC: exceljs turns a Date into a serial day number from its UTC value. */
const tanggalExcel = (iso: string) => new Date(`${iso}T00:00:00Z`);

function nilaiSel<T>(k: Kolom<T>, r: T, i: number): ExcelJS.CellValue {
  const v = k.nilai(r, i);
  if (v === null || v === '') return null;
  return k.jenis === 'tanggal' && typeof v === 'string' ? tanggalExcel(v) : v;
}

export interface OpsiXlsx {
  /** Lines above the header: report title, instansi, period. */
  judul: string[];
  kertas: 'F4' | 'A4';
}

/**
 * The book as a real spreadsheet: typed cells (dates, numbers), titles above a bold frozen header
 * that also repeats on every printed page, an autofilter, and the page set up like the PDF.
 * Streams to `file` row by row; returns the number of data rows.
 */
export async function tulisXlsx<T>(file: string, def: DefinisiTabel<T>, o: OpsiXlsx, baris: Iterable<T>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = 'Sekretariat';
  const n = def.kolom.length;
  const barisHeader = o.judul.length + 2;
  const ws = wb.addWorksheet(def.namaSheet, {
    views: [{ state: 'frozen', ySplit: barisHeader, xSplit: 0 }],
    pageSetup: {
      paperSize: KODE_KERTAS[o.kertas] as ExcelJS.PaperSize,
      orientation: def.orientasi === 'lanskap' ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${barisHeader}:${barisHeader}`,
      margins: { left: 0.8, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L&8${def.judul.replace(/&/g, '&&')}&R&8Halaman &P dari &N` },
  });
  ws.columns = def.kolom.map((k) => ({ width: k.lebar }));

  o.judul.forEach((teks, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = teks;
    row.getCell(1).style = { font: { bold: i === 0, size: i === 0 ? 14 : 11 }, alignment: { horizontal: 'center' } };
    ws.mergeCells(i + 1, 1, i + 1, n);
    row.commit();
  });

  const header = ws.getRow(barisHeader);
  def.kolom.forEach((k, j) => {
    const c = header.getCell(j + 1);
    c.value = k.judul;
    c.style = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } }, border: GARIS, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  });
  header.commit();

  const gaya = def.kolom.map(gayaKolom);
  // Committed rows are gone from a streaming sheet, so totals are kept while writing.
  const jumlah = def.kolom.map(() => 0);
  let i = 0;
  for (const r of baris) {
    const row = ws.getRow(barisHeader + 1 + i);
    def.kolom.forEach((k, j) => {
      const c = row.getCell(j + 1);
      c.value = nilaiSel(k, r, i);
      if (k.dijumlah && typeof c.value === 'number') jumlah[j]! += c.value;
      const fmt = k.formatAngka?.(r);
      c.style = fmt ? { ...gaya[j]!, numFmt: fmt } : gaya[j]!;
    });
    row.commit();
    i++;
  }

  const label = kolomLabelJumlah(def);
  if (i > 0 && label >= 0) {
    const row = ws.getRow(barisHeader + 1 + i);
    const pertama = barisHeader + 1;
    const terakhir = barisHeader + i;
    def.kolom.forEach((k, j) => {
      const c = row.getCell(j + 1);
      if (j === label) c.value = 'Jumlah';
      if (k.dijumlah) {
        // A live formula, with its result cached for readers that do not recalculate.
        const huruf = ws.getColumn(j + 1).letter;
        c.value = { formula: `SUM(${huruf}${pertama}:${huruf}${terakhir})`, result: jumlah[j]! };
      }
      c.style = { ...gaya[j]!, font: { bold: true } };
    });
    row.commit();
  }

  ws.autoFilter = { from: { row: barisHeader, column: 1 }, to: { row: barisHeader + Math.max(i, 1), column: n } };
  ws.commit();
  await wb.commit();
  return i;
}
