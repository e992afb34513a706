// The office is in WIB (UTC+7): date bugs that UTC hides show up here. Set before any date is made.
process.env.TZ = 'Asia/Jakarta';

import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jumlahBaris } from '../../db/cadangan/manifest';
import { verifyAudit } from '../../db/core/audit';
import { api, type MethodName } from '../../shared/api';
import { AppError, toErrorPayload } from '../../shared/errors';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { contohMasukan, isiDataUji } from './fuzz-contoh';
import { amankanPath, payloadUntuk } from './fuzz-nilai';

/**
 * Every method of the `api` map gets random and malformed payloads through `core.callUnknown`,
 * as an adapter would pass them. Each call must either succeed or fail with an AppError carrying a
 * non-empty Indonesian message and a code other than INTERNAL, and a failed call must leave the
 * database rows, the audit log and the files exactly as they were.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const BATAS_MS = Number(process.env.FUZZ_MS ?? 2500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** A failed login is counted and audited on purpose (lockout), in a transaction of its own. */
const BOLEH_MENULIS_SAAT_GAGAL = new Set<string>(['auth.login']);
// zod's Indonesian locale names JS types ("diterima undefined"); those are not English sentences.
const KATA_INGGRIS = /\b(the|must|expected|received|invalid|cannot|is not|failed|error|unexpected)\b/i;

const tmp = tempDir('fuzz-api-');
let u: CoreUji;

beforeAll(async () => {
  u = bukaCoreUji({ dataDir: join(tmp, 'data'), now: '2026-03-10T02:00:00Z' });
  await isiDataUji(u.core, tmp);
});
afterAll(async () => {
  await u.core.close();
  rmSync(tmp, { recursive: true, force: true });
});

function keadaan() {
  const berkas = readdirSync(tmp, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('sekretariat.sqlite'))
    .map((e) => {
      const f = join(e.parentPath, e.name);
      const s = statSync(f);
      return `${relative(tmp, f)}:${s.size}:${s.mtimeMs}`;
    })
    .sort();
  return { baris: jumlahBaris(u.core.sqlite), perubahan: u.core.sqlite.prepare('SELECT total_changes()').pluck().get() as number, berkas };
}

function kunciSkema(m: MethodName): string[] {
  try {
    return Object.keys((z.toJSONSchema(api[m].input, { io: 'input', unrepresentable: 'any' }) as { properties?: object }).properties ?? {});
  } catch {
    return [];
  }
}

const ringkas = (v: unknown) => {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'string' && x.length > 60 ? `${x.slice(0, 60)}…(${x.length})` : x))?.slice(0, 300);
  } catch {
    return String(v);
  }
};

interface Hitungan {
  total: number;
  perKode: Record<string, number>;
  perMetode: Record<string, Record<string, number>>;
  temuan: string[];
}

async function cobaSatu(method: MethodName, mentah: unknown, h: Hitungan): Promise<void> {
  const masukan = amankanPath(mentah, tmp);
  const sebelum = keadaan();
  const hitung = (kode: string) => {
    h.total++;
    h.perKode[kode] = (h.perKode[kode] ?? 0) + 1;
    (h.perMetode[method] ??= {})[kode] = (h.perMetode[method][kode] ?? 0) + 1;
  };
  try {
    await u.core.callUnknown(method, masukan, 'fuzz');
    hitung('OK');
  } catch (err) {
    const p = toErrorPayload(err);
    hitung(p.code);
    const catat = (apa: string) => h.temuan.push(`${method} ${ringkas(masukan)}: ${apa}`);
    if (!(err instanceof AppError)) catat(`bukan AppError: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    else if (p.code === 'INTERNAL') catat(`INTERNAL: ${p.message}`);
    if (!p.message.trim()) catat('pesan kosong');
    if (KATA_INGGRIS.test(p.message)) catat(`pesan tidak berbahasa Indonesia: ${p.message}`);
    const sesudah = keadaan();
    const bolehMenulis = BOLEH_MENULIS_SAAT_GAGAL.has(method);
    if (!bolehMenulis && ringkas(sesudah.baris) !== ringkas(sebelum.baris)) catat('jumlah baris berubah walau gagal');
    if (!bolehMenulis && !api[method].write && sesudah.perubahan !== sebelum.perubahan) catat('menulis di luar transaksi walau gagal');
    const beda = [...sesudah.berkas.filter((b) => !sebelum.berkas.includes(b)), ...sebelum.berkas.filter((b) => !sesudah.berkas.includes(b)).map((b) => `-${b}`)];
    if (beda.length) catat(`berkas di disk berubah walau gagal: ${beda.slice(0, 3).join(', ')}`);
  }
  if (({} as Record<string, unknown>).tercemar !== undefined) h.temuan.push(`${method}: Object.prototype tercemar`);
}

it('every API method answers garbage with an Indonesian AppError and writes nothing when it fails', async () => {
  const contoh = contohMasukan(tmp);
  const h: Hitungan = { total: 0, perKode: {}, perMetode: {}, temuan: [] };
  const tanpaContoh = Object.keys(api).filter((m) => !contoh[m]);
  for (const method of Object.keys(api) as MethodName[]) {
    const payload = payloadUntuk(contoh[method] ?? {}, kunciSkema(method), tmp);
    // Sampled up front and run one by one: a time limit inside fast-check would abandon a slow call
    // (an export) still running, and its late file write would be blamed on the next method.
    const batas = Date.now() + BATAS_MS;
    for (const mentah of fc.sample(payload, { numRuns: RUNS, seed: SEED })) {
      if (Date.now() > batas) break;
      await cobaSatu(method, mentah, h);
    }
  }

  const db = u.core.sqlite;
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(verifyAudit(db).ok).toBe(true);
  console.info(
    `[fuzz] ${h.total} payload, ${Object.keys(api).length} metode, seed ${SEED}, hasil per kode ${JSON.stringify(h.perKode)}` +
      (tanpaContoh.length ? `; tanpa contoh masukan: ${tanpaContoh.join(', ')}` : ''),
  );
  if (process.env.FUZZ_RINCI) console.info(h.perMetode);
  expect(h.temuan.slice(0, 40)).toEqual([]);
}, 170_000);
