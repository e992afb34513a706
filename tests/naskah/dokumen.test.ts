import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../db/core/pdf-chromium';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { docxKePdf, harusBerurutan, harusUkuran, infoPdf, teksPdf } from './alat';
import { A, buatContoh, contohNaskah, siapkanOrganisasi } from './contoh';

/**
 * The six naskah of the issue, rendered through the real core to PDF (Chromium) and DOCX (docx),
 * then read back the way a person would: pdftotext, and LibreOffice converting the DOCX to PDF.
 */

const KOP = ['PEMERINTAH KABUPATEN CONTOH', 'DINAS SOSIAL', 'Jalan Merdeka Nomor 1, Telepon (0123) 456789', 'Laman dinsos.contohkab.go.id, Pos-el dinsos@contohkab.go.id', 'CONTOH 12345'];
const KADIS = ['KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH,', 'Dr. BUDI SANTOSO, S.Sos., M.Si.', 'Pembina Utama Muda (IV/c)', 'NIP. 19700315 199503 1 002'];
const AN_SEKDIS = ['a.n. KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH', 'SEKRETARIS,', 'Hj. SITI RAHMAWATI, S.E., M.M.', 'Pembina Tingkat I (IV/b)', 'NIP. 19750812 200003 2 003'];

interface Harapan {
  kertas: 'F4' | 'A4';
  halaman: number;
  urutan: string[];
  tidakAda?: string[];
}

const HARAPAN: Record<string, Harapan> = {
  undangan: {
    kertas: 'F4',
    halaman: 1,
    urutan: [
      ...KOP,
      'Contoh, 20 November 2026',
      'Nomor : 400.3.3.6/1/Dinsos/2026',
      'Sifat : Segera',
      'Lampiran : -',
      'Hal : Undangan Rapat Koordinasi Pemutakhiran DTSEN',
      'Yth. Para Camat se-Kabupaten Contoh',
      'di',
      'Tempat',
      'Dalam rangka pemutakhiran',
      'hari, tanggal : Selasa, 24 November 2026',
      'Evaluasi hasil verifikasi',
      'Demikian undangan ini disampaikan.',
      ...KADIS,
      'Tembusan:',
      '1. Yth. Bupati Contoh (sebagai laporan)',
      '2. Yth. Sekretaris Daerah Kabupaten Contoh',
    ],
  },
  nota: {
    kertas: 'F4',
    halaman: 1,
    urutan: [
      ...KOP,
      'NOTA DINAS',
      'Yth. : Kepala Dinas Sosial',
      'Dari : Sekretaris',
      'Tanggal : 20 November 2026',
      'Nomor : 900.1.6.4/……/Dinsos/2026',
      'Sifat : Biasa',
      'Lampiran : 1 (satu) berkas',
      'Hal : Laporan Realisasi Anggaran Triwulan III Tahun 2026',
      'Penunjang Urusan Pemerintahan',
      '4.250.000.000',
      'SEKRETARIS,',
      'Hj. SITI RAHMAWATI, S.E., M.M.',
      'Pembina Tingkat I (IV/b)',
      'NIP. 19750812 200003 2 003',
    ],
    tidakAda: ['Tembusan:'],
  },
  tugas: {
    kertas: 'F4',
    halaman: 1,
    urutan: [...KOP, 'SURAT TUGAS', 'NOMOR 800.1.11.1/2/Dinsos/2026', 'Dasar', 'MEMERINTAHKAN:', 'Kepada', 'Drs. SUPRIYADI, M.AP.', 'Untuk', 'Contoh, 20 November 2026', ...AN_SEKDIS],
    tidakAda: ['Nomor :', 'Yth.'],
  },
  keputusan: {
    kertas: 'F4',
    halaman: 3,
    urutan: [
      ...KOP,
      'KEPUTUSAN KEPALA DINAS SOSIAL KABUPATEN CONTOH',
      'NOMOR 001 TAHUN 2026',
      'TENTANG',
      'PEMBENTUKAN TIM VERIFIKASI DAN VALIDASI DATA PENERIMA',
      'KEPALA DINAS SOSIAL KABUPATEN CONTOH,',
      'Menimbang',
      'bahwa untuk menjamin',
      'Mengingat',
      'Undang-Undang Nomor 11 Tahun 2009',
      'MEMUTUSKAN:',
      'Menetapkan',
      'KESATU',
      'KEDUA',
      'KETIGA',
      'KEEMPAT',
      'Ditetapkan di Contoh',
      'pada tanggal 20 November 2026',
      'KEPALA DINAS SOSIAL',
      'KABUPATEN CONTOH,',
      'BUDI SANTOSO',
      'Pembina Utama Muda (IV/c)',
      'NIP. 19700315 199503 1 002',
      'Tembusan:',
      'Yth. Bupati Contoh',
      'LAMPIRAN',
      'NOMOR 001 TAHUN 2026',
      'SUSUNAN KEANGGOTAAN TIM VERIFIKASI',
      'Penanggung Jawab',
      'BUDI SANTOSO',
      'NIP. 19700315 199503 1 002',
    ],
    tidakAda: ['Dr. BUDI', 'S.Sos.'],
  },
  'berita-acara': {
    kertas: 'A4',
    halaman: 1,
    urutan: [
      ...KOP,
      'BERITA ACARA SERAH TERIMA BANTUAN SOSIAL PERMAKANAN',
      'NOMOR 400.3.3.2/3/Dinsos/2026',
      'Pada hari Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam',
      'Sukamaju',
      '1.260 paket',
      'Contoh, 20 November 2026',
      'KEPALA BIDANG PERLINDUNGAN',
      'SOSIAL,',
      'Drs. SUPRIYADI, M.AP.',
      'Pembina (IV/a)',
      'NIP. 19660601 198602 1 009',
    ],
  },
  pengantar: {
    kertas: 'F4',
    halaman: 1,
    urutan: [
      ...KOP,
      'Contoh, 20 November 2026',
      'Nomor : 800.1.3.2/4/Dinsos/2026',
      'Sifat : Biasa',
      'Lampiran : 2 (dua) berkas',
      'Hal : Usulan Kenaikan Pangkat Periode April 2027',
      'Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'di',
      'Contoh',
      'Naskah yang Dikirimkan',
      'FAUZI, S.Kom.',
      'KARTIKA, S.E.',
      ...AN_SEKDIS,
      'Tembusan:',
      '1. Yth. Kepala Dinas Sosial Kabupaten Contoh (sebagai laporan)',
    ],
  },
};

let u: CoreUji;
const folder = tempDir('sekretariat-naskah-');
const pdf: Record<string, string> = {};
const docx: Record<string, string> = {};
let docxPdf: Record<string, string> = {};

beforeAll(async () => {
  u = bukaCoreUji({ now: '2026-11-20T03:00:00Z', pdf: chromiumPdfRenderer(), dataDir: join(folder, 'data') });
  const o = await siapkanOrganisasi(u.core);
  await u.core.call('naskah.pengaturan.save', { qrRegister: ['surat'] }, A);
  await u.core.call('naskah.tataLetak.save', { jenisNaskah: 'berita-acara', kertas: 'A4' }, A);
  for (const c of contohNaskah(o)) {
    const id = await buatContoh(u.core, o, c);
    for (const format of ['pdf', 'docx'] as const) {
      const r = await u.core.call('naskah.render', { id, format, path: join(folder, `${c.kunci}.${format}`) }, A);
      expect(r).toMatchObject({ versi: 1, format, status: c.bernomor ? 'final' : 'draft', baru: true });
      (format === 'pdf' ? pdf : docx)[c.kunci] = r.path;
    }
  }
  docxPdf = docxKePdf(Object.values(docx), join(folder, 'lo'));
}, 180_000);

afterAll(async () => {
  await u?.selesai();
  rmSync(folder, { recursive: true, force: true });
});

describe.each(Object.keys(HARAPAN))('%s', (kunci) => {
  const h = HARAPAN[kunci]!;

  it('PDF: kop, number, date and signature lines in order, on the configured paper', () => {
    const teks = teksPdf(pdf[kunci]!);
    harusBerurutan(teks, h.urutan);
    for (const x of h.tidakAda ?? []) expect(teks).not.toContain(x);
    harusUkuran(pdf[kunci]!, h.kertas);
    expect(infoPdf(pdf[kunci]!).halaman).toBe(h.halaman);
  });

  it('DOCX: LibreOffice opens it and converts it to PDF with the same text, on the same paper', () => {
    const teks = teksPdf(docxPdf[docx[kunci]!]!);
    harusBerurutan(teks, h.urutan);
    for (const x of h.tidakAda ?? []) expect(teks).not.toContain(x);
    harusUkuran(docxPdf[docx[kunci]!]!, h.kertas);
    const xml = new PizZip(readFileSync(docx[kunci]!)).file('word/document.xml')!.asText();
    expect(xml).toContain(h.kertas === 'F4' ? '<w:pgSz w:w="12188" w:h="18708"' : '<w:pgSz w:w="11906" w:h="16838"');
  });
});

describe('fonts and page numbers', () => {
  it('embeds the bundled open fonts: Liberation Sans for surat, Sekretariat Bonum (TrueType) for the keputusan', () => {
    expect(execFileSync('pdffonts', [pdf.undangan!], { encoding: 'utf8' })).toMatch(/LiberationSans/);
    const k = execFileSync('pdffonts', [pdf.keputusan!], { encoding: 'utf8' });
    expect(k).toMatch(/SekretariatBonum\S* +CID TrueType/);
    expect(k).not.toMatch(/Type 3/);
    expect(k).not.toMatch(/LiberationSans/);
  });

  it('numbers pages from page 2 only', () => {
    const halaman = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf.keputusan!, '-'], { encoding: 'utf8' });
    expect(halaman(1)).not.toMatch(/^\s*-\s*1\s*-\s*$/m);
    expect(halaman(2)).toMatch(/^\s*-\s*2\s*-\s*$/m);
    expect(halaman(3)).toMatch(/^\s*-\s*3\s*-\s*$/m);
  });
});
