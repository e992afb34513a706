import { notFound } from '../../shared/errors';

/** Small helpers shared by every service. */

export function wajibAda<T>(row: T | undefined | null, what: string): T {
  if (row === undefined || row === null) throw notFound(what);
  return row;
}

/** Drops keys whose value is undefined, so a partial update only touches what was sent. */
export function tanpaUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Row values are mostly primitives; only objects (JSON columns) are compared by their text. */
export const samaNilai = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * The fields of a partial update whose value differs from the stored row: what the timeline says
 * was corrected, and whether there is anything to write at all. A field sent unchanged is not one.
 */
export function bidangBerubah<T extends Record<string, unknown>>(sebelum: Record<string, unknown>, ubah: T): Partial<T> {
  return Object.fromEntries(Object.entries(ubah).filter(([k, v]) => v !== undefined && !samaNilai(sebelum[k] ?? null, v))) as Partial<T>;
}
