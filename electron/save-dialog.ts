import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { parseInput } from '../db/core/validasi';
import type { PreloadBridge } from '../shared/api/envelope';
import { rejected } from '../shared/errors';
import { BUKAN_DARI_APLIKASI, senderIsApp, type InvokeEvent } from './sender';

type SaveRequest = Parameters<PreloadBridge['pilihLokasiSimpan']>[0];

const saveRequest = z.strictObject({
  namaBawaan: z.string().trim().min(1, 'Nama berkas wajib diisi.').max(200, 'Nama berkas terlalu panjang.'),
  ekstensi: z.string().regex(/^[a-z0-9]{1,8}$/i, 'Ekstensi berkas tidak sah.'),
}) satisfies z.ZodType<SaveRequest>;

const JENIS_BERKAS: Record<string, string> = {
  pdf: 'Dokumen PDF',
  jpg: 'Gambar JPEG',
  png: 'Gambar PNG',
  xlsx: 'Buku kerja Excel',
  docx: 'Dokumen Word',
  csv: 'Berkas CSV',
  json: 'Berkas JSON',
  zip: 'Arsip ZIP',
};

/** Only a file name from the renderer, never a folder: characters Windows refuses are replaced. */
export function namaBerkasAman(nama: string, ekstensi: string): string {
  const bersih = basename(nama.replace(/\\/g, '/')).replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').trim() || 'berkas';
  return bersih.toLowerCase().endsWith(`.${ekstensi.toLowerCase()}`) ? bersih : `${bersih}.${ekstensi}`;
}

export function saveDialogOptions(req: SaveRequest, documentsDir: string): SaveDialogOptions {
  const ext = req.ekstensi.toLowerCase();
  return {
    title: 'Simpan berkas',
    buttonLabel: 'Simpan',
    defaultPath: join(documentsDir, namaBerkasAman(req.namaBawaan, ext)),
    filters: [
      { name: JENIS_BERKAS[ext] ?? `Berkas .${ext}`, extensions: [ext] },
      { name: 'Semua berkas', extensions: ['*'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

type ShowSaveDialog = (parent: BrowserWindow | null, options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;

const showSaveDialog: ShowSaveDialog = (parent, options) =>
  parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);

/** Resolves to the chosen path (with the extension, which GTK dialogs do not add) or null. */
export function createSaveDialogHandler(show: ShowSaveDialog = showSaveDialog, izinkan?: (sender: object, path: string) => void) {
  return async (event: InvokeEvent, input: unknown): Promise<string | null> => {
    if (!senderIsApp(event)) throw rejected(BUKAN_DARI_APLIKASI);
    const req = parseInput(saveRequest, input);
    const { canceled, filePath } = await show(BrowserWindow.fromWebContents(event.sender), saveDialogOptions(req, app.getPath('documents')));
    if (canceled || !filePath) return null;
    const ext = `.${req.ekstensi.toLowerCase()}`;
    const dipilih = filePath.toLowerCase().endsWith(ext) ? filePath : filePath + ext;
    izinkan?.(event.sender, dipilih);
    return dipilih;
  };
}
