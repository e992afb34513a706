import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions } from 'docx';
import type { Blok, Rata, Teks } from '../../shared/naskah/isi';

/** The rich-text blocks of a naskah as Word paragraphs and tables; sizes in twips (1/1440 inch). */

export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

const RATA: Record<Rata, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  kiri: AlignmentType.LEFT,
  tengah: AlignmentType.CENTER,
  kanan: AlignmentType.RIGHT,
  penuh: AlignmentType.JUSTIFIED,
};

export function runs(t: Teks, dasar: { bold?: boolean; size?: number } = {}): TextRun[] {
  return t.flatMap((r) =>
    r.t.split(/\r?\n/).map(
      (bagian, i) =>
        new TextRun({ text: bagian, break: i > 0 ? 1 : undefined, bold: r.b || dasar.bold, italics: r.i, underline: r.u ? {} : undefined, size: dasar.size }),
    ),
  );
}

export interface OpsiBlok {
  /** No gap after a paragraph: the last block in a table cell. */
  rapat?: boolean;
  /** Half-points; tables print a little smaller than the text, as in the HTML. */
  ukuranTabel?: number;
}

export const teks = (s: string, o: Omit<IParagraphOptions, 'children' | 'text'> & { bold?: boolean } = {}) => {
  const { bold, ...p } = o;
  return new Paragraph({ ...p, children: [new TextRun({ text: s, bold })] });
};

const TANPA_GARIS = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const tanpaGaris = { top: TANPA_GARIS, bottom: TANPA_GARIS, left: TANPA_GARIS, right: TANPA_GARIS, insideHorizontal: TANPA_GARIS, insideVertical: TANPA_GARIS };
const GARIS = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
export const bergaris = { top: GARIS, bottom: GARIS, left: GARIS, right: GARIS, insideHorizontal: GARIS, insideVertical: GARIS };

/** An empty paragraph of exactly this height: the gap between blocks, and the separator Word needs between two tables. */
export const jarak = (tinggi: number) => new Paragraph({ spacing: { line: Math.max(tinggi, 20), lineRule: LineRuleType.EXACT }, children: [] });

/**
 * A fixed-width table: Word and LibreOffice honour the grid only with a fixed layout. `judul` is a
 * first row spanning every column (the title of a paraf box).
 */
export function tabel(lebar: number[], baris: (Paragraph | Table)[][][], o: { garis?: boolean; kepala?: boolean; sel?: number; judul?: Paragraph } = {}): Table {
  const padding = o.sel ?? 0;
  const margins = { top: padding / 2, bottom: padding / 2, left: padding, right: padding };
  const total = lebar.reduce((a, b) => a + b, 0);
  const judul = o.judul
    ? [new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: lebar.length, width: { size: total, type: WidthType.DXA }, margins, children: [o.judul] })] })]
    : [];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: lebar,
    borders: o.garis ? bergaris : tanpaGaris,
    rows: [
      ...judul,
      ...baris.map(
        (r, i) =>
          new TableRow({
            tableHeader: o.kepala && i === 0,
            cantSplit: true,
            children: r.map(
              (isi, k) =>
                new TableCell({ width: { size: lebar[k] ?? 0, type: WidthType.DXA }, margins, children: isi.length ? isi : [new Paragraph('')] }),
            ),
          }),
      ),
    ],
  });
}

const LABEL: Record<'angka' | 'huruf' | 'poin', (i: number) => string> = {
  angka: (i) => `${i + 1}.`,
  huruf: (i) => `${String.fromCharCode(97 + (i % 26))}.`,
  poin: () => '•',
};

/** Numbers are written out with a hanging indent, not Word numbering: the text is then the same everywhere. */
export function daftar(butir: Teks[], gaya: 'angka' | 'huruf' | 'poin', justify = true): Paragraph[] {
  const gantung = twip(7);
  return butir.map(
    (b, i) =>
      new Paragraph({
        alignment: justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        indent: { left: gantung, hanging: gantung },
        tabStops: [{ type: 'left', position: gantung }],
        spacing: { after: 40 },
        children: [new TextRun(`${LABEL[gaya](i)}\t`), ...runs(b)],
      }),
  );
}

/** `lebar` is the text width available in twips (cells nest narrower). */
export function blokDocx(b: Blok, lebar: number, o: OpsiBlok = {}): (Paragraph | Table)[] {
  switch (b.jenis) {
    case 'paragraf':
      return [new Paragraph({ alignment: RATA[b.rata ?? 'penuh'], spacing: { after: o.rapat ? 0 : 120 }, children: runs(b.isi) })];
    case 'daftar':
      return daftar(b.butir, b.gaya);
    case 'tabel': {
      const kolom = b.kepala?.length ?? Math.max(1, ...b.baris.map((r) => r.length));
      const persen = b.lebar && b.lebar.length === kolom ? b.lebar : Array.from({ length: kolom }, () => 100 / kolom);
      const total = persen.reduce((a, c) => a + c, 0);
      const lebarKolom = persen.map((p) => Math.floor((lebar * p) / total));
      const sel = (t: Teks, kepala: boolean, k: number) => [
        new Paragraph({ alignment: kepala ? AlignmentType.CENTER : RATA[b.rata?.[k] ?? 'kiri'], children: runs(t, { bold: kepala, size: o.ukuranTabel }) }),
      ];
      const baris = [...(b.kepala ? [b.kepala.map((x, k) => sel(x, true, k))] : []), ...b.baris.map((r) => r.map((c, k) => sel(c, false, k)))];
      return [tabel(lebarKolom, baris, { garis: true, kepala: Boolean(b.kepala), sel: 60 }), jarak(120)];
    }
    case 'rincian': {
      const label = twip(34);
      const titik = twip(5);
      const isi = lebar - label - titik;
      return [
        tabel(
          [label, titik, isi],
          b.baris.map((r) => [[teks(r.label)], [teks(r.label ? ':' : '', { alignment: AlignmentType.CENTER })], r.isi.flatMap((x) => blokDocx(x, isi, { ...o, rapat: true }))]),
        ),
        jarak(120),
      ];
    }
  }
}
