import { describe, expect, it } from 'vitest';
import { formatTanggal, formatHariTanggal, parseTanggal, tahunDari, toIsoDate } from '../../shared/format/tanggal';
import { formatRupiah } from '../../shared/format/rupiah';
import { ftsQuery } from '../../db/surat/pencarian';

describe('Indonesian formats', () => {
  it('D2: 2025-08-17 prints as 17 Agustus 2025', () => {
    expect(formatTanggal('2025-08-17')).toBe('17 Agustus 2025');
    expect(formatTanggal('2026-11-22')).toBe('22 November 2026');
    expect(formatHariTanggal('2025-08-17')).toBe('Minggu, 17 Agustus 2025');
  });
  it('rejects dates that are not on the calendar', () => {
    expect(() => parseTanggal('2025-02-30x')).toThrow();
    expect(() => parseTanggal('2025-02-29')).toThrow();
    expect(() => parseTanggal('2025-13-01')).toThrow();
    expect(() => parseTanggal('2025-1-5')).toThrow();
    expect(() => parseTanggal('kemarin')).toThrow();
    expect(parseTanggal('2024-02-29').getDate()).toBe(29);
  });
  it('reads a date back as the same YYYY-MM-DD, whatever the time zone', () => {
    // Years below 100 too: a date field passes 0002-11-20 while the year is still being typed.
    for (const iso of ['2026-01-01', '2024-02-29', '2025-12-31', '0999-06-15', '0002-11-20', '0020-02-29']) expect(toIsoDate(parseTanggal(iso))).toBe(iso);
    expect(tahunDari('2026-01-01')).toBe(2026);
  });
  it('Rupiah with dot grouping', () => {
    expect(formatRupiah(1234567)).toBe('Rp 1.234.567');
    expect(formatRupiah(-2500000)).toBe('-Rp 2.500.000');
  });
});

describe('search query building', () => {
  it('quotes every word as a prefix phrase so FTS operators cannot leak in', () => {
    expect(ftsQuery('Bantuan  sosial')).toBe('"Bantuan"* AND "sosial"*');
    expect(ftsQuery('400.9.7/1234')).toBe('"400 9 7 1234"*');
    expect(ftsQuery('NEAR(" OR *')).toBe('"NEAR"* AND "OR"*');
    expect(ftsQuery('  ... ')).toBeNull();
  });
});
