import type Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from './open';
import { siap } from './siap';

const jeda = new Int32Array(new SharedArrayBuffer(4));

function tidur(ms: number): void {
  Atomics.wait(jeda, 0, 0, ms);
}

const sibuk = (e: unknown) => typeof e === 'object' && e !== null && 'code' in e && String((e as { code: unknown }).code).startsWith('SQLITE_BUSY');

const jalankan = new WeakMap<Database.Database, Database.Transaction<(fn: () => unknown) => unknown>>();

/** One transaction wrapper per connection: building it per call was measurable inside the lock. */
function transaksi(sqlite: Database.Database) {
  let tx = jalankan.get(sqlite);
  if (!tx) jalankan.set(sqlite, (tx = sqlite.transaction((fn: () => unknown) => fn())));
  return tx;
}

/**
 * Runs `fn` in one BEGIN IMMEDIATE transaction, waiting (up to 10 s) while another process holds
 * the write lock. The wait starts at about 1 ms and doubles to 8 ms, with jitter. Measured with four
 * processes numbering at once (bench line `penomoran`): polling every fraction of a millisecond made
 * the lock change hands after nearly every transaction, and every hand-over costs the new holder a
 * cold page cache (SQLite drops a connection's cache when another connection has written), so
 * throughput fell by about a quarter. SQLite's own busy handler backs off to 100 ms, which leaves the
 * lock idle when the holder is done. A try that failed ran nothing: the lock is taken before `fn`
 * starts, and anything `fn` did is rolled back whole.
 */
export function tulisAntre<T>(sqlite: Database.Database, fn: () => T): T {
  const tx = transaksi(sqlite);
  const sampai = Date.now() + BUSY_TIMEOUT_MS;
  siap(sqlite, 'PRAGMA busy_timeout = 0').run();
  try {
    for (let coba = 0; ; coba++) {
      try {
        return tx.immediate(fn) as T;
      } catch (e) {
        if (!sibuk(e) || Date.now() > sampai) throw e;
        tidur(Math.min(2 ** coba, 8) * (0.5 + Math.random()));
      }
    }
  } finally {
    // Every connection is opened with this timeout (open.ts); reading it back cost a statement per write.
    siap(sqlite, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).run();
  }
}
