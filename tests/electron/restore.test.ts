import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { SesiJendela } from '../../electron/ipc';
import { createRestoreHandler, type RestoreDeps } from '../../electron/restore';
import { bukaCoreUji, type CoreUji } from '../helpers/core';
import { ipcEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

let uji: CoreUji;
let sesi: SesiJendela;
const admin = ipcEvent('app://bundle/');
const agendaris = ipcEvent('app://bundle/');

beforeAll(async () => {
  uji = bukaCoreUji();
  sesi = new SesiJendela(uji.core);
  await sesi.untuk(admin.sender).panggil('auth.setupAdmin', { username: 'admin', nama: 'Admin', sandi: 'rahasia-123' });
  await uji.core.call('pengguna.save', { username: 'rina', nama: 'Rina', peran: ['agendaris'], sandiAwal: 'sandi-rina-1' }, 'uji');
  await sesi.untuk(agendaris.sender).panggil('auth.login', { username: 'rina', sandi: 'sandi-rina-1' });
});
afterAll(() => uji.selesai());

function deps(over: Partial<RestoreDeps> = {}): RestoreDeps {
  return {
    sesi,
    pilihFolder: vi.fn(async () => '/cadangan/sekretariat-harian-1'),
    konfirmasi: vi.fn(async () => true),
    pulihkan: vi.fn(async (folder: string) => ({ dipulihkanDari: folder, cadanganPraPemulihan: '/data/cadangan/pra', lampiranDipulihkan: 0, migrasiDijalankan: [], jumlahBaris: {}, auditJumlah: 1, pesan: 'Dipulihkan.' })),
    ...over,
  };
}

it('only an admin window may restore, after choosing a folder and confirming', async () => {
  const d = deps();
  expect((await createRestoreHandler(d)(ipcEvent('https://evil.example/') as never)).error?.code).toBe('DITOLAK');
  expect((await createRestoreHandler(d)(agendaris as never)).error?.message).toMatch(/hanya dapat dilakukan oleh admin/);
  expect((await createRestoreHandler(d)(ipcEvent('app://bundle/') as never)).error?.message).toMatch(/admin/);
  expect(d.pulihkan).not.toHaveBeenCalled();

  const ok = await createRestoreHandler(d)(admin as never);
  expect(ok.result).toMatchObject({ dipulihkanDari: '/cadangan/sekretariat-harian-1', cadanganPraPemulihan: '/data/cadangan/pra' });
  expect(d.pulihkan).toHaveBeenCalledWith('/cadangan/sekretariat-harian-1');
});

it('does nothing when the person cancels the folder or the confirmation', async () => {
  const batalFolder = deps({ pilihFolder: vi.fn(async () => null) });
  expect(await createRestoreHandler(batalFolder)(admin as never)).toEqual({ result: null });
  const batalYakin = deps({ konfirmasi: vi.fn(async () => false) });
  expect(await createRestoreHandler(batalYakin)(admin as never)).toEqual({ result: null });
  expect(batalFolder.pulihkan).not.toHaveBeenCalled();
  expect(batalYakin.pulihkan).not.toHaveBeenCalled();
});
