import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JenisLaporan } from '../../shared/api/laporan';
import { chromiumPdfRenderer, findChromium } from '../../db/core/pdf-chromium';
import { AGENDA_KELUAR } from '../../shared/laporan/agenda-keluar';
import { AGENDA_MASUK } from '../../shared/laporan/agenda-masuk';
import { EKSPEDISI } from '../../shared/laporan/ekspedisi';
import { lebarTeksMm, nomorHtml } from '../../shared/laporan/html';
import { lebarIsiTabel } from '../../shared/laporan/laporan-tabel';
import { lebarSelMm, type DefinisiTabel } from '../../shared/laporan/tabel';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { kataPdf, teksPdf, type KataPdf } from './alat';
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
async function cetakBerkas(jenis: JenisLaporan, lain: { mengetahui?: boolean; kertas?: 'F4' | 'A4' } = {}) {
  const path = join(keluaran, `${jenis}-${++berkasKe}.pdf`);
  await u.core.call('laporan.export', { jenis, format: 'pdf', path, dari: '2026-08-01', sampai: '2026-08-31', ...lain }, A);
  return path;
}
const cetak = async (jenis: JenisLaporan, lain: { mengetahui?: boolean; kertas?: 'F4' | 'A4' } = {}) => teksPdf(await cetakBerkas(jenis, lain));

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

/** Letters and digits: a line break between two of them cuts a run. */
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * The cell spells the whole number over more than one line; a line ends after a "/" unless the
 * part it falls in (up to the next "/") is too wide for the cell by itself, in which case it ends
 * after a "." or "-"; no run of digits or letters is cut.
 */
function nomorUtuh(nomor: string, potongan: string[], lebarSel: number, jenis: string) {
  const uraian = `${jenis}: ${potongan.join(' | ')}`;
  expect(potongan.join(''), uraian).toBe(nomor);
  expect(potongan.length, uraian).toBeGreaterThan(1);
  let posisi = 0;
  for (const [i, p] of potongan.slice(0, -1).entries()) {
    posisi += p.length;
    expect(ALNUM.test(p.at(-1)!) && ALNUM.test(potongan[i + 1]![0]!), `${uraian}: deret huruf/angka terpotong`).toBe(false);
    if (p.endsWith('/')) continue;
    expect(p, uraian).toMatch(/[.-]$/);
    const bagian = nomor.slice(nomor.lastIndexOf('/', posisi - 1) + 1, nomor.indexOf('/', posisi) + 1 || undefined);
    expect(lebarTeksMm(bagian, 8), `${uraian}: "${bagian}" muat utuh, mestinya dipotong sesudah "/"`).toBeGreaterThan(lebarSel);
  }
}

/** The room in a column's cells as the book lays numbers out on `kertas`. */
const lebarKolom = <T>(def: DefinisiTabel<T>, judul: string, kertas: 'F4' | 'A4') => lebarSelMm(def, lebarIsiTabel(kertas, def.orientasi))[def.kolom.findIndex((k) => k.judul === judul)]!;

describe('nomorHtml', () => {
  const nomor = '400.9.11.3/1234/A&B./2026';
  const utuh = (t: string) => `<span class="utuh">${t}</span>`;

  it('nomor yang muat satu baris dibiarkan; selain itu setiap bagian sampai "/" satu potongan tak terpisah, <wbr> di antaranya', () => {
    expect(lebarTeksMm('400.9.11.3/1234/A&B./2026', 8)).toBeLessThan(40);
    expect(nomorHtml(nomor, 40, 8)).toBe('400.9.11.3/1234/A&amp;B./2026');
    expect(nomorHtml(nomor, 15, 8)).toBe([utuh('400.9.11.3/'), utuh('1234/'), utuh('A&amp;B./'), utuh('2026')].join('<wbr>'));
    expect(nomorHtml('456', 10, 8)).toBe('456');
  });

  it('hanya bagian yang lebih lebar dari sel dipotong sesudah ".", lalu sesudah "-"; deret yang lebih lebar dari sel dibiarkan polos', () => {
    expect(nomorHtml(nomor, 10, 8)).toBe([utuh('400.'), utuh('9.'), utuh('11.'), utuh('3/'), utuh('1234/'), utuh('A&amp;B./'), utuh('2026')].join('<wbr>'));
    expect(nomorHtml('W15.PAS.PAS21-PK.01.05.02-1519/2026', 12, 8)).toBe(
      [utuh('W15.'), utuh('PAS.'), utuh('PAS21-'), utuh('PK.'), utuh('01.'), utuh('05.'), utuh('02-1519/'), utuh('2026')].join('<wbr>'),
    );
    expect(nomorHtml('B (ABC,DEF)/2026', 8, 8)).toBe([utuh('B ('), utuh('ABC,'), utuh('DEF)/'), utuh('2026')].join('<wbr>'));
    expect(nomorHtml('12345678901234567890/2026', 10, 8)).toBe(`12345678901234567890/<wbr>${utuh('2026')}`);
  });

});

describe.runIf(adaChromium)('nomor surat panjang dipotong hanya di antara bagiannya (PDF)', () => {
  it('buku agenda surat masuk: setiap baris nomor berakhir pada "/"', async () => {
    for (const kertas of ['F4', 'A4'] as const) {
      const potongan = potonganSel(await cetak('agenda-masuk', { kertas }), '400.9.11.3/');
      nomorUtuh(NOMOR_PANJANG, potongan, lebarKolom(AGENDA_MASUK, 'Nomor Surat', kertas), `agenda-masuk ${kertas}`);
      expect(potongan.slice(0, -1).every((p) => p.endsWith('/')), potongan.join(' | ')).toBe(true);
    }
  });

  it('bagian yang terlalu lebar dipotong sesudah "." tanpa mendorong bagian berikutnya ke baris baru', async () => {
    // The part up to its "/" is wider than the column, "02-1519/2026" is not.
    const nomor = 'W15.PAS.PAS21-PK.01.05.02-1519/2026';
    expect(lebarTeksMm('W15.PAS.PAS21-PK.01.05.02-1519/', 8)).toBeGreaterThan(lebarKolom(AGENDA_MASUK, 'Nomor Surat', 'F4'));
    await u.core.call('suratMasuk.create', { tanggalTerima: '2026-08-07', asal: 'Lapas Kelas IIA', nomorSurat: nomor, tanggalSurat: '2026-08-05', perihal: 'Permohonan data' }, A);
    for (const kertas of ['F4', 'A4'] as const) {
      const potongan = potonganSel(await cetak('agenda-masuk', { kertas }), 'W15.');
      nomorUtuh(nomor, potongan, lebarKolom(AGENDA_MASUK, 'Nomor Surat', kertas), `agenda-masuk ${kertas}`);
      expect(potongan, kertas).toEqual(['W15.PAS.PAS21-PK.01.05.', '02-1519/2026']);
    }
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
    nomorUtuh(NOMOR_PANJANG, potonganSel(await cetak('agenda-keluar'), '400.9.11.3/'), lebarKolom(AGENDA_KELUAR, 'Nomor Surat', 'F4'), 'agenda-keluar');
    nomorUtuh(NOMOR_PANJANG, potonganSel(await cetak('ekspedisi'), '400.9.11.3/'), lebarKolom(EKSPEDISI, 'Nomor Surat', 'F4'), 'ekspedisi');
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

const tengah = (k: { xMin: number; xMax: number }) => (k.xMin + k.xMax) / 2;
const sebarisKata = (a: KataPdf, b: KataPdf) => a.halaman === b.halaman && Math.abs(a.yMin - b.yMin) < 0.5;

/** The centre of each column, from the row of column numbers under the header. */
function tengahKolom(kata: KataPdf[]): number[] {
  for (const satu of kata.filter((k) => k.teks === '1')) {
    const deret = kata.filter((k) => sebarisKata(k, satu)).sort((a, b) => a.xMin - b.xMin);
    if (deret.length > 1 && deret.every((k, i) => k.teks === String(i + 1))) return deret.map(tengah);
  }
  throw new Error('Baris nomor kolom tidak tercetak.');
}

/**
 * The lines a date such as "30 September 2025" takes in the column centred at `kolom`: 1 when it
 * reads whole on one line, 2 when the year stands alone on the next; 0 for anything else (day and
 * month apart). A date centred where its column is also fits that column: text too wide for its
 * cell starts at the cell's left edge instead.
 */
function barisTanggal(kata: KataPdf[], kolom: number, tanggal: string): number {
  const [hari, bulan, tahun] = tanggal.split(' ');
  const berpusat = (xMin: number, xMax: number) => Math.abs(tengah({ xMin, xMax }) - kolom) < 0.5;
  for (const b of kata.filter((k) => k.teks === bulan)) {
    const h = kata.find((k) => k.teks === hari && sebarisKata(k, b) && k.xMax < b.xMin && b.xMin - k.xMax < 4);
    if (!h) continue;
    const t = kata.find((k) => k.teks === tahun && sebarisKata(k, b) && k.xMin > b.xMax && k.xMin - b.xMax < 4);
    if (t && berpusat(h.xMin, t.xMax)) return 1;
    const bawah = kata.find((k) => k.teks === tahun && k.halaman === b.halaman && k.yMin > b.yMin + 1 && k.yMin < b.yMin + 15 && berpusat(k.xMin, k.xMax));
    if (!t && bawah && berpusat(h.xMin, b.xMax)) return 2;
  }
  return 0;
}

describe.runIf(adaChromium)('tanggal di kolom buku (PDF)', () => {
  it('hari dan bulan tidak pernah terpisah; tahun turun ke baris kedua hanya bila tanggalnya tidak muat; "30 September" muat di kolomnya', async () => {
    await u.core.call('suratMasuk.create', { tanggalTerima: '2026-08-12', asal: 'Kantor Pos', nomorSurat: '12/2025', tanggalSurat: '2025-09-30', perihal: 'Surat lama' }, A);
    // [date, its column (Tanggal Diterima 2, Tanggal Surat 4), lines on F4, lines on A4]
    const harapan = [
      ['3 Agustus 2026', 1, 1, 2],
      ['1 Agustus 2026', 3, 1, 2],
      ['12 Agustus 2026', 1, 1, 2],
      // No register column holds the widest date: day and month, then the year.
      ['30 September 2025', 3, 2, 2],
    ] as const;
    for (const kertas of ['F4', 'A4'] as const) {
      const kata = kataPdf(await cetakBerkas('agenda-masuk', { kertas }));
      const kolom = tengahKolom(kata);
      const dapat = harapan.map(([tanggal, k]) => barisTanggal(kata, kolom[k]!, tanggal));
      expect(dapat, kertas).toEqual(harapan.map((h) => (kertas === 'F4' ? h[2] : h[3])));
    }
  });
});
