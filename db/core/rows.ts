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
