const ENTITAS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value printed in a template goes through here: letter data is typed by people. */
export function esc(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[&<>"']/g, (c) => ENTITAS[c]!);
}

/** As `esc`, keeping the line breaks someone typed into a perihal or catatan. */
export function escBaris(v: unknown): string {
  return esc(v).replace(/\r?\n/g, '<br>');
}

export const KOTAK_KOSONG = '☐';
export const KOTAK_CENTANG = '☑';
export const CENTANG = '✓';

export const kotak = (dipilih: boolean) => (dipilih ? KOTAK_CENTANG : KOTAK_KOSONG);

/**
 * Advance widths of Liberation Sans Regular, which has Arial's metrics, for ASCII 32–126 in
 * thousandths of an em (read from resources/fonts). Kerning is left out, so an estimate errs wide.
 */
const LEBAR_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** Any other character (é, –) counted as a wide capital; a no-break space is a space. */
const LEBAR_LAIN = 778;
const MM_PER_PT = 25.4 / 72;

/** The printed width of plain (unescaped) text in mm at `pt` points in the print font. */
export function lebarTeksMm(teks: string, pt: number): number {
  let seperseribu = 0;
  for (const c of teks) {
    const kode = c.codePointAt(0)!;
    seperseribu += kode === 0xa0 ? 278 : (LEBAR_ASCII[kode - 32] ?? LEBAR_LAIN);
  }
  return (seperseribu / 1000) * pt * MM_PER_PT;
}

/** Where a number may break, best first: after "/", after ".", after "-", before any other run of letters or digits. */
const PEMISAH = [/(?<=\/)/, /(?<=\.)/, /(?<=-)/, /(?<=[^\p{L}\p{N}])(?=[\p{L}\p{N}])/u];

/**
 * A number such as 400.9.11.3/1234/Dinsos.Kab.Sumberagung/2026, as escaped HTML for a cell
 * `lebarMm` wide at `pt` points, laid out to break after a "/" whenever it can.
 *
 * CSS cannot rank break points, and a part boxed as inline-block, once it wraps inside, takes the
 * cell's whole width and pushes the next part onto a new line even where it would fit. So the
 * choice is made here from the estimated widths: each part up to its "/" that fits the cell is a
 * `nowrap` span (class "utuh"), with a <wbr> after it; only a part too wide for the cell on its own
 * is cut the same way after its "."s (then its "-"s, then any other sign), and those pieces flow
 * inline with their neighbours. A piece still wider than the cell — a run of digits or letters
 * longer than a line — is left plain for the cell's overflow-wrap to cut, since spilling into the
 * next column would hide both.
 */
export function nomorHtml(teks: string, lebarMm: number, pt: number): string {
  const muat = (t: string) => lebarTeksMm(t, pt) <= lebarMm;
  const potong = (t: string, tingkat: number): string => {
    if (muat(t)) return `<span class="utuh">${esc(t)}</span>`;
    const pemisah = PEMISAH[tingkat];
    if (!pemisah) return esc(t);
    return t
      .split(pemisah)
      .map((b) => potong(b, tingkat + 1))
      .join('<wbr>');
  };
  return muat(teks) ? esc(teks) : potong(teks, 0);
}
