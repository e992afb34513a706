/**
 * The verification QR: which record, its number and date, who signed, and a short hash of the
 * document's content. No NIP or other personal data beyond what is printed next to it anyway.
 */

export const AWALAN_QR = 'SKRT1:';
/** 16 hex digits (64 bits): enough that a forged letter cannot match by chance. */
export const PANJANG_HASH_QR = 16;

export interface MuatanQr {
  id: number;
  nomor: string | null;
  tanggal: string;
  penandatangan: string | null;
  hash: string;
}

export function tulisQr(m: MuatanQr): string {
  const q = new URLSearchParams({ id: String(m.id), n: m.nomor ?? '', t: m.tanggal, p: m.penandatangan ?? '', h: m.hash.slice(0, PANJANG_HASH_QR) });
  return `${AWALAN_QR}${q.toString()}`;
}

/** Null when the text is not one of ours (a scanner may add spaces or line breaks: trimmed first). */
export function bacaQr(teks: string): MuatanQr | null {
  const s = teks.trim();
  if (!s.startsWith(AWALAN_QR)) return null;
  const q = new URLSearchParams(s.slice(AWALAN_QR.length));
  const id = Number(q.get('id'));
  const tanggal = q.get('t') ?? '';
  const hash = (q.get('h') ?? '').toLowerCase();
  if (!Number.isSafeInteger(id) || id <= 0 || !/^\d{4}-\d{2}-\d{2}$/.test(tanggal) || !new RegExp(`^[0-9a-f]{${PANJANG_HASH_QR}}$`).test(hash)) return null;
  return { id, nomor: q.get('n') || null, tanggal, penandatangan: q.get('p') || null, hash };
}
