import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SesiKlien } from '../../db/akses/sesi-klien';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';

let u: CoreUji;
let jendela: SesiKlien;
const luar = tempDir('luar-');

beforeEach(async () => {
  u = bukaCoreUji({ now: '2026-11-20T03:00:00Z' });
  jendela = new SesiKlien(u.core);
  await jendela.panggil('auth.setupAdmin', { username: 'admin', nama: 'Admin', sandi: 'rahasia-123' });
});
afterEach(() => u.selesai());

const ekspor = (path: string) => jendela.panggil('laporan.export', { jenis: 'agenda-masuk', format: 'xlsx', path });

it('from the UI, reports may be written only inside the data folder or where the Save dialog pointed', async () => {
  await expect(ekspor(join(luar, 'agenda.xlsx'))).rejects.toThrow(/hanya dapat disimpan atau dibaca di folder data/);
  await expect(ekspor(join(u.dataDir, 'ekspor', '..', '..', 'agenda.xlsx'))).rejects.toThrow(/folder data/);
  expect(existsSync(join(luar, 'agenda.xlsx'))).toBe(false);

  // A link inside the data folder that leads outside does not open a way out.
  symlinkSync(luar, join(u.dataDir, 'ekspor', 'pintu'));
  await expect(ekspor(join(u.dataDir, 'ekspor', 'pintu', 'agenda.xlsx'))).rejects.toThrow(/folder data/);

  await expect(ekspor(join(u.dataDir, 'ekspor', 'agenda.xlsx'))).resolves.toMatchObject({ format: 'xlsx' });
  jendela.izinkanPath(join(luar, 'dipilih.xlsx'));
  await expect(ekspor(join(luar, 'dipilih.xlsx'))).resolves.toMatchObject({ format: 'xlsx' });

  // The CLI and local tools keep the whole disk.
  await expect(u.core.call('laporan.export', { jenis: 'agenda-masuk', format: 'xlsx', path: join(luar, 'cli.xlsx') }, 'cli')).resolves.toBeDefined();
});

it('from the UI, scans are sent as content, not read from arbitrary paths', async () => {
  const s = (await jendela.panggil('suratMasuk.create', {
    tanggalTerima: '2026-11-20',
    asal: 'BKPSDM',
    nomorSurat: '800/1',
    tanggalSurat: '2026-11-19',
    perihal: 'Usulan',
  })) as { id: number };
  mkdirSync(join(luar, 'rahasia'), { recursive: true });
  writeFileSync(join(luar, 'rahasia', 'x.pdf'), '%PDF-1.4 rahasia');
  await expect(jendela.panggil('suratMasuk.attach', { id: s.id, namaFile: 'x.pdf', path: join(luar, 'rahasia', 'x.pdf') })).rejects.toThrow(/folder data/);
  await expect(jendela.panggil('suratMasuk.attach', { id: s.id, namaFile: 'x.pdf', isiBase64: Buffer.from('%PDF-1.4 pindai').toString('base64') })).resolves.toMatchObject({
    mime: 'application/pdf',
  });
});
