import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

let u: CoreUji;
let jab: Record<string, number>;
const A = 'uji';

beforeEach(async () => {
  // The day after the letters' date: the examples send one on the 21st.
  u = bukaCoreUji({ now: '2026-11-21T03:00:00Z' });
  jab = Object.fromEntries((await u.core.call('jabatan.list', {}, A)).map((j) => [j.singkatan!, j.id]));
});
afterEach(() => u.selesai());

describe('surat keluar: konsep → paraf → tanda tangan → nomor → kirim (P1.2.1.1)', () => {
  it('follows the whole service standard and keeps every step', async () => {
    const k = await u.core.call(
      'suratKeluar.create',
      {
        jenisNaskah: 'surat-undangan',
        tanggal: '2026-11-20',
        tujuan: 'Para Camat se-Kabupaten Contoh',
        perihal: 'Undangan Rapat Verifikasi DTKS',
        kodeKlasifikasi: '400.9.7',
        unitPengolahId: 7,
        penandatanganJabatanId: jab.Kadis!,
        urgensi: 'segera',
      },
      A,
    );
    expect(k).toMatchObject({ status: 'konsep', registerKode: 'surat', nomor: null });
    const kembali = await u.core.call('suratKeluar.paraf', { id: k.id, jabatanId: jab.Sekdis!, hasil: 'dikembalikan', catatan: 'Perbaiki jam rapat' }, A);
    expect(kembali.status).toBe('dikembalikan');
    await expect(u.core.call('suratKeluar.sign', { id: k.id }, A)).rejects.toThrow(/tidak dapat ditandatangani/);
    const diperbaiki = await u.core.call('suratKeluar.update', { id: k.id, perihal: 'Undangan Rapat Verifikasi DTKS Pukul 09.00' }, A);
    expect(diperbaiki).toMatchObject({ status: 'konsep', urgensi: 'segera' });
    const paraf = await u.core.call('suratKeluar.paraf', { id: k.id, jabatanId: jab.Sekdis!, hasil: 'setuju' }, A);
    expect(paraf.paraf.map((p) => [p.jabatan, p.hasil])).toEqual([
      ['Sekretaris', 'dikembalikan'],
      ['Sekretaris', 'setuju'],
    ]);
    const ttd = await u.core.call('suratKeluar.sign', { id: k.id, tanggal: '2026-11-20' }, A);
    expect(ttd).toMatchObject({ status: 'ditandatangani', penandatangan: 'Kepala Dinas Sosial' });
    await expect(u.core.call('suratKeluar.update', { id: k.id, perihal: 'x' }, A)).rejects.toThrow(/sudah ditandatangani/);
    const n = await u.core.call('suratKeluar.assignNumber', { id: k.id }, A);
    expect(n.nomor).toBe('400.9.7/1/Dinsos/2026');
    const kirim = await u.core.call('suratKeluar.ekspedisi', { id: k.id, tanggalKirim: '2026-11-21', cara: 'diantar', penerimaNama: 'Budi (staf Kecamatan)' }, A);
    expect(kirim.status).toBe('dikirim');
    expect(kirim.ekspedisi[0]).toMatchObject({ cara: 'diantar', penerimaNama: 'Budi (staf Kecamatan)' });
    // The same sending twice is refused (the book keeps no deletions); another copy by post is a new entry.
    await expect(
      u.core.call('suratKeluar.ekspedisi', { id: k.id, tanggalKirim: '2026-11-21', cara: 'diantar', penerimaNama: 'Budi (staf Kecamatan)' }, A),
    ).rejects.toMatchObject({ code: 'KONFLIK', message: expect.stringMatching(/sudah tercatat di buku ekspedisi/) });
    const pos = await u.core.call('suratKeluar.ekspedisi', { id: k.id, tanggalKirim: '2026-11-21', cara: 'pos' }, A);
    expect(pos.ekspedisi.map((e) => e.cara)).toEqual(['diantar', 'pos']);
    await expect(u.core.call('suratKeluar.ekspedisi', { id: k.id, tanggalKirim: '2026-11-21', cara: 'pos' }, A)).rejects.toMatchObject({ code: 'KONFLIK' });
    expect(pos.riwayat.map((r) => r.aksi)).toEqual(['konsep', 'paraf-dikembalikan', 'diubah', 'paraf-setuju', 'ditandatangani', 'bernomor', 'dikirim', 'dikirim']);
    expect(kirim.riwayat.at(-1)!.uraian).toBe('Dikirim 21 November 2026: Diantar langsung, diterima oleh Budi (staf Kecamatan).');
    expect(kirim.namaKlasifikasi).toBe('Pengumpulan dan Pengelolaan Sumber Dana Bantuan Sosial');
    expect(kirim.namaRegister).toBe((await u.core.call('register.list', {}, A)).find((r) => r.kode === 'surat')!.nama);
    expect((await u.core.call('suratKeluar.search', { q: '400.9.7/1/Dinsos' }, A)).map((s) => s.id)).toEqual([k.id]);
    const audit = await u.core.call('audit.list', { tabel: 'surat_keluar', recordId: String(k.id) }, A);
    expect(audit.length).toBeGreaterThanOrEqual(7);
    expect(audit.at(-1)).toMatchObject({ aksi: 'create', aktor: A });
  });

  it('refuses unknown jenis naskah, header codes and unknown registers', async () => {
    const base = { jenisNaskah: 'surat-dinas', tanggal: '2026-11-20', tujuan: 'X', perihal: 'Y', kodeKlasifikasi: '400.9.7' };
    await expect(u.core.call('suratKeluar.create', { ...base, jenisNaskah: 'surat-cinta' }, A)).rejects.toThrow(/Jenis naskah "surat-cinta" tidak dikenal/);
    await expect(u.core.call('suratKeluar.create', { ...base, kodeKlasifikasi: '400.9' }, A)).rejects.toThrow(/kode induk/);
    await expect(u.core.call('suratKeluar.create', { ...base, register: 'tidak-ada' }, A)).rejects.toThrow(/Register "tidak-ada" tidak ditemukan/);
    expect((await u.core.call('suratKeluar.list', {}, A)).total).toBe(0);
  });
});

describe('correcting a konsep', () => {
  it('clears the lampiran, ringkasan and unit pengolah when sent empty or null; a returned konsep needs a real change', async () => {
    const k = await u.core.call(
      'suratKeluar.create',
      {
        jenisNaskah: 'surat-dinas',
        tanggal: '2026-11-20',
        tujuan: 'Kepala BPS Kabupaten',
        perihal: 'Permohonan Data DTSEN',
        kodeKlasifikasi: '400.9.7',
        unitPengolahId: 7,
        lampiran: '1 (satu) berkas',
        ringkasan: 'Data per kecamatan',
      },
      A,
    );
    const kembali = await u.core.call('suratKeluar.paraf', { id: k.id, jabatanId: jab.Sekdis!, hasil: 'dikembalikan', catatan: 'Tanpa lampiran' }, A);
    const sama = await u.core.call('suratKeluar.update', { id: k.id, perihal: 'Permohonan Data DTSEN', unitPengolahId: 7 }, A);
    expect(sama).toMatchObject({ status: 'dikembalikan', updatedAt: kembali.updatedAt });

    const baru = await u.core.call('suratKeluar.update', { id: k.id, lampiran: '', ringkasan: null, unitPengolahId: null }, A);
    expect(baru).toMatchObject({ status: 'konsep', lampiran: null, ringkasan: null, unitPengolahId: null, perihal: 'Permohonan Data DTSEN' });
    const detail = await u.core.call('suratKeluar.get', { id: k.id }, A);
    expect(detail.riwayat.map((r) => r.uraian).at(-1)).toBe('Konsep diperbaiki: unit pengolah, lampiran, ringkasan.');
  });
});

describe('dates that cannot be', () => {
  it('refuses a signature after today, and a dispatch before the signature or after today', async () => {
    const k = await u.core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal: '2026-11-19', tujuan: 'Bupati Contoh', perihal: 'Laporan', kodeKlasifikasi: '400.9.7', penandatanganJabatanId: jab.Kadis! },
      A,
    );
    await expect(u.core.call('suratKeluar.sign', { id: k.id, tanggal: '2027-03-01' }, A)).rejects.toThrow('Tanggal tanda tangan (1 Maret 2027) tidak boleh sesudah hari ini.');
    await expect(
      u.core.call('suratKeluar.create', { jenisNaskah: 'surat-dinas', tanggal: '2027-01-05', tujuan: 'Bupati', perihal: 'Laporan', kodeKlasifikasi: '400.9.7', ditandatangani: true }, A),
    ).rejects.toThrow(/sudah ditandatangani \(5 Januari 2027\) tidak boleh sesudah hari ini/);
    await u.core.call('suratKeluar.sign', { id: k.id, tanggal: '2026-11-20' }, A);
    await u.core.call('suratKeluar.assignNumber', { id: k.id }, A);
    await expect(u.core.call('suratKeluar.ekspedisi', { id: k.id, tanggalKirim: '2026-11-19', cara: 'pos' }, A)).rejects.toThrow(
      'Tanggal kirim tidak boleh sebelum surat ditandatangani (20 November 2026).',
    );
    await expect(u.core.call('suratKeluar.ekspedisi', { id: k.id, tanggalKirim: '2026-11-22', cara: 'pos' }, A)).rejects.toThrow(/tidak boleh sesudah hari ini/);
    expect((await u.core.call('suratKeluar.get', { id: k.id }, A)).ekspedisi).toEqual([]);
  });
});
