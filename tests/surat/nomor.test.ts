import { describe, expect, it } from 'vitest';
import { formatNomor, formatSisipan, sisipanFormatErrors, templateErrors, type NomorStyle } from '../../shared/surat/nomor';
import { bulanRomawi } from '../../shared/format/tanggal';

const gaya: NomorStyle = { padding: 0, sisipanFormat: '.{n:2}' };
const dasar = { klasifikasi: '400.9.7', urut: 15, unit: 'Dinsos', tanggal: '2025-03-12', keamanan: 'biasa' as const };

describe('format nomor (pedoman §13.1)', () => {
  it('N1 {kode}/{urut}/{unit}/{tahun}', () => {
    expect(formatNomor('{kode}/{urut}/{unit}/{tahun}', dasar, gaya)).toBe('400.9.7/15/Dinsos/2025');
  });
  it('N2 without a year', () => {
    expect(formatNomor('{kode}/{urut}/{unit}', { ...dasar, klasifikasi: '000.8.3.3', unit: 'OR' }, gaya)).toBe('000.8.3.3/15/OR');
  });
  it('N3 padded urut and Roman month', () => {
    const v = { ...dasar, klasifikasi: '900', urut: 1, unit: 'KPA.1', tanggal: '2017-01-09' };
    expect(formatNomor('{urut:3}/{unit}-{kode}/{bulan_romawi}/{tahun}', v, gaya)).toBe('001/KPA.1-900/I/2017');
  });
  it('N4 security prefix, jabatan and two-digit month', () => {
    const v = { ...dasar, klasifikasi: 'KP.07.6', urut: 99, jabatan: 'IJ', tanggal: '2020-04-20', keamanan: 'rahasia' as const };
    expect(formatNomor('{keamanan}-{urut}/{jabatan}/{kode}/{bulan}/{tahun}', v, gaya)).toBe('R-99/IJ/KP.07.6/04/2020');
  });
  it('N5 Keputusan', () => {
    expect(formatNomor('NOMOR {urut} TAHUN {tahun}', { ...dasar, urut: 23, tanggal: '2020-05-01' }, gaya)).toBe('NOMOR 23 TAHUN 2020');
    expect(formatNomor('NOMOR {urut} TAHUN {tahun}', { ...dasar, urut: 93, tanggal: '2024-05-01' }, { ...gaya, padding: 3 })).toBe('NOMOR 093 TAHUN 2024');
  });
  it('N6 Roman months', () => {
    expect([4, 9, 12].map(bulanRomawi)).toEqual(['IV', 'IX', 'XII']);
    expect(() => bulanRomawi(13)).toThrow();
  });
  it('expresses the real formats the registers must support', () => {
    expect(formatNomor('{klasifikasi}/{urut}/423.105/{tahun}', { ...dasar, klasifikasi: '188', urut: 76, tanggal: '2021-02-01' }, gaya)).toBe(
      '188/76/423.105/2021',
    );
    expect(formatNomor('{klasifikasi}/{urut}/Dinsos.Set', { ...dasar, klasifikasi: '000.8.3.1', urut: 1079 }, gaya)).toBe('000.8.3.1/1079/Dinsos.Set');
    expect(formatNomor('{klasifikasi}/{urut}/{unit}/{tahun}', { ...dasar, klasifikasi: '400.9', urut: 123, tanggal: '2026-01-02' }, gaya)).toBe(
      '400.9/123/Dinsos/2026',
    );
    expect(
      formatNomor('{keamanan}-{urut}/Dinsos/{klasifikasi}/{bulanRomawi}/{tahun}', { ...dasar, klasifikasi: '000.1.2.3', urut: 12, tanggal: '2026-04-03' }, gaya),
    ).toBe('B-12/Dinsos/000.1.2.3/IV/2026');
  });
  it('a sisipan is the padded main number plus its suffix', () => {
    expect(formatNomor('{kode}/{urut}/{unit}/{tahun}', { ...dasar, sisipan: 1 }, { ...gaya, padding: 3 })).toBe('400.9.7/015.01/Dinsos/2025');
    expect(formatSisipan(2, '{huruf}')).toBe('b');
    expect(formatSisipan(1, '.{HURUF}')).toBe('.A');
    expect(formatSisipan(27, '{huruf}')).toBe('aa');
  });
});

describe('template validation', () => {
  it('accepts literal text around known tokens', () => {
    expect(templateErrors('{klasifikasi}/{urut}/423.105/{tahun}')).toEqual([]);
    expect(templateErrors('NOMOR {urut:3} TAHUN {tahun}')).toEqual([]);
  });
  it('rejects unknown tokens, a missing {urut}, bad widths and stray braces, in Indonesian', () => {
    expect(templateErrors('{kode}/{nomor}/{tahun}').join(' ')).toMatch(/Token \{nomor\} tidak dikenal/);
    expect(templateErrors('{kode}/{tahun}').join(' ')).toMatch(/harus memuat \{urut\}/);
    expect(templateErrors('{urut:x}').join(' ')).toMatch(/Lebar/);
    expect(templateErrors('{urut}/{tahun').join(' ')).toMatch(/tidak berpasangan/);
    expect(sisipanFormatErrors('.{n:2}')).toEqual([]);
    expect(sisipanFormatErrors('.{x}')).toHaveLength(1);
  });
});
