import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveDialogHandler, namaBerkasAman } from '../../electron/save-dialog';
import { FakeBrowserWindow, ipcEvent, resetPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

beforeEach(() => resetPalsu());

describe('save dialog channel', () => {
  const permintaan = { namaBawaan: 'Agenda Surat Masuk 2025', ekstensi: 'pdf' };

  it('refuses a foreign sender without opening a dialog', async () => {
    const show = vi.fn();
    await expect(createSaveDialogHandler(show)(ipcEvent('https://evil.example/') as never, permintaan)).rejects.toMatchObject({ code: 'DITOLAK' });
    expect(show).not.toHaveBeenCalled();
  });

  it('opens the dialog with Indonesian labels and appends the extension GTK leaves out', async () => {
    const show = vi.fn().mockResolvedValue({ canceled: false, filePath: '/home/uji/Dokumen/agenda' });
    const parent = new FakeBrowserWindow({});
    FakeBrowserWindow.fromWebContents.mockReturnValueOnce(parent);
    const hasil = await createSaveDialogHandler(show)(ipcEvent('app://bundle/') as never, permintaan);
    expect(hasil).toBe('/home/uji/Dokumen/agenda.pdf');
    const [jendela, opsi] = show.mock.calls[0]!;
    expect(jendela).toBe(parent);
    expect(opsi).toMatchObject({
      title: 'Simpan berkas',
      buttonLabel: 'Simpan',
      defaultPath: '/home/uji/documents/Agenda Surat Masuk 2025.pdf',
      filters: [
        { name: 'Dokumen PDF', extensions: ['pdf'] },
        { name: 'Semua berkas', extensions: ['*'] },
      ],
    });
  });

  it('grants the chosen file (and only it) to the window that asked', async () => {
    const show = vi.fn().mockResolvedValue({ canceled: false, filePath: '/home/uji/Dokumen/agenda' });
    const izinkan = vi.fn();
    const event = ipcEvent('app://bundle/');
    await createSaveDialogHandler(show, izinkan)(event as never, permintaan);
    expect(izinkan).toHaveBeenCalledWith(event.sender, '/home/uji/Dokumen/agenda.pdf');
    await createSaveDialogHandler(vi.fn().mockResolvedValue({ canceled: true }), izinkan)(event as never, permintaan);
    expect(izinkan).toHaveBeenCalledTimes(1);
  });

  it('resolves to null when cancelled and keeps an extension already typed', async () => {
    const batal = vi.fn().mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createSaveDialogHandler(batal)(ipcEvent('app://bundle/') as never, permintaan)).toBeNull();
    const pilih = vi.fn().mockResolvedValue({ canceled: false, filePath: 'C:\\Data\\REKAP.PDF' });
    expect(await createSaveDialogHandler(pilih)(ipcEvent('app://bundle/') as never, permintaan)).toBe('C:\\Data\\REKAP.PDF');
  });

  it('rejects malformed input with Indonesian messages', async () => {
    const show = vi.fn();
    const handler = createSaveDialogHandler(show);
    await expect(handler(ipcEvent('app://bundle/') as never, { namaBawaan: 'x', ekstensi: '../exe' })).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringContaining('Ekstensi berkas tidak sah'),
    });
    await expect(handler(ipcEvent('app://bundle/') as never, null)).rejects.toMatchObject({ code: 'VALIDASI' });
    expect(show).not.toHaveBeenCalled();
  });

  it('keeps only a file name from the renderer', () => {
    expect(namaBerkasAman('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(namaBerkasAman('C:\\Windows\\win.ini', 'xlsx')).toBe('win.ini.xlsx');
    expect(namaBerkasAman('Rekap: Mei/Juni?', 'xlsx')).toBe('Juni_.xlsx');
    expect(namaBerkasAman('laporan.PDF', 'pdf')).toBe('laporan.PDF');
  });
});
