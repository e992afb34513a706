import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNip, periksaNip } from '../../shared/naskah/nip';
import { golonganUntukPangkat, pangkatGolongan, pangkatUntukGolongan, rapikanGolongan, type TabelPangkat } from '../../shared/naskah/pangkat';
import { bulanRomawi, hariTanggalTerbilang, tanggalNaskah } from '../../shared/naskah/tanggal';
import { angkaDanTerbilang, angkaRomawi, diktumKe, terbilang, terbilangRupiah } from '../../shared/naskah/terbilang';
import { APP_ROOT } from '../helpers/core';

const tabel = (JSON.parse(readFileSync(join(APP_ROOT, 'resources', 'referensi', 'pangkat-golongan.json'), 'utf8')) as { data: TabelPangkat }).data;

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1_000, 'seribu'],
    [1_100, 'seribu seratus'],
    [2_026, 'dua ribu dua puluh enam'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [2_500_000, 'dua juta lima ratus ribu'],
    [1_000_000_000, 'satu miliar'],
    [4_250_000_000, 'empat miliar dua ratus lima puluh juta'],
    [1_000_000_000_000, 'satu triliun'],
  ])('%i → %s', (n, kata) => expect(terbilang(n)).toBe(kata));

  it('writes amounts and counts the way letters do', () => {
    expect(terbilangRupiah(2_500_000)).toBe('dua juta lima ratus ribu rupiah');
    expect(angkaDanTerbilang(3)).toBe('3 (tiga)');
    expect(terbilang(-5)).toBe('minus lima');
  });

  it('refuses what it cannot say exactly', () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(1e15)).toThrow(RangeError);
  });

  it('names the diktum of a keputusan', () => {
    expect([1, 2, 3, 4, 10, 11, 12].map(diktumKe)).toEqual(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KESEPULUH', 'KESEBELAS', 'KEDUA BELAS']);
  });
});

describe('Roman numerals and dates', () => {
  it('gives Roman months for numbers and lampiran', () => {
    expect(Array.from({ length: 12 }, (_, i) => bulanRomawi(i + 1))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(() => bulanRomawi(13)).toThrow(RangeError);
    expect([1, 4, 9, 14, 40, 2026].map(angkaRomawi)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MMXXVI']);
  });

  it('writes dates in Indonesian, and in words for a berita acara', () => {
    expect(tanggalNaskah('2026-11-20')).toBe('20 November 2026');
    expect(tanggalNaskah('2026-08-01')).toBe('1 Agustus 2026');
    expect(hariTanggalTerbilang('2026-11-20')).toBe('hari Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam');
  });
});

describe('NIP', () => {
  it('groups the 18 digits as printed under a signature', () => {
    expect(formatNip('196606011986021009')).toBe('19660601 198602 1 009');
    expect(formatNip(' 19660601.198602.1.009 ')).toBe('19660601 198602 1 009');
    expect(formatNip('12345')).toBe('12345');
  });

  it('reads birth date, TMT CPNS, sex and sequence', () => {
    expect(periksaNip('196606011986021009', 2026)).toEqual({
      ok: true,
      nip: '196606011986021009',
      urai: { tanggalLahir: '1966-06-01', tmtCpns: '1986-02', jenisKelamin: 'pria', nomorUrut: 9 },
    });
    expect(periksaNip('19750812 200003 2 003', 2026)).toMatchObject({ ok: true, urai: { jenisKelamin: 'wanita' } });
  });

  it.each([
    ['19660631198602 1009', /tanggal lahir/],
    ['196606011986131009', /TMT CPNS/],
    ['196606011980021009', /kurang dari 18 tahun/],
    ['196606011986023009', /jenis kelamin\) harus 1 atau 2/],
    ['196606011986021000', /000/],
    ['1966060119860210', /harus 18 angka/],
  ])('rejects %s', (nip, pesan) => {
    const h = periksaNip(nip, 2026);
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.kesalahan.join(' ')).toMatch(pesan);
  });
});

describe('pangkat and golongan (PP 99/2000, from resources/referensi)', () => {
  it('holds the seventeen PNS ranks from I/a to IV/e', () => {
    expect(tabel).toHaveLength(17);
    expect(tabel[0]).toEqual({ golongan: 'I/a', pangkat: 'Juru Muda' });
    expect(tabel.at(-1)).toEqual({ golongan: 'IV/e', pangkat: 'Pembina Utama' });
  });

  it('names ranks both ways and accepts golongan as people type them', () => {
    expect(pangkatUntukGolongan(tabel, 'IV/c')).toBe('Pembina Utama Muda');
    expect(pangkatUntukGolongan(tabel, 'iii / D')).toBe('Penata Tingkat I');
    expect(pangkatUntukGolongan(tabel, '2b')).toBe('Pengatur Muda Tingkat I');
    expect(golonganUntukPangkat(tabel, 'pembina  tingkat i')).toBe('IV/b');
    expect(rapikanGolongan('V/a')).toBeNull();
  });

  it('prints "Pembina Utama Muda (IV/c)" from whatever the pegawai record holds', () => {
    expect(pangkatGolongan(tabel, null, 'IV/c')).toBe('Pembina Utama Muda (IV/c)');
    expect(pangkatGolongan(tabel, 'Pembina Tingkat I', 'IV/b')).toBe('Pembina Tingkat I (IV/b)');
    expect(pangkatGolongan(tabel, 'Penata', null)).toBe('Penata (III/c)');
    expect(pangkatGolongan(tabel, null, null)).toBeNull();
  });
});
