/**
 * Turns what a person types into a safe FTS5 query: every word must match, as a prefix, in any
 * column. Punctuation inside numbers ("400.9.7/1234") splits into tokens the same way the
 * unicode61 tokenizer split the stored text, and each word becomes a quoted phrase, so FTS5
 * operators typed by accident (AND, NEAR, *, ") cannot break the query.
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((parts) => parts.length > 0);
  if (words.length === 0) return null;
  return words.map((parts) => `"${parts.join(' ')}"*`).join(' AND ');
}

/**
 * A nomor agenda as the agendaris writes it on the letter, "193" or "193/2026": the number the
 * office knows a letter by, so the buku agenda's search finds it even though it is not text.
 */
export function nomorAgendaDari(input: string): { nomor: number; tahun: number | null } | null {
  const m = /^(\d{1,7})(?:\/(\d{4}))?$/.exec(input.trim());
  return m ? { nomor: Number(m[1]), tahun: m[2] ? Number(m[2]) : null } : null;
}

/**
 * The number of an outgoing letter is not in the full-text index (migration 0005: re-indexing at
 * numbering time cost more than the numbering). A number is searched as text instead: every word
 * typed must occur in it, so "1234/107" and "400.9 2026" both find 400.9/1234/107/2026. Returns
 * LIKE patterns (escape character `\`), or null when nothing searchable was typed.
 */
export function polaNomor(input: string): string[] | null {
  const words = input.normalize('NFKC').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
