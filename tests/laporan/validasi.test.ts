import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../db/core/context';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { isiDataUji, SEKARANG } from './data-uji';

let gagalkanPdf = false;
/** Stands in for Chromium: these tests are about paths and input, not about the page. */
const pdfPalsu: PdfRenderer = {
  render: async () => {
    if (gagalkanPdf) throw new Error('peramban mogok');
    return Buffer.from('%PDF-1.7\n%palsu\n');
  },
};

let u: CoreUji;
let d: Awaited<ReturnType<typeof isiDataUji>>;
let folder: string;

beforeAll(async () => {
  u = bukaCoreUji({ now: SEKARANG, pdf: pdfPalsu });
  d = await isiDataUji(u.core);
});
afterAll(() => u.selesai());
afterEach(() => {
  gagalkanPdf = false;
  rmSync(folder, { recursive: true, force: true });
});

const ekspor = (input: Record<string, unknown>) => u.core.callUnknown('laporan.export', input, 'uji');

describe('laporan.export menolak masukan yang salah tanpa menulis berkas', () => {
  const kosong = () => expect(readdirSync(folder)).toEqual([]);
  const siapkan = () => (folder = tempDir('laporan-validasi-'));

  it('folder tujuan tidak ada', async () => {
    siapkan();
    await expect(ekspor({ jenis: 'agenda-masuk', format: 'xlsx', path: join(folder, 'tidak-ada', 'agenda.xlsx') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('Folder tujuan'),
    });
    kosong();
  });

  it('akhiran tidak cocok dengan format', async () => {
    siapkan();
    await expect(ekspor({ jenis: 'agenda-masuk', format: 'xlsx', path: join(folder, 'agenda.pdf') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: 'Nama berkas "agenda.pdf" harus berakhiran .xlsx karena formatnya XLSX.',
    });
    await expect(ekspor({ jenis: 'ekspedisi', format: 'pdf', path: join(folder, 'ekspedisi') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('harus berakhiran .pdf'),
    });
    kosong();
  });

  it('path berupa folder', async () => {
    siapkan();
    mkdirSync(join(folder, 'buku.xlsx'));
    await expect(ekspor({ jenis: 'agenda-keluar', format: 'xlsx', path: join(folder, 'buku.xlsx') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('adalah folder'),
    });
  });

  it('lembar disposisi tanpa suratMasukId, sebagai XLSX, atau pada kertas buku', async () => {
    siapkan();
    await expect(ekspor({ jenis: 'lembar-disposisi', format: 'pdf', path: join(folder, 'l.pdf') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('Lembar disposisi memerlukan suratMasukId'),
    });
    await expect(ekspor({ jenis: 'lembar-disposisi', format: 'xlsx', suratMasukId: d.s456.id, path: join(folder, 'l.xlsx') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('Lembar disposisi hanya tersedia sebagai PDF'),
    });
    await expect(ekspor({ jenis: 'lembar-disposisi', format: 'pdf', suratMasukId: d.s456.id, kertas: 'F4', path: join(folder, 'l.pdf') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: 'Lembar disposisi dicetak pada kertas setengah-F4 atau A5, bukan F4.',
    });
    await expect(ekspor({ jenis: 'lembar-disposisi', format: 'pdf', suratMasukId: 99999, path: join(folder, 'l.pdf') })).rejects.toMatchObject({
      code: 'TIDAK_DITEMUKAN',
      message: 'Surat masuk #99999 tidak ditemukan.',
    });
    kosong();
  });

  it('kertas setengah halaman untuk buku, rentang terbalik, jenis tak dikenal', async () => {
    siapkan();
    await expect(ekspor({ jenis: 'agenda-masuk', format: 'pdf', kertas: 'A5', path: join(folder, 'a.pdf') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('hanya untuk lembar disposisi'),
    });
    await expect(ekspor({ jenis: 'agenda-masuk', format: 'xlsx', dari: '2025-12-31', sampai: '2025-01-01', path: join(folder, 'a.xlsx') })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('tidak boleh sesudah'),
    });
    await expect(ekspor({ jenis: 'buku-tamu', format: 'xlsx', path: join(folder, 'a.xlsx') })).rejects.toMatchObject({ code: 'VALIDASI' });
    kosong();
  });
});

describe('penulisan berkas', () => {
  it('path relatif dibaca dari folder kerja; akhiran huruf besar diterima', async () => {
    folder = tempDir('laporan-relatif-');
    const asal = process.cwd();
    process.chdir(folder);
    try {
      const hasil = (await ekspor({ jenis: 'agenda-masuk', format: 'xlsx', path: 'AGENDA.XLSX' })) as { path: string; baris: number };
      expect(hasil.path).toBe(join(folder, 'AGENDA.XLSX'));
      expect(hasil.baris).toBe(3);
    } finally {
      process.chdir(asal);
    }
    expect(readdirSync(folder)).toEqual(['AGENDA.XLSX']);
  });

  it('menimpa berkas lama hanya bila diminta, utuh-utuh; bila gagal, berkas lama tetap dan tidak ada sisa berkas sementara', async () => {
    folder = tempDir('laporan-atomik-');
    const target = join(folder, 'lembar.pdf');
    writeFileSync(target, 'versi lama');
    const tolak = ekspor({ jenis: 'lembar-disposisi', format: 'pdf', suratMasukId: d.s456.id, path: target });
    await expect(tolak).rejects.toMatchObject({ code: 'KONFLIK', issues: [{ path: 'timpa', message: 'Berkas sudah ada.' }] });
    expect(readFileSync(target, 'latin1')).toBe('versi lama');
    const hasil = (await ekspor({ jenis: 'lembar-disposisi', format: 'pdf', suratMasukId: d.s456.id, path: target, timpa: true })) as { ukuran: number; sha256: string };
    expect(readFileSync(target, 'latin1')).toBe('%PDF-1.7\n%palsu\n');
    expect(hasil.ukuran).toBe(16);
    expect(hasil.sha256).toBe(createHash('sha256').update('%PDF-1.7\n%palsu\n').digest('hex'));

    gagalkanPdf = true;
    await expect(ekspor({ jenis: 'agenda-masuk', format: 'pdf', path: target, timpa: true })).rejects.toThrow('peramban mogok');
    expect(readFileSync(target, 'latin1')).toBe('%PDF-1.7\n%palsu\n');
    expect(readdirSync(folder)).toEqual(['lembar.pdf']);
  });
});
