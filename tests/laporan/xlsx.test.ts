import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JenisLaporan, Kertas } from '../../shared/api/laporan';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { adaSoffice, xlsxKeCsv } from './alat';
import { isiDataUji, SEKARANG } from './data-uji';

let u: CoreUji;
let keluaran: string;

beforeAll(async () => {
  u = bukaCoreUji({ now: SEKARANG });
  await isiDataUji(u.core);
  keluaran = tempDir('laporan-xlsx-');
});
afterAll(async () => {
  await u.selesai();
  rmSync(keluaran, { recursive: true, force: true });
});

async function ekspor(jenis: JenisLaporan, lain: { kertas?: Kertas; dari?: string; sampai?: string } = {}) {
  const path = join(keluaran, `${jenis}-${lain.kertas ?? 'F4'}.xlsx`);
  // Several tests write the same report name into the run's own folder.
  const hasil = await u.core.call('laporan.export', { jenis, format: 'xlsx', path, timpa: true, ...lain }, 'uji');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { hasil, path, ws: wb.worksheets[0]! };
}

/** Header row 5: three title lines, a blank line, then the column titles. */
const HEADER = 5;

const dataRows = (ws: ExcelJS.Worksheet, dari = HEADER + 1) => {
  const rows: ExcelJS.Row[] = [];
  for (let r = dari; r <= ws.rowCount; r++) rows.push(ws.getRow(r));
  return rows;
};

describe('ekspor XLSX', () => {
  it('buku agenda masuk: judul, kepala tebal dibekukan, tanggal sebagai Date, nomor sebagai angka, filter, cetak F4 lanskap', async () => {
    const { hasil, ws } = await ekspor('agenda-masuk');
    expect(hasil).toMatchObject({ format: 'xlsx', baris: 3 });
    expect(hasil.ukuran).toBeGreaterThan(1000);
    expect(ws.name).toBe('Agenda Surat Masuk');
    expect(ws.getCell('A1').value).toBe('BUKU AGENDA SURAT MASUK');
    expect(ws.getCell('A2').value).toBe('DINAS SOSIAL KABUPATEN CONTOH');
    expect(ws.getCell('A3').value).toBe('Periode 1 Januari 2025 s.d. 31 Desember 2025');
    expect(ws.getRow(HEADER).values).toEqual([
      undefined,
      'No. Agenda',
      'Tanggal Diterima',
      'Nomor Surat',
      'Tanggal Surat',
      'Asal Surat',
      'Perihal',
      'Lampiran',
      'Diteruskan Kepada',
      'Keterangan',
    ]);
    expect(ws.getCell(HEADER, 1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 14, fitToWidth: 1, printTitlesRow: `${HEADER}:${HEADER}` });
    expect(ws.getColumn(6).width).toBeGreaterThan(ws.getColumn(1).width!);

    const rows = dataRows(ws);
    expect(rows).toHaveLength(3);
    const [r456, r457, r458] = rows;
    expect(r456!.getCell(1).value).toBe(456);
    expect(r456!.getCell(2).value).toEqual(new Date('2025-07-07T00:00:00Z'));
    expect(r456!.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(r456!.getCell(3).value).toBe('400.9.7/1234/107.3/2025');
    expect(r456!.getCell(4).value).toBeInstanceOf(Date);
    // Leading recipient first; the Sekretaris's own onward disposisi is not a first-level recipient.
    expect(r456!.getCell(8).value).toBe('Sekretaris; Kepala Bidang Perlindungan dan Jaminan Sosial');
    expect(r456!.getCell(9).value).toBe('Didisposisi');
    expect(r457!.getCell(6).value).toBe('Pemutakhiran data PBI <JKN> & "Penerima" Bantuan');
    expect(r457!.getCell(7).value).toBe('1 berkas');
    expect(r458!.getCell(8).value).toBeNull();
    expect(r458!.getCell(9).value).toBe('Belum didisposisi');
  });

  it('buku agenda keluar: nomor batal tetap ada sebagai DIBATALKAN, sisipan sesudah induknya', async () => {
    const { hasil, ws } = await ekspor('agenda-keluar', { kertas: 'A4' });
    expect(hasil.baris).toBe(4);
    expect(ws.pageSetup.paperSize).toBe(9);
    const rows = dataRows(ws);
    expect(rows.map((r) => r.getCell(2).value)).toEqual(['400.9.7/1/Dinsos/2025', '400.9.7/1.01/Dinsos/2025', '400.9.7/2/Dinsos/2025', '400.9.7/3/Dinsos/2025']);
    const [satu, sisipan, batal] = rows;
    expect(satu!.getCell(1).value).toBe(1);
    expect(sisipan!.getCell(1).value).toBe(1);
    expect(sisipan!.getCell(1).numFmt).toBe('0".01"');
    expect(sisipan!.getCell(10).value).toBe('Nomor sisipan: Surat susulan tanggal mundur');
    expect(batal!.getCell(10).value).toBe('DIBATALKAN: Salah alamat tujuan');
    expect(batal!.getCell(9).value).toBeNull();
    expect(satu!.getCell(3).value).toEqual(new Date('2025-07-01T00:00:00Z'));
    expect(satu!.getCell(9).value).toEqual(new Date('2025-07-02T00:00:00Z'));
    expect(satu!.getCell(8).value).toBe('Bidang Perlindungan dan Jaminan Sosial');
  });

  it('rekap disposisi: angka sungguhan dan baris Jumlah berumus', async () => {
    const { hasil, ws } = await ekspor('rekap-disposisi');
    expect(hasil.baris).toBe(8);
    expect(ws.pageSetup.orientation).toBe('portrait');
    const rows = dataRows(ws);
    expect(rows).toHaveLength(9);
    const sekretariat = rows.find((r) => r.getCell(2).value === 'Sekretariat')!;
    expect(sekretariat.getCell(4).value).toBe(1);
    expect(typeof sekretariat.getCell(3).value).toBe('number');
    const jumlah = rows.at(-1)!;
    expect(jumlah.getCell(2).value).toBe('Jumlah');
    expect(jumlah.getCell(8).value).toEqual({ formula: `SUM(H${HEADER + 1}:H${HEADER + 8})`, result: 4 });
    expect(jumlah.getCell(9).value).toMatchObject({ result: 3 });
  });

  it('buku ekspedisi dengan kolom Paraf kosong', async () => {
    const { hasil, ws } = await ekspor('ekspedisi');
    expect(hasil.baris).toBe(2);
    expect(ws.getCell(HEADER, 8).value).toBe('Paraf');
    const [r1] = dataRows(ws);
    expect(r1!.getCell(1).value).toBe(1);
    expect(r1!.getCell(2).value).toEqual(new Date('2025-07-02T00:00:00Z'));
    expect(r1!.getCell(6).value).toBe('Diantar langsung');
    expect(r1!.getCell(7).value).toBe('Siti Aminah');
    expect(r1!.getCell(8).value).toBeNull();
  });

  it('periode tanpa data: kepala kolom tetap ada, nol baris', async () => {
    const { hasil, ws } = await ekspor('agenda-masuk', { dari: '2025-01-01', sampai: '2025-01-31' });
    expect(hasil.baris).toBe(0);
    expect(ws.getCell(HEADER, 1).value).toBe('No. Agenda');
    expect(ws.getCell('A3').value).toBe('Periode 1 Januari 2025 s.d. 31 Januari 2025');
  });

  it.runIf(adaSoffice)('LibreOffice membaca berkasnya: tanggal, nomor batal, sisipan', async () => {
    const { path } = await ekspor('agenda-keluar');
    const csv = xlsxKeCsv(path);
    expect(csv).toMatch(/^BUKU AGENDA SURAT KELUAR,/);
    expect(csv).toMatch(/^1,400\.9\.7\/1\/Dinsos\/2025,01\/07\/2025,Camat Sukamaju,.*,02\/07\/2025,Dikirim$/m);
    expect(csv).toMatch(/^1\.01,400\.9\.7\/1\.01\/Dinsos\/2025,02\/07\/2025,/m);
    expect(csv).toMatch(/^2,400\.9\.7\/2\/Dinsos\/2025,03\/07\/2025,.*,DIBATALKAN: Salah alamat tujuan$/m);
  });
});
