import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

let u: CoreUji;
const A = 'agendaris';
/** The core's clock; a test moves it to number on a later day. */
let jam: string;

beforeEach(() => {
  jam = '2025-03-20T02:00:00Z';
  u = bukaCoreUji({ now: () => new Date(jam) });
});
afterEach(() => u.selesai());

async function suratTtd(tanggal: string, extra: Record<string, unknown> = {}) {
  return u.core.call(
    'suratKeluar.create',
    { jenisNaskah: 'surat-dinas', tanggal, tujuan: 'Bupati Contoh', perihal: `Laporan ${tanggal}`, kodeKlasifikasi: '400.9.7', ditandatangani: true, ...extra },
    A,
  );
}
const kadis = async () => (await u.core.call('jabatan.list', {}, A)).find((j) => j.singkatan === 'Kadis')!.id;
async function beriNomor(tanggal: string, opts: { sisipan?: boolean; alasan?: string } = {}) {
  const s = await suratTtd(tanggal);
  return u.core.call('suratKeluar.assignNumber', { id: s.id, ...opts }, A);
}

describe('sequences (pedoman §13.2)', () => {
  it('S1/S2: the year follows the tanggal surat; a new year starts at 1', async () => {
    await u.core.call('register.update', { kode: 'surat', format: '{klasifikasi}/{urut}/{unit}/{tahun}', tahun: 2025, nomorTerakhir: 411 }, A);
    expect((await beriNomor('2025-03-19')).nomor).toBe('400.9.7/412/Dinsos/2025');
    // The office opens on 2 January 2026: a letter of that day opens the 2026 book at 1 (S1) ...
    jam = '2026-01-02T02:00:00Z';
    expect((await beriNomor('2026-01-02')).nomor).toBe('400.9.7/1/Dinsos/2026');
    // ... and one dated 31 December 2025, entered now, stays in the 2025 book (S2).
    expect((await beriNomor('2025-12-31')).nomor).toBe('400.9.7/413/Dinsos/2025');
  });

  it('gives no number to a letter dated after today, which would push every earlier letter into sisipan', async () => {
    const s = await u.core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal: '2025-06-15', tujuan: 'Bupati Contoh', perihal: 'Undangan', kodeKlasifikasi: '400.9.7' },
      A,
    );
    await u.core.call('suratKeluar.sign', { id: s.id, tanggal: '2025-03-20', jabatanId: await kadis() }, A);
    await expect(u.core.call('suratKeluar.assignNumber', { id: s.id }, A)).rejects.toThrow('Surat bertanggal 15 Juni 2025 belum dapat diberi nomor');
    expect(await u.core.call('register.book', { kode: 'surat', tahun: 2025 }, A)).toEqual([]);
    // On its date it is numbered like any other letter.
    jam = '2025-06-15T02:00:00Z';
    expect((await u.core.call('suratKeluar.assignNumber', { id: s.id }, A)).nomorUrut).toBe(1);
  });

  it('S3: the Keputusan register and the surat register count separately', async () => {
    const kep = await suratTtd('2025-03-18', { jenisNaskah: 'keputusan', kodeKlasifikasi: '100.3.3.1' });
    const a = await u.core.call('suratKeluar.assignNumber', { id: kep.id }, A);
    const b = await beriNomor('2025-03-18');
    expect(a.nomor).toBe('NOMOR 001 TAHUN 2025');
    expect(b.nomorUrut).toBe(1);
  });

  it('S4: a cancelled number stays in the book and is never issued again', async () => {
    for (let i = 0; i < 15; i++) await beriNomor('2025-03-18');
    const enam = await beriNomor('2025-03-18');
    expect(enam.nomorUrut).toBe(16);
    const batal = await u.core.call('suratKeluar.cancelNumber', { id: enam.id, alasan: 'Surat tidak jadi dikirim' }, A);
    expect(batal.nomor).toBeNull();
    expect((await beriNomor('2025-03-18')).nomorUrut).toBe(17);
    const book = await u.core.call('register.book', { kode: 'surat', tahun: 2025 }, A);
    expect(book.find((n) => n.urut === 16)).toMatchObject({ status: 'dibatalkan', alasan: 'Surat tidak jadi dikirim' });
    // Re-issuing 16: the counter cannot be set back below a used number, and the letter gets a new one.
    await expect(u.core.call('register.update', { kode: 'surat', format: '{klasifikasi}/{urut}/{unit}/{tahun}', tahun: 2025, nomorTerakhir: 15 }, A)).rejects.toThrow(
      /tidak boleh kurang dari 17/,
    );
    const lagi = await u.core.call('suratKeluar.assignNumber', { id: enam.id }, A);
    expect(lagi.nomorUrut).toBe(18);
    const urut = (await u.core.call('register.book', { kode: 'surat', tahun: 2025 }, A)).map((n) => n.urut);
    expect(new Set(urut).size).toBe(urut.length);
  });

  it('S6: {jabatan} takes the signer\'s code, and {bulanRomawi} the month of the letter', async () => {
    await u.core.call('jabatan.save', { id: 1, nama: 'Kepala Dinas Sosial', singkatan: 'Kadis', kode: 'Kadis', unitId: 1 }, A);
    await u.core.call('register.update', { kode: 'surat', format: '{klasifikasi}/{urut}/{jabatan}/{bulanRomawi}/{tahun}', tahun: 2025, nomorTerakhir: 7 }, A);
    const s = await suratTtd('2025-03-18', { penandatanganJabatanId: 1 });
    expect((await u.core.call('suratKeluar.assignNumber', { id: s.id }, A)).nomor).toBe('400.9.7/8/Kadis/III/2025');
  });

  it('S5: numbers are consecutive and unique, and the database refuses a duplicate outright', async () => {
    const a = await beriNomor('2025-03-18');
    const b = await beriNomor('2025-03-18');
    expect(b.nomorUrut).toBe(a.nomorUrut! + 1);
    expect(() =>
      u.core.sqlite
        .prepare(`INSERT INTO nomor_surat (register_kode, tahun, urut, sisipan, nomor, tanggal, surat_keluar_id) VALUES ('surat', 2025, ?, 0, 'x', '2025-03-18', ?)`)
        .run(a.nomorUrut, a.id),
    ).toThrow(/UNIQUE/);
  });
});

describe('nomor sisipan through the API (§13.3)', () => {
  it('I1–I7 on a real database, with the counter untouched by sisipan', async () => {
    await u.core.call('register.update', { kode: 'surat', format: '{kode}/{urut}/{unit}/{tahun}', padding: 3, tahun: 2025, nomorTerakhir: 13 }, A);
    for (const t of ['2025-03-10', '2025-03-12', '2025-03-14', '2025-03-17']) await beriNomor(t);
    const i1 = await beriNomor('2025-03-12', { sisipan: true, alasan: 'Surat tertinggal dicatat.' });
    expect(i1.nomor).toBe('400.9.7/015.01/Dinsos/2025');
    const linimasa = (await u.core.call('suratKeluar.get', { id: i1.id }, A)).riwayat;
    expect(linimasa.at(-1)!.uraian).toBe('Diberi nomor sisipan 400.9.7/015.01/Dinsos/2025 (alasan: Surat tertinggal dicatat).');
    expect((await beriNomor('2025-03-13', { sisipan: true, alasan: 'Tertinggal' })).nomor).toBe('400.9.7/015.02/Dinsos/2025');
    expect((await beriNomor('2025-03-14', { sisipan: true, alasan: 'Tertinggal' })).nomor).toBe('400.9.7/016.01/Dinsos/2025');
    expect((await beriNomor('2025-03-18')).nomor).toBe('400.9.7/018/Dinsos/2025');
    await expect(beriNomor('2025-03-12', { sisipan: true })).rejects.toThrow(/wajib disertai alasan/);
    // A future date: the letter cannot be recorded as signed on it, nor numbered before it comes.
    await expect(beriNomor('2025-03-21', { sisipan: true, alasan: 'x' })).rejects.toThrow(/tidak boleh sesudah hari ini/);
    const besok = await u.core.call('suratKeluar.create', { jenisNaskah: 'surat-dinas', tanggal: '2025-03-21', tujuan: 'Bupati', perihal: 'Laporan', kodeKlasifikasi: '400.9.7' }, A);
    await u.core.call('suratKeluar.sign', { id: besok.id, jabatanId: await kadis() }, A);
    await expect(u.core.call('suratKeluar.assignNumber', { id: besok.id, sisipan: true, alasan: 'x' }, A)).rejects.toThrow(/belum dapat diberi nomor/);
    expect((await beriNomor('2025-03-18', { sisipan: true, alasan: 'x' })).nomor).toBe('400.9.7/019/Dinsos/2025');
    await expect(beriNomor('2025-01-05', { sisipan: true, alasan: 'x' })).rejects.toThrow(/Tidak ada nomor/);
    const reg = (await u.core.call('register.list', {}, A)).find((r) => r.kode === 'surat')!;
    expect(reg.tahun.find((t) => t.tahun === 2025)?.nomorTerakhir).toBe(19);
    const audit = await u.core.call('audit.list', { tabel: 'nomor_surat', limit: 50 }, A);
    expect(audit.filter((e) => (e.sesudah as { sisipan: number }).sisipan > 0)).toHaveLength(3);
  });

  it('a rejected numbering writes nothing at all', async () => {
    const s = await suratTtd('2025-03-18');
    await u.core.call('suratKeluar.assignNumber', { id: s.id }, A);
    const lama = await suratTtd('2025-03-10');
    const sebelum = u.core.sqlite.prepare('SELECT (SELECT count(*) FROM nomor_surat) n, (SELECT count(*) FROM audit_log) a, (SELECT nomor_terakhir FROM register_tahun) t').get();
    await expect(u.core.call('suratKeluar.assignNumber', { id: lama.id }, A)).rejects.toThrow(/Gunakan nomor sisipan/);
    const sesudah = u.core.sqlite.prepare('SELECT (SELECT count(*) FROM nomor_surat) n, (SELECT count(*) FROM audit_log) a, (SELECT nomor_terakhir FROM register_tahun) t').get();
    expect(sesudah).toEqual(sebelum);
  });
});

describe('registers', () => {
  it('accepts literal text around tokens and rejects unknown tokens in Indonesian', async () => {
    const r = await u.core.call('register.update', { kode: 'perbup', nama: 'Register lama', format: '{klasifikasi}/{urut}/423.105/{tahun}' }, A);
    expect(r.format).toBe('{klasifikasi}/{urut}/423.105/{tahun}');
    await expect(u.core.call('register.update', { kode: 'x', format: '{kode}/{nomer}' }, A)).rejects.toThrow(/Token \{nomer\} tidak dikenal/);
    expect((await u.core.call('register.list', {}, A)).some((x) => x.kode === 'x')).toBe(false);
  });

  it('numbers only signed letters, and only once', async () => {
    const konsep = await u.core.call('suratKeluar.create', { jenisNaskah: 'nota-dinas', tanggal: '2025-03-18', tujuan: 'Sekretaris', perihal: 'Nota', kodeKlasifikasi: '000.1.1' }, A);
    await expect(u.core.call('suratKeluar.assignNumber', { id: konsep.id }, A)).rejects.toThrow(/sesudah ditandatangani/);
    const s = await beriNomor('2025-03-18');
    await expect(u.core.call('suratKeluar.assignNumber', { id: s.id }, A)).rejects.toThrow(/sudah bernomor/);
  });
});

describe('searching outgoing letters by number (the number is not in the full-text index)', () => {
  it('finds a letter by the whole number, by parts of it, and by words of its perihal', async () => {
    await u.core.call('register.update', { kode: 'surat', format: '{klasifikasi}/{urut}/{unit}/{tahun}', tahun: 2025, nomorTerakhir: 1233 }, A);
    const a = await beriNomor('2025-03-19');
    const b = await beriNomor('2025-03-19');
    expect([a.nomor, b.nomor]).toEqual(['400.9.7/1234/Dinsos/2025', '400.9.7/1235/Dinsos/2025']);
    const cari = async (q: string) => (await u.core.call('suratKeluar.search', { q }, A)).map((s) => s.nomor).sort();
    expect(await cari('400.9.7/1234/Dinsos/2025')).toEqual([a.nomor]);
    expect(await cari('1235/dinsos')).toEqual([b.nomor]);
    // Every word must occur in the number, in any order.
    expect(await cari('2025 1234')).toEqual([a.nomor]);
    expect(await cari('Laporan')).toEqual([a.nomor, b.nomor]);
    expect(await cari('123')).toEqual([a.nomor, b.nomor]);
    // LIKE wildcards typed by a person are taken literally.
    expect(await cari('400_9')).toEqual([]);
    expect(await cari('%')).toEqual([]);
    expect((await u.core.call('suratKeluar.list', { q: '1235' }, A)).items.map((s) => s.nomor)).toEqual([b.nomor]);
    // A cancelled number is not found any more; the letter keeps its perihal.
    await u.core.call('suratKeluar.cancelNumber', { id: b.id, alasan: 'Salah tujuan' }, A);
    expect(await cari('1235')).toEqual([]);
  });

  it('scans the small number index, not the table', () => {
    const rencana = u.core.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM surat_keluar WHERE nomor IS NOT NULL AND nomor LIKE ? ESCAPE '\\'`)
      .all('%1234%') as { detail: string }[];
    expect(rencana.map((r) => r.detail).join(' ')).toMatch(/COVERING INDEX surat_keluar_nomor/);
  });
});
