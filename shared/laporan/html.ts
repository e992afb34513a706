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
