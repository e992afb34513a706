import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PreloadBridge } from '../../shared/api/envelope';
import { electronPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

let bridge: PreloadBridge;
beforeAll(async () => {
  await import('../../electron/preload');
  bridge = electronPalsu.exposed.get('sekretariat') as PreloadBridge;
});

describe('preload', () => {
  it('exposes exactly window.sekretariat with call, pilihLokasiSimpan and pulihkanCadangan', () => {
    expect(electronPalsu.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electronPalsu.exposed.keys()]).toEqual(['sekretariat']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'pilihLokasiSimpan', 'pulihkanCadangan']);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards calls over the two channels', async () => {
    electronPalsu.ipcRenderer.invoke.mockResolvedValueOnce({ result: { ok: true } });
    expect(await bridge.call('sistem.info', {})).toEqual({ result: { ok: true } });
    expect(electronPalsu.ipcRenderer.invoke).toHaveBeenLastCalledWith('api', 'sistem.info', {});

    electronPalsu.ipcRenderer.invoke.mockResolvedValueOnce('/tmp/a.pdf');
    expect(await bridge.pilihLokasiSimpan({ namaBawaan: 'a', ekstensi: 'pdf' })).toBe('/tmp/a.pdf');
    expect(electronPalsu.ipcRenderer.invoke).toHaveBeenLastCalledWith('pilih-lokasi-simpan', { namaBawaan: 'a', ekstensi: 'pdf' });
  });

  it('still resolves to an envelope when the input cannot be sent', async () => {
    electronPalsu.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    const env = await bridge.call('unit.save', { f: () => 1 });
    expect(env.error?.code).toBe('VALIDASI');
    expect(env.error?.message).toContain('Permintaan tidak dapat dikirim');
  });
});
