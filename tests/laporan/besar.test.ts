import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';

const JUMLAH = 20_000;
let u: CoreUji;
let folder: string;

/** A year's agenda straight into SQLite: one prepared INSERT per table, one transaction. */
function isiSetahun(core: CoreUji['core']) {
  const db = core.sqlite;
  const jab = (singkatan: string) => (db.prepare('SELECT id FROM jabatan WHERE singkatan = ?').get(singkatan) as { id: number }).id;
  const [kadis, sekdis, linjamsos] = [jab('Kadis'), jab('Sekdis'), jab('Kabid Linjamsos')];
  const surat = db.prepare(
    `INSERT INTO surat_masuk (tahun_agenda, nomor_agenda, tanggal_terima, asal, nomor_surat, tanggal_surat, perihal, lampiran,
       urgensi, klasifikasi_keamanan, status, kunci_duplikat)
     VALUES (2026, @n, @tanggal, @asal, @nomor, @tanggal, @perihal, NULL, 'biasa', 'biasa', @status, @kunci)`,
  );
  const disposisi = db.prepare(`INSERT INTO disposisi (surat_masuk_id, dari_jabatan_id, tanggal, instruksi) VALUES (?, ?, ?, '["Tindak lanjuti"]')`);
  const penerima = db.prepare('INSERT INTO disposisi_penerima (disposisi_id, surat_masuk_id, jabatan_id, utama) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let n = 1; n <= JUMLAH; n++) {
      const tanggal = new Date(Date.UTC(2026, 0, 1 + Math.floor(((n - 1) * 365) / JUMLAH))).toISOString().slice(0, 10);
      const didisposisi = n % 4 !== 0;
      const id = Number(
        surat.run({ n, tanggal, asal: `Desa ${n % 250}`, nomor: `470/${n}/2026`, perihal: `Permohonan bantuan sosial nomor ${n}`, status: didisposisi ? 'didisposisi' : 'belum_didisposisi', kunci: `desa ${n % 250}|470/${n}/2026` })
          .lastInsertRowid,
      );
      if (didisposisi) {
        const d = Number(disposisi.run(id, kadis, tanggal).lastInsertRowid);
        penerima.run(d, id, linjamsos, 0);
        penerima.run(d, id, sekdis, 1);
      }
    }
  })();
}

beforeAll(() => {
  u = bukaCoreUji({ now: '2026-12-31T02:00:00Z' });
  isiSetahun(u.core);
  folder = tempDir('laporan-besar-');
});
afterAll(async () => {
  await u.selesai();
  rmSync(folder, { recursive: true, force: true });
});

describe('buku agenda setahun (20.000 surat)', () => {
  it('XLSX memuat setiap surat, berurutan, dengan penerima disposisinya', async () => {
    const path = join(folder, 'agenda-2026.xlsx');
    const hasil = await u.core.call('laporan.export', { jenis: 'agenda-masuk', format: 'xlsx', path }, 'uji');
    expect(hasil.baris).toBe(JUMLAH);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(5 + JUMLAH);
    const pertama = ws.getRow(6);
    expect(pertama.getCell(1).value).toBe(1);
    expect(pertama.getCell(2).value).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(pertama.getCell(8).value).toBe('Sekretaris; Kepala Bidang Perlindungan dan Jaminan Sosial');
    const terakhir = ws.getRow(5 + JUMLAH);
    expect(terakhir.getCell(1).value).toBe(JUMLAH);
    expect(terakhir.getCell(2).value).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(terakhir.getCell(8).value).toBeNull();
    expect(terakhir.getCell(9).value).toBe('Belum didisposisi');
    let urut = 0;
    ws.eachRow((row, nomor) => {
      if (nomor > 5 && row.getCell(1).value === nomor - 5) urut++;
    });
    expect(urut).toBe(JUMLAH);
  });
});
