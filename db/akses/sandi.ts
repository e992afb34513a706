import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * scrypt (memory-hard, in Node's own crypto) with N = 2^15, r = 8: about 32 MiB and ~100 ms per
 * check on a modest PC — slow for a guesser, unnoticeable at a login screen.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;

export function hashSandi(sandi: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(sandi.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: 128 * N * R * 2 });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function cocokSandi(sandi: string, tersimpan: string): boolean {
  const [alg, n, r, p, salt, hash] = tersimpan.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(sandi.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 128 * Number(n) * Number(r) * 2,
  });
  return timingSafeEqual(actual, expected);
}
