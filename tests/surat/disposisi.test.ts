import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

let u: CoreUji;
let jab: Record<string, number>;
const A = 'uji';

beforeEach(async () => {
  u = bukaCoreUji({ now: '2025-07-12T01:00:00Z' });
  jab = Object.fromEntries((await u.core.call('jabatan.list', {}, A)).map((j) => [j.singkatan!, j.id]));
});
afterEach(() => u.selesai());

async function suratDenganDisposisi() {
  const s = await u.core.call(
    'suratMasuk.create',
    {
      tanggalTerima: '2025-07-07',
      asal: 'Dinas Sosial Provinsi Jawa Timur',
      nomorSurat: '400.9.7/1234/107.3/2025',
      tanggalSurat: '2025-07-03',
      perihal: 'Undangan Rapat Koordinasi Penyaluran Bantuan Sosial',
      urgensi: 'segera',
    },
    A,
  );
  const d = await u.core.call(
    'disposisi.create',
    {
      suratMasukId: s.id,
      dariJabatanId: jab.Kadis!,
      tanggal: '2025-07-07',
      penerima: [{ jabatanId: jab.Sekdis!, utama: true }, { jabatanId: jab['Kabid Linjamsos']! }],
      instruksi: ['Wakili/Hadiri', 'Koordinasikan'],
      catatan: 'Siapkan data penerima',
      batasWaktu: '2025-07-10',
    },
    A,
  );
  return { s, d };
}

describe('disposisi (pedoman §7, §13.5)', () => {
  it('disposes to two jabatan, one leading, and the letter follows its branches', async () => {
    const { s, d } = await suratDenganDisposisi();
    expect(d.penerima.map((p) => [p.jabatan, p.utama, p.status])).toEqual([
      ['Sekretaris', true, 'belum_dibaca'],
      ['Kepala Bidang Perlindungan dan Jaminan Sosial', false, 'belum_dibaca'],
    ]);
    expect((await u.core.call('suratMasuk.get', { id: s.id }, A)).status).toBe('didisposisi');

    const [sek, kabid] = d.penerima;
    await u.core.call('disposisi.updateStatus', { penerimaId: kabid!.id, status: 'diterima' }, A);
    await u.core.call('disposisi.updateStatus', { penerimaId: kabid!.id, status: 'ditindaklanjuti', catatan: 'Data penerima disiapkan' }, A);
    expect((await u.core.call('suratMasuk.get', { id: s.id }, A)).status).toBe('ditindaklanjuti');
    await u.core.call('disposisi.updateStatus', { penerimaId: kabid!.id, status: 'selesai', catatan: 'Hadir rapat' }, A);
    await u.core.call('disposisi.updateStatus', { penerimaId: sek!.id, status: 'selesai' }, A);
    const detail = await u.core.call('suratMasuk.get', { id: s.id }, A);
    expect(detail.status).toBe('selesai');
    expect(detail.disposisi[0]!.penerima[1]!.tindakLanjut.map((t) => [t.status, t.catatan])).toEqual([
      ['diterima', null],
      ['ditindaklanjuti', 'Data penerima disiapkan'],
      ['selesai', 'Hadir rapat'],
    ]);
    expect(detail.riwayat.map((r) => r.aksi)).toEqual(['dicatat', 'didisposisikan', 'disposisi-diterima', 'disposisi-ditindaklanjuti', 'disposisi-selesai', 'disposisi-selesai']);
    await expect(u.core.call('disposisi.updateStatus', { penerimaId: kabid!.id, status: 'diterima' }, A)).rejects.toThrow(/tidak dapat berubah dari selesai/);
  });

  it('a recipient reports progress more than once: every note is kept, in order, and the branch stays followed up until selesai', async () => {
    const { s, d } = await suratDenganDisposisi();
    const kabid = d.penerima[1]!;
    const lapor = (status: 'ditindaklanjuti' | 'selesai', catatan?: string) =>
      u.core.call('disposisi.updateStatus', { penerimaId: kabid.id, status, ...(catatan ? { catatan } : {}) }, A);
    await lapor('ditindaklanjuti', 'Sedang diproses bersama kecamatan');
    const kedua = await lapor('ditindaklanjuti', 'Sudah dilaksanakan, laporan menyusul');
    expect(kedua.penerima[1]!.status).toBe('ditindaklanjuti');
    // A further report says something: an empty one is refused on the field, writing nothing.
    const catatanSebelum = (u.core.sqlite.prepare('SELECT count(*) n FROM tindak_lanjut').get() as { n: number }).n;
    await expect(lapor('ditindaklanjuti')).rejects.toMatchObject({ issues: [{ path: 'catatan', message: 'Catatan tindak lanjut wajib diisi.' }] });
    expect((u.core.sqlite.prepare('SELECT count(*) n FROM tindak_lanjut').get() as { n: number }).n).toBe(catatanSebelum);
    await lapor('selesai', 'Laporan dikirim');
    const detail = await u.core.call('suratMasuk.get', { id: s.id }, A);
    expect(detail.disposisi[0]!.penerima[1]!.tindakLanjut.map((t) => [t.status, t.catatan])).toEqual([
      ['ditindaklanjuti', 'Sedang diproses bersama kecamatan'],
      ['ditindaklanjuti', 'Sudah dilaksanakan, laporan menyusul'],
      ['selesai', 'Laporan dikirim'],
    ]);
    expect(detail.riwayat.map((r) => r.uraian).filter((r) => r.includes('ditindaklanjuti'))).toEqual([
      'Kepala Bidang Perlindungan dan Jaminan Sosial: ditindaklanjuti — Sedang diproses bersama kecamatan.',
      'Kepala Bidang Perlindungan dan Jaminan Sosial: ditindaklanjuti — Sudah dilaksanakan, laporan menyusul.',
    ]);
    // Each report is in the audit log with its note, though the branch itself did not change.
    const jejak = await u.core.call('audit.list', { tabel: 'disposisi_penerima' }, A);
    expect(jejak.map((j) => (j.sesudah as { tindakLanjut?: { catatan: string } }).tindakLanjut?.catatan)).toContain('Sudah dilaksanakan, laporan menyusul');
    // Once selesai the branch takes no more.
    await expect(lapor('ditindaklanjuti', 'Lagi')).rejects.toThrow(/tidak dapat berubah dari selesai menjadi ditindaklanjuti/);
  });

  it('each note on a branch names the person who wrote it; a process that is not an account keeps its own name', async () => {
    const { s, d } = await suratDenganDisposisi();
    await u.core.call('auth.setupAdmin', { username: 'admin', nama: 'Admin Dinas', sandi: 'rahasia-admin-1' }, { token: '' });
    await u.core.call('disposisi.updateStatus', { penerimaId: d.penerima[0]!.id, status: 'diterima' }, { username: 'admin' });
    await u.core.call('disposisi.updateStatus', { penerimaId: d.penerima[0]!.id, status: 'ditindaklanjuti', catatan: 'Dari CLI' }, 'cli:operator');
    const catatan = (await u.core.call('suratMasuk.get', { id: s.id }, A)).disposisi[0]!.penerima[0]!.tindakLanjut;
    expect(catatan.map((t) => [t.aktor, t.namaAktor])).toEqual([
      ['admin', 'Admin Dinas'],
      ['cli:operator', null],
    ]);
  });

  it('D3: withdrawal succeeds while unread and fails once read', async () => {
    const { s, d } = await suratDenganDisposisi();
    const [sek, kabid] = d.penerima;
    const ditarik = await u.core.call('disposisi.tarik', { penerimaId: kabid!.id, alasan: 'Salah tujuan' }, A);
    expect(ditarik.penerima.find((p) => p.id === kabid!.id)!.status).toBe('ditarik');
    await u.core.call('disposisi.updateStatus', { penerimaId: sek!.id, status: 'diterima' }, A);
    await expect(u.core.call('disposisi.tarik', { penerimaId: sek!.id }, A)).rejects.toThrow(/hanya dapat ditarik selama belum dibaca/);
    await u.core.call('disposisi.updateStatus', { penerimaId: sek!.id, status: 'selesai' }, A);
    // A withdrawn branch does not hold the letter open.
    expect((await u.core.call('suratMasuk.get', { id: s.id }, A)).status).toBe('selesai');
  });

  it('D4: a recipient passes it on; the child hangs under the branch and marks it read', async () => {
    const { s, d } = await suratDenganDisposisi();
    const sek = d.penerima[0]!;
    await expect(
      u.core.call('disposisi.create', { suratMasukId: s.id, dariJabatanId: jab['Kasubbag Umpeg']!, asalPenerimaId: sek.id, tanggal: '2025-07-08', penerima: [{ jabatanId: jab['Kasubbag Keuangan']!, utama: true }], instruksi: ['Tindak lanjuti'] }, A),
    ).rejects.toThrow(/Hanya penerima disposisi/);
    const anak = await u.core.call(
      'disposisi.create',
      { suratMasukId: s.id, dariJabatanId: jab.Sekdis!, asalPenerimaId: sek.id, tanggal: '2025-07-08', penerima: [{ jabatanId: jab['Kasubbag Umpeg']!, utama: true }], instruksi: ['Siapkan bahan'] },
      A,
    );
    expect(anak.asalPenerimaId).toBe(sek.id);
    const tree = (await u.core.call('suratMasuk.get', { id: s.id }, A)).disposisi;
    expect(tree).toHaveLength(1);
    expect(tree[0]!.penerima[0]!.status).toBe('diterima');
    expect(tree[0]!.penerima[0]!.diteruskan[0]!.penerima[0]!.jabatan).toBe('Kepala Subbagian Umum dan Kepegawaian');
    // The letter is done only when every branch, at any depth, is done.
    for (const p of [tree[0]!.penerima[0]!, tree[0]!.penerima[1]!]) await u.core.call('disposisi.updateStatus', { penerimaId: p.id, status: 'selesai' }, A);
    expect((await u.core.call('suratMasuk.get', { id: s.id }, A)).status).toBe('ditindaklanjuti');
    const inbox = await u.core.call('disposisi.inbox', { jabatanId: jab['Kasubbag Umpeg']! }, A);
    expect(inbox).toEqual([expect.objectContaining({ dariJabatan: 'Sekretaris', status: 'belum_dibaca', nomorAgenda: 1 })]);
  });

  it('rejects bad dispositions whole: two leading recipients, self, no instruction, past deadline', async () => {
    const { s } = await suratDenganDisposisi();
    const n = () => (u.core.sqlite.prepare('SELECT count(*) n FROM disposisi_penerima').get() as { n: number }).n;
    const before = n();
    const base = { suratMasukId: s.id, dariJabatanId: jab.Kadis!, tanggal: '2025-07-08', instruksi: ['Pantau'] };
    await expect(u.core.call('disposisi.create', { ...base, penerima: [{ jabatanId: jab.Sekdis!, utama: true }, { jabatanId: jab['Kabid Rehsos']!, utama: true }] }, A)).rejects.toThrow(/Hanya satu penerima/);
    await expect(u.core.call('disposisi.create', { ...base, penerima: [{ jabatanId: jab.Kadis!, utama: true }] }, A)).rejects.toThrow(/penerimanya sendiri/);
    await expect(u.core.call('disposisi.create', { ...base, instruksi: [], penerima: [{ jabatanId: jab.Sekdis!, utama: true }] }, A)).rejects.toThrow(/instruksi atau catatan/);
    await expect(u.core.call('disposisi.create', { ...base, batasWaktu: '2025-07-01', penerima: [{ jabatanId: jab.Sekdis!, utama: true }] }, A)).rejects.toThrow(/Batas waktu/);
    await expect(u.core.call('disposisi.create', { ...base, penerima: [{ jabatanId: 999, utama: true }] }, A)).rejects.toThrow(/Jabatan #999 tidak ditemukan/);
    expect(n()).toBe(before);
  });

  it('the dashboard shows letters not yet disposed, overdue dispositions and counts per unit', async () => {
    await suratDenganDisposisi();
    const musrenbang = await u.core.call(
      'suratMasuk.create',
      { tanggalTerima: '2025-07-11', asal: 'Kecamatan Kota', nomorSurat: '005/9/2025', tanggalSurat: '2025-07-10', perihal: 'Undangan Musrenbang' },
      A,
    );
    const d = await u.core.call('dashboard.get', {}, A);
    expect(d.belumDidisposisi).toBe(1);
    expect(d.suratBelumDidisposisi[0]!.perihal).toBe('Undangan Musrenbang');
    expect(d.disposisiLewatBatas.map((x) => x.jabatan).sort()).toEqual(['Kepala Bidang Perlindungan dan Jaminan Sosial', 'Sekretaris']);
    expect(d.perUnit.find((r) => r.unit === 'Sekretariat')).toMatchObject({ belumDibaca: 1, lewatBatas: 1 });
    // A cancelled entry keeps its agenda number but is not counted as a letter received this year.
    expect(d.suratMasukTahunIni).toBe(2);
    await u.core.call('suratMasuk.batalkan', { id: musrenbang.id, alasan: 'Tercatat ganda' }, A);
    expect(await u.core.call('dashboard.get', {}, A)).toMatchObject({ suratMasukTahunIni: 1, belumDidisposisi: 0 });
  });
});
