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
 * A number such as 400.9.11.3/1234/Dinsos.Kab.Sumberagung/2026, already escaped, laid out to break
 * only after a "/": each part up to its "/" is one atomic box. A part too wide for the cell on its own
 * wraps inside after a "."; only a run of digits or letters wider than the whole cell is ever cut
 * (the table's overflow-wrap), since spilling into the next column would hide both.
 */
export function nomorHtml(html: string): string {
  if (!/[/.]/.test(html)) return html;
  return html
    .split(/(?<=\/)/)
    .map((b) => `<span class="bagian">${b.replace(/\.(?=[^/])/g, '.<wbr>')}</span>`)
    .join('<wbr>');
}
