import { join } from 'node:path';
import fc from 'fast-check';

/** Values no form would send, but a buggy renderer, a script or a hand-typed CLI call might. */

const TANGGAL_ANEH = ['2025-02-30', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '0000-00-00', '9999-12-31', '2025-1-1', '31-12-2025', ' 2025-01-01 ', '2025-01-01T00:00:00Z', '2024-02-29', '1900-01-01', '2200-12-31'];

const TEKS_ANEH = [
  '',
  ' ',
  '\t\n',
  '0',
  '-1',
  '1e309',
  'null',
  'undefined',
  'true',
  "'; DROP TABLE surat_masuk; --",
  '" OR 1=1 --',
  '"*',
  'NEAR(a b)',
  'AND OR NOT',
  '%_%',
  '*',
  '../../../../etc/passwd',
  'C:\\Windows\\system32',
  'a\u0000b',
  '\uD800',
  '🙂👍🏽',
  'İıŞş',
  'ﷺ',
  '<script>alert(1)</script>',
  '{urut}{urut}{tahun',
  '000.5.6.2/X/2025',
  '__proto__',
  'constructor',
];

const ANGKA_ANEH = [0, -0, -1, 1.5, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, 1e21];

const polusi = () => JSON.parse('{"__proto__": {"tercemar": true}, "constructor": {"prototype": {"tercemar": true}}}') as unknown;

export const nilaiJahat: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [null], { a: { b: { c: [] } } }, 10n, -1n, new Date(Number.NaN), new Date(0)),
  fc.constantFrom(...TANGGAL_ANEH),
  fc.constantFrom(...TEKS_ANEH),
  fc.constantFrom(...ANGKA_ANEH),
  fc.constant(null).map(polusi),
  fc.constantFrom(1000, 10_000, 300_000).map((n) => 'x'.repeat(n)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
);

/** Plausible ids, existing and not: reaches the "not found" and "wrong state" paths of every service. */
export const idAcak: fc.Arbitrary<unknown> = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(0, -1, 999_999, '1', '2.5', ' 3 '));

export const KUNCI_PATH = new Set(['path', 'ke', 'folder', 'folderCadangan']);

/**
 * Keeps every path the fuzzer produces inside its temp folder: exports, backups and settings must
 * never touch the real disk. A string is re-rooted with its separators replaced and every other
 * character kept (NUL, lone surrogates, '..'), in place; other values pass unchanged (they must fail).
 */
export function amankanPath(masukan: unknown, tmp: string): unknown {
  if (!masukan || typeof masukan !== 'object' || Array.isArray(masukan)) return masukan;
  const hasil = masukan as Record<string, unknown>;
  for (const k of Object.keys(hasil)) {
    const v = hasil[k];
    if (!KUNCI_PATH.has(k) || typeof v !== 'string' || v.startsWith(tmp)) continue;
    hasil[k] = join(tmp, 'jalur', v.replace(/[/\\]/g, '_').slice(0, 80) || 'kosong');
  }
  return hasil;
}

export const pathAcak = (tmp: string): fc.Arbitrary<unknown> =>
  fc.constantFrom(
    join(tmp, 'cadangan'),
    join(tmp, 'pindaian.pdf'),
    join(tmp, 'tidak', 'ada', 'sama', 'sekali'),
    join(tmp, 'a', '..', 'b'),
    join(tmp, 'ekspor', 'laporan.xlsx'),
    join(tmp, 'ekspor', 'laporan.pdf'),
    join(tmp, 'ekspor', 'nul\u0000.xlsx'),
    join(tmp, 'ekspor', 'nul\u0000.docx'),
    join(tmp, 'ekspor'),
    join(tmp, 'ekspor', '\uD800.xlsx'),
    tmp,
    'relatif/saja',
    '',
  );

const TANGGAL = /^\d{4}-\d{2}-\d{2}$/;

/** Something plausible but wrong for the field's kind (a path, a date, an id), or null for other fields. */
function nilaiJenis(kunci: string, lama: unknown, tmp: string): fc.Arbitrary<unknown> | null {
  if (KUNCI_PATH.has(kunci)) return pathAcak(tmp);
  if (typeof lama === 'string' && TANGGAL.test(lama)) return fc.constantFrom(...TANGGAL_ANEH);
  if (/(^id$|Id$)/.test(kunci)) return idAcak;
  return null;
}

function nilaiUntuk(kunci: string, lama: unknown, tmp: string): fc.Arbitrary<unknown> {
  const jenis = nilaiJenis(kunci, lama, tmp);
  return jenis ? fc.oneof(jenis, nilaiJahat) : nilaiJahat;
}

/**
 * Payloads for one method: pure garbage, the valid seed, and the seed with fields dropped, replaced
 * (one or several), or joined by unknown and prototype-polluting keys.
 */
export function payloadUntuk(contoh: Record<string, unknown>, kunciSkema: string[], tmp: string): fc.Arbitrary<unknown> {
  const kunci = [...new Set([...Object.keys(contoh), ...kunciSkema])];
  const ganti = (k: string) => nilaiUntuk(k, contoh[k], tmp).map((v) => ({ ...contoh, [k]: v }));
  const arb: fc.Arbitrary<unknown>[] = [
    fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true }),
    fc.constant(contoh),
    fc.constantFrom<unknown>(null, undefined, 'teks', 42, [], [contoh]),
    fc.constant(null).map(() => Object.assign(polusi() as object, contoh)),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), nilaiJahat).map(([k, v]) => ({ ...contoh, [k]: v })),
  ];
  if (kunci.length) {
    arb.push(
      fc.constantFrom(...kunci).chain(ganti),
      fc.constantFrom(...kunci).map((k) => Object.fromEntries(Object.entries(contoh).filter(([x]) => x !== k))),
    );
  }
  // Paths, dates and ids are where services touch the disk, the calendar and other records: aimed at directly.
  const berjenis = kunci.filter((k) => nilaiJenis(k, contoh[k], tmp));
  if (berjenis.length) arb.push(fc.constantFrom(...berjenis).chain((k) => nilaiJenis(k, contoh[k], tmp)!.map((v) => ({ ...contoh, [k]: v }))));
  if (kunci.length >= 2) {
    const beberapa = fc.subarray(kunci, { minLength: 2 });
    arb.push(beberapa.chain((ks) => fc.tuple(...ks.map((k) => nilaiUntuk(k, contoh[k], tmp))).map((vs) => ({ ...contoh, ...Object.fromEntries(ks.map((k, i) => [k, vs[i]])) }))));
  }
  return fc.oneof(...arb);
}
