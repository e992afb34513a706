import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

let u: CoreUji;
const A = 'admin';
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeEach(() => {
  u = bukaCoreUji({ now: '2026-11-20T03:00:00Z' });
});
afterEach(() => u.selesai());

describe('instansi and the people holding jabatan', () => {
  it('keeps the kop profile and its logo', async () => {
    const i = await u.core.call(
      'instansi.update',
      { pemerintah: 'Pemerintah Kabupaten Kediri', namaDinas: 'Dinas Sosial', alamat: 'Jalan Soekarno Hatta 1', kota: 'Kediri', kodeUnit: '400.9/Dinsos', email: 'dinsos@kedirikab.go.id' },
      A,
    );
    expect(i).toMatchObject({ pemerintah: 'Pemerintah Kabupaten Kediri', telepon: null, email: 'dinsos@kedirikab.go.id' });
    const l = await u.core.call('instansi.setLogo', { isiBase64: PNG_1x1 }, A);
    expect(u.core.berkas.baca(l.logoSha256!).subarray(1, 4).toString()).toBe('PNG');
    await expect(u.core.call('instansi.setLogo', { isiBase64: Buffer.from('%PDF-1.4').toString('base64') }, A)).rejects.toThrow(/PNG atau JPG/);
  });

  it('a Plh. signs over the definitif holder during the Plh. dates only', async () => {
    const kadis = (await u.core.call('jabatan.list', {}, A)).find((j) => j.singkatan === 'Kadis')!;
    const budi = await u.core.call('pegawai.save', { nama: 'BUDI SANTOSO', gelarDepan: 'Dr.', gelarBelakang: 'S.Sos., M.Si.', nip: '19700315 199503 1 002', pangkat: 'Pembina Utama Muda', golongan: 'IV/c' }, A);
    expect(budi.nip).toBe('197003151995031002');
    const sari = await u.core.call('pegawai.save', { nama: 'SARI DEWI', nip: '197805122005012003', pangkat: 'Pembina', golongan: 'IV/a' }, A);
    await u.core.call('penugasan.save', { jabatanId: kadis.id, pegawaiId: budi.id, status: 'definitif', mulai: '2024-01-02' }, A);
    await u.core.call('penugasan.save', { jabatanId: kadis.id, pegawaiId: sari.id, status: 'plh', mulai: '2026-11-18', selesai: '2026-11-22', nomorSk: '800.1.3.3/12/2026' }, A);
    const hari = async (tanggal: string) => (await u.core.call('jabatan.list', { tanggal }, A)).find((j) => j.id === kadis.id)!.pejabat;
    expect(await hari('2026-11-17')).toMatchObject({ status: 'definitif', pegawai: { nama: 'BUDI SANTOSO' } });
    expect(await hari('2026-11-20')).toMatchObject({ status: 'plh', pegawai: { nama: 'SARI DEWI' } });
    expect(await hari('2026-11-23')).toMatchObject({ status: 'definitif' });
    await expect(u.core.call('penugasan.save', { jabatanId: kadis.id, pegawaiId: sari.id, status: 'plh', mulai: '2026-11-21', selesai: '2026-11-25' }, A)).rejects.toThrow(
      /bertumpang tanggal/,
    );
    await expect(u.core.call('pegawai.save', { nama: 'X', nip: '1970' }, A)).rejects.toThrow(/NIP harus 18 angka/);
    await expect(u.core.call('pegawai.save', { nama: 'Y', nip: '197003151995031002' }, A)).rejects.toThrow(/sudah tercatat atas nama BUDI SANTOSO/);
    await expect(u.core.call('pegawai.save', { nama: 'Z', golongan: 'V/a' }, A)).rejects.toThrow(/Golongan/);
  });
});

describe('reference tables stay editable, and a reload never overwrites an admin edit', () => {
  it('JRA edits survive init', async () => {
    const k = await u.core.call('klasifikasi.update', { kode: '400.9.7', retensiAktifTahun: 5, retensiAktifKeterangan: '5 Tahun (JRA Perbup 2025)' }, A);
    expect(k).toMatchObject({ retensiAktifTahun: 5, diubahAdmin: true, bolehDipakai: true });
    u.core.muatReferensi(A);
    expect(await u.core.call('klasifikasi.get', { kode: '400.9.7' }, A)).toMatchObject({ retensiAktifTahun: 5, nama: expect.any(String) });
    expect((await u.core.call('klasifikasi.get', { kode: '400.9.6' }, A)).diubahAdmin).toBe(false);
    await expect(u.core.call('klasifikasi.update', { kode: '045', skema: 'pola_lama', nama: 'x' }, A)).rejects.toThrow(/hanya untuk dibaca/);
  });

  it('searches the tree by code and by name, leaves marked, sorted numerically', async () => {
    const anak = await u.core.call('klasifikasi.search', { parent: '400.9' }, A);
    const kode = anak.map((k) => k.kode);
    expect(kode.indexOf('400.9.9')).toBeLessThan(kode.indexOf('400.9.10'));
    expect((await u.core.call('klasifikasi.search', { q: 'kenaikan gaji berkala' }, A)).map((k) => k.kode)).toContain('800.1.11.13');
    expect((await u.core.call('klasifikasi.search', { q: '' }, A)).map((k) => k.kode)).toEqual(['000', '100', '200', '300', '400', '500', '600', '700', '800', '900']);
    // Words in any order; a word that begins a word of the name before one inside another word.
    const cari = async (q: string) => (await u.core.call('klasifikasi.search', { q }, A)).map((k) => `${k.kode} ${k.nama}`);
    expect(await cari('sosial bantuan')).toEqual(expect.arrayContaining(['400.3.3.2 Penilaian dan Pemberian Bantuan Sosial', '800.1.12.4 Bantuan Sosial']));
    const bantuan = await cari('bantuan');
    const pertamaPembantuan = bantuan.findIndex((k) => /pembantuan/i.test(k));
    expect(pertamaPembantuan).toBeGreaterThan(0);
    expect(bantuan.slice(0, pertamaPembantuan).every((k) => /\bbantuan\b/i.test(k))).toBe(true);
    expect(bantuan.slice(pertamaPembantuan).every((k) => !/\bbantuan\b/i.test(k))).toBe(true);
    expect((await cari('400.9.7'))[0]).toMatch(/^400\.9\.7 /);
    // The words as typed, whole, before the same words apart: the name itself first, then names
    // holding the phrase, then 400.9.9.2 "Bantuan Darurat, Advokasi Sosial".
    const bantuanSosial = await cari('Bantuan  sosial');
    expect(bantuanSosial[0]).toBe('800.1.12.4 Bantuan Sosial');
    expect(bantuanSosial.indexOf('400.9.7 Pengumpulan dan Pengelolaan Sumber Dana Bantuan Sosial')).toBeLessThan(
      bantuanSosial.indexOf('400.9.9.2 Tanggap Darurat Meliputi Bantuan Darurat, Advokasi Sosial'),
    );
    // Each result names the groups it sits in, so a school's bantuan sosial is not taken for the Dinas's own.
    const induk = Object.fromEntries((await u.core.call('klasifikasi.search', { q: 'bantuan sosial' }, A)).map((k) => [k.kode, k.induk]));
    expect(induk).toMatchObject({ '400.3.3.2': 'PENDIDIKAN › Pendidikan Masyarakat', '400.9.7': 'SOSIAL' });
    expect((await u.core.call('klasifikasi.search', { parent: null }, A))[0]!.induk).toBeNull();
    const lama = await u.core.call('klasifikasi.search', { q: '188.45', skema: 'pola_lama' }, A);
    expect(lama[0]!.kode).toBe('188.45');
  });

  it('the disposisi checklist can be extended', async () => {
    const baru = await u.core.call('instruksi.save', { teks: 'Jadwalkan' }, A);
    expect(baru.urutan).toBe(13);
    await expect(u.core.call('instruksi.save', { teks: 'Pantau' }, A)).rejects.toThrow(/sudah ada/);
    expect((await u.core.call('instruksi.list', {}, A)).at(-1)!.teks).toBe('Jadwalkan');
  });
});
