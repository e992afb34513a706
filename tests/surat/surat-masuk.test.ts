import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

let u: CoreUji;
const A = 'agendaris';
const surat = {
  tanggalTerima: '2025-07-07',
  asal: 'Dinas Sosial Provinsi Jawa Timur',
  nomorSurat: '400.9.7/1234/107.3/2025',
  tanggalSurat: '2025-07-03',
  perihal: 'Undangan Rapat Koordinasi Penyaluran Bantuan Sosial',
  urgensi: 'segera',
  klasifikasiKeamanan: 'B',
  kodeKlasifikasi: '400.9.7',
};

beforeEach(() => {
  // Early January 2026, so the examples can receive letters on both sides of the year's turn.
  u = bukaCoreUji({ now: '2026-01-05T01:00:00Z' });
});
afterEach(() => u.selesai());

const hitung = (tabel: string) => (u.core.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel}`).get() as { n: number }).n;

describe('surat masuk register', () => {
  it('numbers the agenda per calendar year of receipt, never reusing a number', async () => {
    const a = await u.core.call('suratMasuk.create', surat, A);
    const b = await u.core.call('suratMasuk.create', { ...surat, nomorSurat: 'lain/1' }, A);
    const c = await u.core.call('suratMasuk.create', { ...surat, nomorSurat: 'lain/2', tanggalTerima: '2026-01-02' }, A);
    expect([a.nomorAgenda, b.nomorAgenda, c.nomorAgenda]).toEqual([1, 2, 1]);
    expect([a.tahunAgenda, c.tahunAgenda]).toEqual([2025, 2026]);
    expect(a).toMatchObject({ urgensi: 'segera', klasifikasiKeamanan: 'biasa', status: 'belum_didisposisi' });
    await expect(u.core.call('suratMasuk.update', { id: a.id, tanggalTerima: '2026-01-03' }, A)).rejects.toThrow(/tahun agenda 2025/);
  });

  it('warns about a likely duplicate (same asal and nomor surat, spacing and case aside)', async () => {
    const a = await u.core.call('suratMasuk.create', surat, A);
    expect(a.kemungkinanDuplikat).toEqual([]);
    const b = await u.core.call('suratMasuk.create', { ...surat, asal: '  dinas sosial provinsi  JAWA TIMUR ' }, A);
    expect(b.kemungkinanDuplikat).toEqual([expect.objectContaining({ id: a.id, nomorAgenda: 1 })]);
    expect(await u.core.call('suratMasuk.checkDuplicate', { asal: surat.asal, nomorSurat: surat.nomorSurat, kecualiId: b.id }, A)).toHaveLength(1);
  });

  it('finds the duplicate however the clerk spelled the sender: abbreviations written out, punctuation aside', async () => {
    const bps = await u.core.call('suratMasuk.create', { ...surat, asal: 'Badan Pusat Statistik Kabupaten Contoh', nomorSurat: 'B-12/BPS/3501/2025' }, A);
    const cek = (asal: string, nomorSurat = 'B-12/BPS/3501/2025') => u.core.call('suratMasuk.checkDuplicate', { asal, nomorSurat }, A);
    expect(await cek('BPS Kab. Contoh.')).toEqual([expect.objectContaining({ id: bps.id })]);
    expect(await cek('badan pusat statistik, kabupaten contoh', 'b-12 / bps/3501/2025')).toHaveLength(1);
    // The same number from another sender is another letter.
    expect(await cek('BPS Kab. Sumberagung')).toEqual([]);
    expect(await cek('BPS Kab. Contoh', 'B-13/BPS/3501/2025')).toEqual([]);
  });

  it('rejects malformed input with Indonesian messages per field and writes nothing', async () => {
    const sebelum = [hitung('surat_masuk'), hitung('audit_log'), hitung('urutan')];
    const coba = async (input: Record<string, unknown>) => u.core.call('suratMasuk.create', input as never, A).catch((e) => e);
    const e1 = await coba({ ...surat, perihal: '   ' });
    expect(e1.code).toBe('VALIDASI');
    expect(e1.issues).toEqual([{ path: 'perihal', message: 'Perihal wajib diisi.' }]);
    expect((await coba({ ...surat, tanggalSurat: '2025-07-09' })).message).toMatch(/Tanggal surat tidak boleh sesudah tanggal terima/);
    expect((await coba({ ...surat, tanggalTerima: '2025-02-30' })).message).toMatch(/bukan tanggal yang ada di kalender/);
    expect((await coba({ ...surat, urgensi: 'kilat' })).message).toMatch(/Urgensi harus/);
    expect((await coba({ ...surat, kodeKlasifikasi: '400.9' })).message).toMatch(/kode induk/);
    expect((await coba({ ...surat, kodeKlasifikasi: '999.1' })).message).toMatch(/tidak ada dalam daftar/);
    expect((await coba({ ...surat, nomorsurat: 'typo' })).message).toMatch(/nomorsurat/);
    expect([hitung('surat_masuk'), hitung('audit_log'), hitung('urutan')]).toEqual(sebelum);
  });

  it('finds letters by words, case and diacritics aside, and by number fragments', async () => {
    await u.core.call('suratMasuk.create', surat, A);
    await u.core.call('suratMasuk.create', { ...surat, nomorSurat: '800/55/BKPSDM/2025', asal: 'BKPSDM', perihal: 'Usulan Kenaikan Pangkat Periode Oktober', ringkasan: 'Daftar pegawai' }, A);
    expect((await u.core.call('suratMasuk.search', { q: 'bantuan SOSIAL' }, A)).map((s) => s.nomorAgenda)).toEqual([1]);
    expect((await u.core.call('suratMasuk.search', { q: 'kenaik pangk' }, A)).map((s) => s.nomorAgenda)).toEqual([2]);
    expect((await u.core.call('suratMasuk.search', { q: '1234/107' }, A)).map((s) => s.nomorAgenda)).toEqual([1]);
    expect((await u.core.call('suratMasuk.search', { q: 'bkpsdm' }, A))).toHaveLength(1);
    expect((await u.core.call('suratMasuk.search', { q: 'NEAR( "' }, A))).toEqual([]);
    const page = await u.core.call('suratMasuk.list', { q: 'usulan', limit: 10 }, A);
    expect(page.total).toBe(1);
    // Edits reach the index through the triggers.
    await u.core.call('suratMasuk.update', { id: 2, perihal: 'Permohonan Data Penerima PKH' }, A);
    expect(await u.core.call('suratMasuk.search', { q: 'kenaikan' }, A)).toEqual([]);
    expect(await u.core.call('suratMasuk.search', { q: 'pkh' }, A)).toHaveLength(1);
  });

  it('pages the agenda from the core, newest first', async () => {
    for (let i = 1; i <= 25; i++) await u.core.call('suratMasuk.create', { ...surat, nomorSurat: `n/${i}`, tanggalTerima: `2025-07-${String(i).padStart(2, '0')}`, tanggalSurat: '2025-07-01' }, A);
    const p1 = await u.core.call('suratMasuk.list', { limit: 10 }, A);
    const p3 = await u.core.call('suratMasuk.list', { limit: 10, offset: 20 }, A);
    expect(p1.total).toBe(25);
    expect(p1.items[0]!.nomorAgenda).toBe(25);
    expect(p3.items.map((s) => s.nomorAgenda)).toEqual([5, 4, 3, 2, 1]);
    expect((await u.core.call('suratMasuk.list', { dari: '2025-07-10', sampai: '2025-07-12' }, A)).total).toBe(3);
  });

  it('finds a letter by the nomor agenda written on it, with or without its year', async () => {
    for (let i = 1; i <= 13; i++) await u.core.call('suratMasuk.create', { ...surat, nomorSurat: `n/${i}`, tanggalTerima: '2025-12-30', tanggalSurat: '2025-12-01' }, A);
    await u.core.call('suratMasuk.create', { ...surat, nomorSurat: 'baru/1', tanggalTerima: '2026-01-02', tanggalSurat: '2026-01-02' }, A);
    const cari = async (q: string, tahun?: number) => {
      const daftar = await u.core.call('suratMasuk.list', { q, tahun }, A);
      // Every match fits on the page, so the total the screen shows is exactly the rows found.
      expect(daftar.total).toBe(daftar.items.length);
      return daftar.items.map((s) => `${s.nomorAgenda}/${s.tahunAgenda} ${s.nomorSurat}`);
    };
    expect(await cari('13/2025')).toEqual(['13/2025 n/13']);
    expect(await cari('1/2026')).toEqual(['1/2026 baru/1']);
    // Without a year: agenda 1 of every year, and every letter whose text has a word starting with 1.
    expect(await cari('1')).toEqual(expect.arrayContaining(['1/2026 baru/1', '1/2025 n/1', '10/2025 n/10', '13/2025 n/13']));
    expect(await cari('1', 2026)).toEqual(['1/2026 baru/1']);
    expect(await cari('99/2025')).toEqual([]);
  });

  it('the letter with the typed nomor agenda heads the list, before letters that only carry the digits, and paging neither repeats nor skips', async () => {
    const agenda2 = await u.core.call('suratMasuk.create', { ...surat, nomorSurat: 'a/1', tanggalTerima: '2025-03-01', tanggalSurat: '2025-03-01' }, A);
    await u.core.call('suratMasuk.create', { ...surat, nomorSurat: 'a/2', tanggalTerima: '2025-03-02', tanggalSurat: '2025-03-02' }, A);
    // Received later, so by date they would come first: their nomor surat ends in 2/2025.
    for (let i = 1; i <= 5; i++) await u.core.call('suratMasuk.create', { ...surat, nomorSurat: `005/${i}/2/2025`, tanggalTerima: '2025-06-01', tanggalSurat: '2025-05-30' }, A);
    const semua = await u.core.call('suratMasuk.list', { q: '2/2025', limit: 50 }, A);
    expect(semua.items[0]!.id).toBe(agenda2.id + 1);
    expect(semua.items[0]!.nomorAgenda).toBe(2);
    expect(semua.total).toBe(6);
    const halaman = [];
    for (let offset = 0; offset < 6; offset += 4) halaman.push(...(await u.core.call('suratMasuk.list', { q: '2/2025', limit: 4, offset }, A)).items.map((s) => s.id));
    expect(halaman).toEqual(semua.items.map((s) => s.id));
  });

  it('writes a copy of a scan out of the store, byte for byte, and never over a file without being told', async () => {
    const s = await u.core.call('suratMasuk.create', surat, A);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('pindaian uji')]);
    const b = await u.core.call('suratMasuk.attach', { id: s.id, namaFile: 'foto surat.png', isiBase64: png.toString('base64') }, A);
    const tujuan = join(u.dataDir, 'salinan.png');
    const salinan = await u.core.call('suratMasuk.salinLampiran', { berkasId: b.id, path: tujuan }, A);
    expect(salinan).toMatchObject({ path: tujuan, ukuran: png.length, sha256: b.sha256 });
    expect(readFileSync(tujuan).equals(png)).toBe(true);
    await expect(u.core.call('suratMasuk.salinLampiran', { berkasId: b.id, path: tujuan }, A)).rejects.toMatchObject({ code: 'KONFLIK' });
    // The extension follows what the scan is, by its content.
    await expect(u.core.call('suratMasuk.salinLampiran', { berkasId: b.id, path: join(u.dataDir, 'salinan.pdf') }, A)).rejects.toThrow(/berakhiran \.png/);
    await expect(u.core.call('suratMasuk.salinLampiran', { berkasId: 9999, path: join(u.dataDir, 'x.pdf') }, A)).rejects.toThrow(/Pindaian #9999/);
    // A store file damaged on disk is refused, and the copy already written stays as it was.
    writeFileSync(u.core.berkas.pathOf(b.sha256), 'rusak');
    await expect(u.core.call('suratMasuk.salinLampiran', { berkasId: b.id, path: tujuan, timpa: true }, A)).rejects.toThrow(/rusak/);
    expect(readFileSync(tujuan).equals(png)).toBe(true);
  });

  it('stores scans under their SHA-256, type checked by content', async () => {
    const s = await u.core.call('suratMasuk.create', surat, A);
    const pdf = join(u.dataDir, 'pindai.pdf');
    writeFileSync(pdf, '%PDF-1.4\n% pindaian uji\n');
    const b = await u.core.call('suratMasuk.attach', { id: s.id, namaFile: 'pindai.pdf', path: pdf }, A);
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(u.core.berkas.baca(b.sha256).toString()).toContain('pindaian uji');
    const palsu = Buffer.from('MZ bukan gambar').toString('base64');
    await expect(u.core.call('suratMasuk.attach', { id: s.id, namaFile: 'foto.jpg', isiBase64: palsu }, A)).rejects.toThrow(/PDF, JPG, atau PNG/);
    await expect(u.core.call('suratMasuk.attach', { id: s.id, namaFile: 'nol', path: '/dev/zero' }, A)).rejects.toThrow(/bukan berkas biasa/);
    const detail = await u.core.call('suratMasuk.get', { id: s.id }, A);
    expect(detail.berkas).toHaveLength(1);
    expect(detail.riwayat.map((r) => r.aksi)).toEqual(['dicatat', 'lampiran']);
  });

  it('the detail names its kode klasifikasi from the reference table, and follows a correction', async () => {
    const s = await u.core.call('suratMasuk.create', surat, A);
    const nama = async () => (await u.core.call('suratMasuk.get', { id: s.id }, A)).namaKlasifikasi;
    expect(await nama()).toBe('Pengumpulan dan Pengelolaan Sumber Dana Bantuan Sosial');
    await u.core.call('suratMasuk.update', { id: s.id, kodeKlasifikasi: '400.9.11.3' }, A);
    expect(await nama()).toBe('Bantuan Langsung dan Tunjangan Berkelanjutan Meliputi Pendampingan dan Penyaluran');
    await u.core.call('suratMasuk.update', { id: s.id, kodeKlasifikasi: null }, A);
    expect(await nama()).toBeNull();
    // A code from before the current table (imported, or the old pattern) is shown without a name.
    u.core.sqlite.prepare("UPDATE surat_masuk SET kode_klasifikasi = '045.2' WHERE id = ?").run(s.id);
    expect(await nama()).toBeNull();
  });
});

describe('corrections', () => {
  it('a correction that does not mention the sifat keeps it, and the timeline names fields in Indonesian', async () => {
    const s = await u.core.call('suratMasuk.create', { ...surat, klasifikasiKeamanan: 'rahasia' }, A);
    const ubah = await u.core.call('suratMasuk.update', { id: s.id, perihal: 'Undangan Rapat Koordinasi (ralat)' }, A);
    expect(ubah).toMatchObject({ urgensi: 'segera', klasifikasiKeamanan: 'rahasia' });
    const riwayat = (await u.core.call('suratMasuk.get', { id: s.id }, A)).riwayat;
    expect(riwayat.at(-1)!.uraian).toBe('Data surat diperbaiki: perihal.');
  });

  it('clears an optional detail sent empty or null, and keeps one left out', async () => {
    const s = await u.core.call('suratMasuk.create', { ...surat, lampiran: '1 (satu) berkas', ringkasan: 'Rapat tanggal 10 Juli' }, A);
    const kosong = await u.core.call('suratMasuk.update', { id: s.id, ringkasan: '' }, A);
    expect(kosong).toMatchObject({ ringkasan: null, lampiran: '1 (satu) berkas', kodeKlasifikasi: '400.9.7' });
    const nul = await u.core.call('suratMasuk.update', { id: s.id, lampiran: null, kodeKlasifikasi: null }, A);
    expect(nul).toMatchObject({ ringkasan: null, lampiran: null, kodeKlasifikasi: null, perihal: surat.perihal });
    const simpan = u.core.sqlite.prepare('SELECT lampiran, ringkasan, kode_klasifikasi AS kode FROM surat_masuk WHERE id = ?').get(s.id);
    expect(simpan).toEqual({ lampiran: null, ringkasan: null, kode: null });
    const riwayat = (await u.core.call('suratMasuk.get', { id: s.id }, A)).riwayat.map((r) => r.uraian);
    expect(riwayat.slice(-2)).toEqual(['Data surat diperbaiki: ringkasan.', 'Data surat diperbaiki: kode klasifikasi, lampiran.']);
  });

  it('a correction that changes nothing writes nothing: no audit entry, no timeline step', async () => {
    const s = await u.core.call('suratMasuk.create', surat, A);
    const [audit, riwayat] = [hitung('audit_log'), hitung('riwayat_surat')];
    const sama = await u.core.call('suratMasuk.update', { id: s.id, perihal: surat.perihal, urgensi: 'segera', lampiran: null }, A);
    expect(sama.updatedAt).toBe(s.updatedAt);
    expect([hitung('audit_log'), hitung('riwayat_surat')]).toEqual([audit, riwayat]);
    // The sifat sent along with a real change is not listed as corrected.
    await u.core.call('suratMasuk.update', { id: s.id, perihal: 'Undangan (ralat)', urgensi: 'segera', klasifikasiKeamanan: 'B' }, A);
    expect((await u.core.call('suratMasuk.get', { id: s.id }, A)).riwayat.at(-1)!.uraian).toBe('Data surat diperbaiki: perihal.');
  });
});

describe('dates that cannot be', () => {
  it('refuses a tanggal terima after today, a year typed wrong and an empty date, writing nothing', async () => {
    await expect(u.core.call('suratMasuk.create', { ...surat, tanggalTerima: '2026-01-06', tanggalSurat: '2026-01-02' }, A)).rejects.toThrow(
      'Tanggal terima (6 Januari 2026) tidak boleh sesudah hari ini.',
    );
    await expect(u.core.call('suratMasuk.create', { ...surat, tanggalSurat: '0202-11-20' }, A)).rejects.toThrow(/Tanggal surat di luar rentang yang wajar/);
    await expect(u.core.call('suratMasuk.create', { ...surat, tanggalSurat: '' }, A)).rejects.toThrow('Tanggal surat wajib diisi.');
    expect(hitung('surat_masuk')).toBe(0);
    const s = await u.core.call('suratMasuk.create', surat, A);
    await expect(u.core.call('suratMasuk.update', { id: s.id, tanggalTerima: '2099-01-01' }, A)).rejects.toThrow(/tidak boleh sesudah hari ini/);
  });

  it('refuses a disposisi dated after today', async () => {
    const s = await u.core.call('suratMasuk.create', surat, A);
    const jab = Object.fromEntries((await u.core.call('jabatan.list', {}, A)).map((j) => [j.singkatan!, j.id]));
    const disposisi = { suratMasukId: s.id, dariJabatanId: jab.Kadis!, penerima: [{ jabatanId: jab.Sekdis!, utama: true }], instruksi: ['Tindak lanjuti'] };
    await expect(u.core.call('disposisi.create', { ...disposisi, tanggal: '2026-01-06' }, A)).rejects.toThrow('Tanggal disposisi (6 Januari 2026) tidak boleh sesudah hari ini.');
    expect(hitung('disposisi')).toBe(0);
  });
});

describe('cancelling an entry (batal)', () => {
  it('keeps the number in the book as cancelled, never reuses it, and blocks correction and disposisi', async () => {
    const a = await u.core.call('suratMasuk.create', surat, A);
    const ganda = await u.core.call('suratMasuk.create', surat, A);
    expect(ganda.kemungkinanDuplikat.map((d) => d.id)).toEqual([a.id]);
    const batal = await u.core.call('suratMasuk.batalkan', { id: ganda.id, alasan: 'Tercatat ganda dengan 1/2025' }, A);
    expect(batal).toMatchObject({ status: 'dibatalkan', nomorAgenda: 2 });
    const riwayat = (await u.core.call('suratMasuk.get', { id: ganda.id }, A)).riwayat.at(-1)!;
    expect(riwayat).toMatchObject({ aksi: 'dibatalkan', uraian: 'Catatan dibatalkan: Tercatat ganda dengan 1/2025. Nomor agenda 2/2025 tetap di buku dan tidak dipakai lagi.' });

    await expect(u.core.call('suratMasuk.batalkan', { id: ganda.id, alasan: 'lagi' }, A)).rejects.toThrow('Catatan surat masuk 2/2025 sudah dibatalkan.');
    await expect(u.core.call('suratMasuk.update', { id: ganda.id, perihal: 'x' }, A)).rejects.toThrow(/sudah dibatalkan/);
    const jab = Object.fromEntries((await u.core.call('jabatan.list', {}, A)).map((j) => [j.singkatan!, j.id]));
    const disposisi = { dariJabatanId: jab.Kadis!, tanggal: '2025-07-08', penerima: [{ jabatanId: jab.Sekdis!, utama: true }], instruksi: ['Tindak lanjuti'] };
    await expect(u.core.call('disposisi.create', { ...disposisi, suratMasukId: ganda.id }, A)).rejects.toThrow(/sudah dibatalkan/);
    const pindaian = { id: ganda.id, namaFile: 'surat.pdf', isiBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };
    await expect(u.core.call('suratMasuk.attach', pindaian, A)).rejects.toThrow('Catatan surat masuk 2/2025 sudah dibatalkan.');
    expect((await u.core.call('suratMasuk.get', { id: ganda.id }, A)).berkas).toEqual([]);

    // The next letter takes 3; a cancelled entry is no longer offered as a duplicate; it is not work to do.
    const berikut = await u.core.call('suratMasuk.create', surat, A);
    expect(berikut.nomorAgenda).toBe(3);
    expect(berikut.kemungkinanDuplikat.map((d) => d.id)).toEqual([a.id]);
    expect((await u.core.call('suratMasuk.list', { status: 'dibatalkan' }, A)).items.map((s) => s.id)).toEqual([ganda.id]);
    expect((await u.core.call('suratMasuk.list', { status: 'belum_didisposisi' }, A)).total).toBe(2);

    // A letter already disposed cannot be cancelled while the disposisi stands.
    await u.core.call('disposisi.create', { ...disposisi, suratMasukId: a.id }, A);
    await expect(u.core.call('suratMasuk.batalkan', { id: a.id, alasan: 'x' }, A)).rejects.toThrow(/sudah didisposisikan/);
  });
});
