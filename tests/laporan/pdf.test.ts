import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JenisLaporan, Kertas } from '../../shared/api/laporan';
import { chromiumPdfRenderer, findChromium } from '../../db/core/pdf-chromium';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { infoPdf, jumlahGambarPdf, MM_KE_PT, teksPdf } from './alat';
import { isiDataUji, SEKARANG } from './data-uji';
import { logoPng } from './logo-uji';

let u: CoreUji;
let d: Awaited<ReturnType<typeof isiDataUji>>;
let keluaran: string;

beforeAll(async () => {
  u = bukaCoreUji({ now: SEKARANG, pdf: chromiumPdfRenderer() });
  d = await isiDataUji(u.core);
  u.core.sqlite.prepare('UPDATE instansi SET logo_sha256 = ? WHERE id = 1').run(u.core.berkas.simpan(logoPng()));
  keluaran = tempDir('laporan-pdf-');
});
afterAll(async () => {
  await u.selesai();
  rmSync(keluaran, { recursive: true, force: true });
});

async function ekspor(jenis: JenisLaporan, nama: string, lain: { kertas?: Kertas; dari?: string; sampai?: string; suratMasukId?: number } = {}) {
  const path = join(keluaran, nama);
  const hasil = await u.core.call('laporan.export', { jenis, format: 'pdf', path, ...lain }, 'uji');
  return { hasil, path, teks: teksPdf(path), info: infoPdf(path) };
}

function ukuranKira(info: { lebar: number; tinggi: number }, lebarMm: number, tinggiMm: number) {
  expect(Math.abs(info.lebar - lebarMm * MM_KE_PT)).toBeLessThan(1);
  expect(Math.abs(info.tinggi - tinggiMm * MM_KE_PT)).toBeLessThan(1);
}

/** The words of one line of `pdftotext -layout`, whitespace folded. */
const baris = (teks: string) => teks.split('\n').map((b) => b.replace(/\s+/g, ' ').trim());

const adaChromium = findChromium() !== null;

describe.runIf(adaChromium)('lembar disposisi (PDF)', () => {
  it('contoh §13.5 tercetak lengkap pada satu halaman setengah F4', async () => {
    const { hasil, teks, info, path } = await ekspor('lembar-disposisi', 'lembar-456.pdf', { suratMasukId: d.s456.id });
    expect(hasil).toMatchObject({ path, format: 'pdf', baris: 1 });
    expect(hasil.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(info.halaman).toBe(1);
    ukuranKira(info, 215, 165);

    const b = baris(teks);
    expect(teks).toContain('PEMERINTAH KABUPATEN CONTOH');
    expect(teks).toContain('DINAS SOSIAL');
    expect(teks).toContain('LEMBAR DISPOSISI');
    expect(b.some((l) => l.startsWith('Surat dari : Dinas Sosial Provinsi Jawa Timur'))).toBe(true);
    expect(b.some((l) => l.startsWith('Nomor surat : 400.9.7/1234/107.3/2025'))).toBe(true);
    expect(b.some((l) => l.startsWith('Tanggal surat : 3 Juli 2025'))).toBe(true);
    expect(teks).toMatch(/Diterima tanggal\s+: 7 Juli 2025/);
    expect(teks).toMatch(/Nomor agenda\s+: 456/);
    expect(teks).toMatch(/Sifat\s+: ☐ Biasa ☑ Segera ☐ Sangat Segera/);
    expect(teks).toMatch(/Keamanan\s+: ☑ Biasa ☐ Terbatas ☐ Rahasia/);
    expect(teks).toMatch(/Hal\s+: Undangan Rapat Koordinasi Penyaluran Bantuan Sosial/);
    expect(teks).toMatch(/Kode klasifikasi\s+: 400\.9\.7/);

    // Diteruskan kepada: the Sekretaris leads ("1"), the Kabid Linjamsos is ticked, the others are blank.
    expect(b.some((l) => l.startsWith('1 Sekretaris'))).toBe(true);
    expect(b.some((l) => l.startsWith('Diteruskan kepada: (1 = penanggung jawab utama, ✓ = turut)'))).toBe(true);
    expect(b.some((l) => l.startsWith('✓ Kepala Bidang Perlindungan dan Jaminan Sosial'))).toBe(true);
    expect(b.some((l) => l.startsWith('Kepala Bidang Rehabilitasi Sosial'))).toBe(true);
    expect(teks).not.toContain('Kepala Subbagian Umum dan Kepegawaian');

    expect(teks).toContain('☑ Wakili/Hadiri');
    expect(teks).toContain('☑ Koordinasikan');
    expect(teks).toContain('☐ Tindak lanjuti');
    expect(teks).toContain('☐ Arsipkan');
    expect(teks.match(/☑/g)).toHaveLength(4);
    expect(teks).toContain('Siapkan data penerima');
    expect(teks).toContain('Batas waktu: 10 Juli 2025');
    expect(teks).toContain('Paraf / Tanggal:');
    expect(teks).toContain('Tanggal: 7 Juli 2025');
    expect(jumlahGambarPdf(path)).toBe(1);
  });

  it('surat belum didisposisi: daftar bawahan langsung Kepala Dinas kosong untuk dicentang tangan, pada A5', async () => {
    const { teks, info } = await ekspor('lembar-disposisi', 'lembar-458.pdf', { suratMasukId: d.s458.id, kertas: 'A5' });
    expect(info.halaman).toBe(1);
    ukuranKira(info, 148, 210);
    const b = baris(teks);
    for (const j of ['Sekretaris', 'Kepala Bidang Rehabilitasi Sosial', 'Kepala Bidang Pemberdayaan Sosial']) {
      expect(b.some((l) => l.startsWith(j))).toBe(true);
    }
    expect(teks).not.toMatch(/[✓☑]\s*(Tindak|Sekretaris|Kepala)/);
    expect(teks).not.toContain('penanggung jawab utama');
    expect(teks).toMatch(/Nomor agenda\s+: 458/);
    expect(teks).toMatch(/Sifat\s+: ☑ Biasa/);
    expect(teks).toContain('Tanggal: ....');
  });

  it('perihal dan catatan terpanjang yang diizinkan tetap satu halaman (formulir diperkecil utuh)', async () => {
    const kata = (n: number) => Array.from({ length: n }, (_, i) => ['penyaluran', 'bantuan', 'sosial', 'data', 'penerima', 'koordinasi'][i % 6]).join(' ');
    const s = await u.core.call(
      'suratMasuk.create',
      { tanggalTerima: '2023-07-16', asal: 'Kementerian Sosial Republik Indonesia', nomorSurat: 'B-1/2023', tanggalSurat: '2023-07-15', perihal: kata(400).slice(0, 1000) },
      'uji',
    );
    const semua = Object.entries(d.jab).filter(([k]) => k !== 'Kadis');
    await u.core.call(
      'disposisi.create',
      { suratMasukId: s.id, dariJabatanId: d.jab.Kadis!, tanggal: '2023-07-16', penerima: semua.map(([, id], i) => ({ jabatanId: id, utama: i === 0 })), catatan: kata(800).slice(0, 2000) },
      'uji',
    );
    for (const kertas of ['setengah-F4', 'A5'] as const) {
      const { info, teks } = await ekspor('lembar-disposisi', `lembar-panjang-${kertas}.pdf`, { suratMasukId: s.id, kertas });
      expect(info.halaman).toBe(1);
      expect(teks).toContain('Kepala Subbagian Perencanaan dan Pelaporan');
    }
  });
});

describe.runIf(adaChromium)('buku dan rekap (PDF)', () => {
  it('buku agenda surat masuk: F4 lanskap, kop, judul, periode, baris, tanggal Indonesia, tanda tangan, nomor halaman', async () => {
    const { hasil, teks, info, path } = await ekspor('agenda-masuk', 'agenda-masuk.pdf');
    expect(hasil.baris).toBe(3);
    ukuranKira(info, 330, 215);
    expect(jumlahGambarPdf(path)).toBe(1);
    expect(teks).toContain('PEMERINTAH KABUPATEN CONTOH');
    expect(teks).toContain('Jalan Merdeka Nomor 1, Telepon (0123) 456789');
    expect(teks).toContain('BUKU AGENDA SURAT MASUK');
    expect(teks).toContain('Periode 1 Januari 2025 s.d. 31 Desember 2025');
    for (const k of ['No.', 'Tanggal', 'Nomor Surat', 'Tanggal Surat', 'Asal Surat', 'Perihal', 'Lampiran', 'Diteruskan Kepada', 'Keterangan']) expect(teks).toContain(k);
    expect(teks).toMatch(/456\s+7 Juli 2025\s+400\.9\.7\/1234\/107\.3\/2025\s+3 Juli 2025\s+Dinas Sosial Provinsi Jawa Timur/);
    expect(teks).toMatch(/457\s+8 Juli 2025\s+B\/77\/VII\/2025/);
    expect(teks).toContain('Pemutakhiran data PBI <JKN> & "Penerima"');
    expect(teks).toMatch(/458\s+15 Juli 2025.*Belum didisposisi/);
    expect(teks).toMatch(/Sekretaris; Kepala Bidang/);
    expect(teks).toContain('Contoh, 20 Juli 2025');
    expect(teks).toContain('Kepala Subbagian Umum dan Kepegawaian,');
    expect(teks).toContain('RINA MARLINA, S.Sos.');
    expect(teks).toContain('NIP. 19820314 200604 2 003');
    expect(teks).toContain('Halaman 1 dari 1');
  });

  it('rentang tanggal terima dan kertas A4', async () => {
    const { hasil, teks, info } = await ekspor('agenda-masuk', 'agenda-juli.pdf', { dari: '2025-07-08', sampai: '2025-07-10', kertas: 'A4' });
    expect(hasil.baris).toBe(1);
    ukuranKira(info, 297, 210);
    expect(teks).toContain('Periode 8 Juli 2025 s.d. 10 Juli 2025');
    expect(teks).toContain('B/77/VII/2025');
    expect(teks).not.toContain('400.9.7/1234/107.3/2025');
  });

  it('buku agenda surat masuk: catatan yang dibatalkan tetap bernomor, tertulis DIBATALKAN dengan alasannya (PDF dan XLSX)', async () => {
    const s = await u.core.call(
      'suratMasuk.create',
      { tanggalTerima: '2022-05-02', asal: 'Desa Sukamaju', nomorSurat: '140/12/2022', tanggalSurat: '2022-05-01', perihal: 'Permohonan data DTKS' },
      'uji',
    );
    await u.core.call('suratMasuk.batalkan', { id: s.id, alasan: 'Tercatat ganda dengan 1/2022.' }, 'uji');
    const periode = { dari: '2022-01-01', sampai: '2022-12-31' };
    const { hasil, teks } = await ekspor('agenda-masuk', 'agenda-2022.pdf', periode);
    expect(hasil.baris).toBe(1);
    // The Keterangan cell, the last column, wraps: its lines start where "DIBATALKAN:" does.
    const lines = teks.split('\n');
    const mulai = lines.findIndex((l) => l.includes('DIBATALKAN'));
    expect(baris(teks)[mulai]).toMatch(new RegExp(`^${s.nomorAgenda} 2 Mei 2022 140/12/2022 .*Permohonan data DTKS DIBATALKAN:`));
    const kolom = lines[mulai]!.indexOf('DIBATALKAN');
    const sel = lines.slice(mulai, mulai + 4).map((l) => l.slice(kolom).trim()).filter(Boolean);
    expect(sel.join(' ')).toBe('DIBATALKAN: Tercatat ganda dengan 1/2022');

    const path = join(keluaran, 'agenda-2022.xlsx');
    await u.core.call('laporan.export', { jenis: 'agenda-masuk', format: 'xlsx', path, ...periode }, 'uji');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    // Three title lines, a blank one, the header, then the data.
    const data = wb.worksheets[0]!.getRow(6);
    expect(data.getCell(1).value).toBe(s.nomorAgenda);
    expect(data.getCell(9).value).toBe('DIBATALKAN: Tercatat ganda dengan 1/2022');
  });

  it('buku agenda surat keluar dari buku nomor: sisipan sesudah induknya, nomor batal tertulis DIBATALKAN', async () => {
    const { hasil, teks } = await ekspor('agenda-keluar', 'agenda-keluar.pdf');
    expect(hasil.baris).toBe(4);
    expect(teks).toContain('BUKU AGENDA SURAT KELUAR');
    expect(teks).toContain('Register Surat Keluar');
    const urutan = ['400.9.7/1/Dinsos/2025', '400.9.7/1.01/Dinsos/2025', '400.9.7/2/Dinsos/2025', '400.9.7/3/Dinsos/2025'].map((n) => teks.indexOf(n));
    expect(urutan.every((p) => p >= 0)).toBe(true);
    expect([...urutan].sort((a, b) => a - b)).toEqual(urutan);
    expect(teks).toMatch(/400\.9\.7\/2\/Dinsos\/2025\s+3 Juli 2025.*DIBATALKAN: Salah/);
    expect(teks).toMatch(/1\.01\s+400\.9\.7\/1\.01\/Dinsos\/2025\s+2 Juli 2025/);
    expect(teks).toMatch(/Camat Sukamaju.*Surat Dinas\s+1 lembar\s+Bidang Perlindungan\s+2 Juli 2025\s+Dikirim/);
  });

  it('rekap disposisi per unit: jumlah per status dan baris Jumlah', async () => {
    const { hasil, teks, info } = await ekspor('rekap-disposisi', 'rekap.pdf');
    ukuranKira(info, 215, 330);
    expect(hasil.baris).toBe(8);
    expect(teks).toContain('REKAPITULASI DISPOSISI PER UNIT KERJA');
    const b = baris(teks);
    expect(b).toContain('2 Sekretariat 0 1 0 0 0 1 1');
    expect(b).toContain('7 Bidang Perlindungan dan Jaminan Sosial 1 0 0 0 0 1 1');
    expect(b).toContain('3 Subbagian Umum dan Kepegawaian 1 0 0 0 0 1 0');
    expect(b).toContain('Jumlah 2 2 0 0 0 4 3');
    expect(teks).toContain('Lewat batas waktu: disposisi yang belum selesai');
  });

  it('buku ekspedisi dengan kolom paraf kosong', async () => {
    const { hasil, teks } = await ekspor('ekspedisi', 'ekspedisi.pdf');
    expect(hasil.baris).toBe(2);
    expect(teks).toContain('BUKU EKSPEDISI SURAT KELUAR');
    expect(teks).toContain('Paraf');
    expect(teks).toMatch(/1\s+2 Juli 2025\s+400\.9\.7\/1\/Dinsos\/2025\s+Camat Sukamaju\s+Undangan Sosialisasi PKH\s+Diantar\s+Siti Aminah/);
    expect(teks).toMatch(/2\s+6 Juli 2025\s+400\.9\.7\/3\/Dinsos\/2025/);
  });
});

describe.runIf(adaChromium)('buku berhalaman banyak', () => {
  it('kepala tabel diulang di setiap halaman dan nomor halaman "Halaman X dari Y"', async () => {
    const ins = u.core.sqlite.prepare(
      `INSERT INTO surat_masuk (tahun_agenda, nomor_agenda, tanggal_terima, asal, nomor_surat, tanggal_surat, perihal, urgensi, klasifikasi_keamanan, kunci_duplikat)
       VALUES (2024, ?, '2024-03-01', 'Desa Contoh', ?, '2024-02-28', 'Permohonan bantuan', 'biasa', 'biasa', ?)`,
    );
    u.core.sqlite.transaction(() => {
      for (let n = 1; n <= 120; n++) ins.run(n, `470/${n}/2024`, `k-2024-${n}`);
    })();
    const { hasil, info, path } = await ekspor('agenda-masuk', 'agenda-2024.pdf', { dari: '2024-01-01' });
    expect(hasil.baris).toBe(120);
    expect(info.halaman).toBeGreaterThan(2);
    const kedua = teksPdf(path, 2);
    expect(kedua).toContain('Nomor Surat');
    expect(kedua).toContain('Diteruskan Kepada');
    expect(kedua).not.toContain('PEMERINTAH KABUPATEN CONTOH');
    expect(kedua).toContain(`Halaman 2 dari ${info.halaman}`);
    expect(teksPdf(path, info.halaman)).toContain('RINA MARLINA');
  });
});
