import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JenisLaporan } from '../../shared/api/laporan';
import { chromiumPdfRenderer, findChromium } from '../../db/core/pdf-chromium';
import { esc, nomorHtml } from '../../shared/laporan/html';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { teksPdf } from './alat';
import { jabatanPerSingkatan } from './data-uji';

/** The walk-through's number: long enough to wrap in every register's Nomor Surat column. */
const NOMOR_PANJANG = '400.9.11.3/1234/Dinsos.Kab.Sumberagung/2026';
const A = 'uji-cetak-buku';

let u: CoreUji;
let jab: Record<string, number>;
let keluaran: string;

beforeAll(async () => {
  u = bukaCoreUji({ now: '2026-08-20T02:00:00Z', pdf: chromiumPdfRenderer() });
  jab = await jabatanPerSingkatan(u.core);
  keluaran = tempDir('laporan-cetak-buku-');
  const kasubbag = await u.core.call('pegawai.save', { nama: 'Rina Marlina', gelarBelakang: 'S.Sos.', nip: '198203142006042003', pangkat: 'Penata', golongan: 'III/c' }, A);
  await u.core.call('penugasan.save', { jabatanId: jab['Kasubbag Umpeg']!, pegawaiId: kasubbag.id, status: 'definitif', mulai: '2024-01-01' }, A);
  await u.core.call(
    'suratMasuk.create',
    { tanggalTerima: '2026-08-03', asal: 'Kecamatan Sukamaju', nomorSurat: NOMOR_PANJANG, tanggalSurat: '2026-08-01', perihal: 'Permohonan data DTKS' },
    A,
  );
});
afterAll(async () => {
  await u?.selesai();
  rmSync(keluaran, { recursive: true, force: true });
});

let berkasKe = 0;
async function cetak(jenis: JenisLaporan, lain: { mengetahui?: boolean } = {}) {
  const path = join(keluaran, `${jenis}-${++berkasKe}.pdf`);
  await u.core.call('laporan.export', { jenis, format: 'pdf', path, dari: '2026-08-01', sampai: '2026-08-31', ...lain }, A);
  return teksPdf(path);
}

/** The lines of `pdftotext -layout`, whitespace folded. */
const baris = (teks: string) => teks.split('\n').map((b) => b.replace(/\s+/g, ' ').trim());

/** The line where `kiri` stands, followed further right on the same line by `kanan`. */
const sebaris = (teks: string, kiri: string, kanan: string) => baris(teks).some((b) => b.includes(kiri) && b.indexOf(kanan, b.indexOf(kiri) + kiri.length) >= 0);

/**
 * The pieces of one table cell as laid out: its first piece starts with `awal`; each later line's
 * piece starts where the first did (pdftotext -layout keeps columns), until the cell ends.
 */
function potonganSel(teks: string, awal: string): string[] {
  const lines = teks.split('\n');
  const mulai = lines.findIndex((l) => l.includes(awal));
  expect(mulai, `"${awal}" tidak tercetak`).toBeGreaterThanOrEqual(0);
  const kolom = lines[mulai]!.indexOf(awal);
  const potongan: string[] = [];
  for (const line of lines.slice(mulai)) {
    const p = [...line.matchAll(/\S+/g)].find((m) => Math.abs(m.index - kolom) <= 1);
    if (!p) break;
    potongan.push(p[0]);
  }
  return potongan;
}

const adaChromium = findChromium() !== null;

describe.runIf(adaChromium)('blok "Mengetahui" Kepala Dinas di bawah buku (PDF)', () => {
  it('Kepala Dinas tanpa pejabat: judul jabatan di kiri di atas garis isian, Kasubbag dengan tempat dan tanggal di kanan', async () => {
    const teks = await cetak('agenda-masuk');
    expect(sebaris(teks, 'Mengetahui,', 'Contoh, 20 Agustus 2026')).toBe(true);
    expect(sebaris(teks, 'Kepala Dinas Sosial,', 'Kepala Subbagian Umum dan Kepegawaian,')).toBe(true);
    expect(sebaris(teks, '(......', 'RINA MARLINA, S.Sos.')).toBe(true);
    expect(sebaris(teks, 'NIP. ......', 'NIP. 19820314 200604 2 003')).toBe(true);
  });

  it('dengan pejabat: nama bergelar, pangkat, NIP sejajar dengan blok Kasubbag; Plh. di depan jabatan', async () => {
    const kadis = await u.core.call(
      'pegawai.save',
      { nama: 'Bambang Sutrisno', gelarDepan: 'Drs.', gelarBelakang: 'M.Si.', nip: '196805121994031007', pangkat: 'Pembina Utama Muda', golongan: 'IV/c' },
      A,
    );
    await u.core.call('penugasan.save', { jabatanId: jab.Kadis!, pegawaiId: kadis.id, status: 'definitif', mulai: '2025-01-01' }, A);
    const teks = await cetak('agenda-masuk');
    expect(sebaris(teks, 'Kepala Dinas Sosial,', 'Kepala Subbagian Umum dan Kepegawaian,')).toBe(true);
    expect(sebaris(teks, 'Drs. BAMBANG SUTRISNO, M.Si.', 'RINA MARLINA, S.Sos.')).toBe(true);
    expect(sebaris(teks, 'Pembina Utama Muda (IV/c)', 'Penata (III/c)')).toBe(true);
    expect(sebaris(teks, 'NIP. 19680512 199403 1 007', 'NIP. 19820314 200604 2 003')).toBe(true);

    const sekdis = await u.core.call('pegawai.save', { nama: 'Sri Wahyuni', gelarBelakang: 'S.H.', nip: '197404022000032004', pangkat: 'Pembina', golongan: 'IV/a' }, A);
    await u.core.call('penugasan.save', { jabatanId: jab.Kadis!, pegawaiId: sekdis.id, status: 'plh', mulai: '2026-08-17', selesai: '2026-08-28' }, A);
    const plh = await cetak('rekap-disposisi');
    expect(sebaris(plh, 'Plh. Kepala Dinas Sosial,', 'Kepala Subbagian Umum dan Kepegawaian,')).toBe(true);
    expect(sebaris(plh, 'SRI WAHYUNI, S.H.', 'RINA MARLINA, S.Sos.')).toBe(true);
  });

  it('jabatan Kepala Dinas nonaktif: judulnya tetap tercetak di atas garis isian, tanpa pejabatnya', async () => {
    u.core.sqlite.prepare('UPDATE jabatan SET aktif = 0 WHERE id = ?').run(jab.Kadis!);
    try {
      const teks = await cetak('ekspedisi');
      expect(sebaris(teks, 'Kepala Dinas Sosial,', 'Kepala Subbagian Umum dan Kepegawaian,')).toBe(true);
      expect(sebaris(teks, '(......', 'RINA MARLINA, S.Sos.')).toBe(true);
      expect(teks).not.toContain('SRI WAHYUNI');
    } finally {
      u.core.sqlite.prepare('UPDATE jabatan SET aktif = 1 WHERE id = ?').run(jab.Kadis!);
    }
  });

  it('mengetahui: false mencetak hanya blok Kasubbag', async () => {
    const teks = await cetak('agenda-masuk', { mengetahui: false });
    expect(teks).not.toContain('Mengetahui');
    expect(teks).not.toContain('Kepala Dinas');
    expect(teks).not.toContain('BAMBANG');
    expect(teks).not.toContain('SRI WAHYUNI');
    expect(teks).toContain('Contoh, 20 Agustus 2026');
    expect(teks).toContain('Kepala Subbagian Umum dan Kepegawaian,');
    expect(teks).toContain('NIP. 19820314 200604 2 003');
  });
});

/** The cell spells the whole number over more than one line, each ending where `akhir` allows. */
function nomorUtuh(potongan: string[], akhir: RegExp, jenis: string) {
  const uraian = `${jenis}: ${potongan.join(' | ')}`;
  expect(potongan.join(''), uraian).toBe(NOMOR_PANJANG);
  expect(potongan.length, uraian).toBeGreaterThan(1);
  expect(potongan.slice(0, -1).every((p) => akhir.test(p)), uraian).toBe(true);
  // A dot breaks only a part that started on a fresh line and still did not fit.
  expect(potongan.filter((p) => p.endsWith('.')).every((p) => !p.includes('/')), uraian).toBe(true);
}

describe('nomorHtml', () => {
  it('setiap bagian sampai "/" satu kotak, titik hanya di dalam bagian; teks sudah di-escape', () => {
    expect(nomorHtml(esc('400.9.11.3/1234/A&B./2026'))).toBe(
      '<span class="bagian">400.<wbr>9.<wbr>11.<wbr>3/</span><wbr><span class="bagian">1234/</span><wbr><span class="bagian">A&amp;B./</span><wbr><span class="bagian">2026</span>',
    );
    expect(nomorHtml('456')).toBe('456');
  });
});

describe.runIf(adaChromium)('nomor surat panjang dipotong hanya di antara bagiannya (PDF)', () => {
  it('buku agenda surat masuk: setiap baris nomor berakhir pada "/"', async () => {
    nomorUtuh(potonganSel(await cetak('agenda-masuk'), '400.9.11.3/'), /\/$/, 'agenda-masuk');
  });

  it('buku agenda surat keluar dan buku ekspedisi: dipotong sesudah "/", bagian yang terlalu lebar sesudah "."', async () => {
    await u.core.call('register.update', { kode: 'surat', format: '{klasifikasi}/{urut}/Dinsos.Kab.Sumberagung/{tahun}', tahun: 2026, nomorTerakhir: 1233 }, A);
    const s = await u.core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal: '2026-08-04', tujuan: 'Camat Sukamaju', perihal: 'Undangan Sosialisasi PKH', kodeKlasifikasi: '400.9.11.3', ditandatangani: true },
      A,
    );
    expect((await u.core.call('suratKeluar.assignNumber', { id: s.id }, A)).nomor).toBe(NOMOR_PANJANG);
    await u.core.call('suratKeluar.ekspedisi', { id: s.id, tanggalKirim: '2026-08-05', cara: 'diantar' }, A);
    for (const jenis of ['agenda-keluar', 'ekspedisi'] as const) nomorUtuh(potonganSel(await cetak(jenis), '400.9.11.3/'), /[/.]$/, jenis);
  });

  it('lembar disposisi: baris Nomor surat dipotong sesudah "/"', async () => {
    const nomor = '005/1234/Bid.Linjamsos/Dinsos.Kab.Sumberagung/Sekretariat.Daerah/VIII/2026';
    const s = await u.core.call('suratMasuk.create', { tanggalTerima: '2026-08-06', asal: 'Kecamatan Sukamaju', nomorSurat: nomor, tanggalSurat: '2026-08-05', perihal: 'Undangan' }, A);
    const path = join(keluaran, 'lembar-nomor-panjang.pdf');
    await u.core.call('laporan.export', { jenis: 'lembar-disposisi', format: 'pdf', path, suratMasukId: s.id }, A);
    // The row ends where the next label (Tanggal surat) begins.
    const teks = teksPdf(path);
    const potongan = potonganSel(teks.slice(0, teks.indexOf('Tanggal surat')), '005/');
    expect(potongan.join('')).toBe(nomor);
    expect(potongan.length).toBeGreaterThan(1);
    expect(potongan.slice(0, -1).every((p) => p.endsWith('/')), potongan.join(' | ')).toBe(true);
  });
});
