import type Database from 'better-sqlite3';
import { siap } from './siap';

const BATAS_TUNGGU_MS = 10_000;
const jeda = new Int32Array(new SharedArrayBuffer(4));

function tidur(ms: number): void {
  Atomics.wait(jeda, 0, 0, ms);
}

const sibuk = (e: unknown) => typeof e === 'object' && e !== null && 'code' in e && String((e as { code: unknown }).code).startsWith('SQLITE_BUSY');

/**
 * Runs `fn` in one BEGIN IMMEDIATE transaction, waiting politely (up to 10 s) while another process
 * holds the write lock. SQLite's own busy handler sleeps 1, 2, 5, 10 … 100 ms between tries, so when
 * several processes number letters at once the lock sits idle most of the time; trying again after a
 * fraction of a millisecond hands it over as soon as it is free. A try that failed ran nothing: the
 * lock is taken before `fn` starts, and anything `fn` did is rolled back whole.
 */
export function tulisAntre<T>(sqlite: Database.Database, fn: () => T): T {
  const tx = sqlite.transaction(fn);
  const sebelum = siap(sqlite, 'PRAGMA busy_timeout').pluck().get() as number;
  const sampai = Date.now() + BATAS_TUNGGU_MS;
  siap(sqlite, 'PRAGMA busy_timeout = 0').run();
  try {
    for (let coba = 0; ; coba++) {
      try {
        return tx.immediate();
      } catch (e) {
        if (!sibuk(e) || Date.now() > sampai) throw e;
        tidur(Math.min(0.25 * (1 + (coba % 8)), 2) + Math.random() * 0.25);
      }
    }
  } finally {
    siap(sqlite, `PRAGMA busy_timeout = ${sebelum}`).run();
  }
}
