import { BrowserWindow, dialog } from 'electron';

export function windowOf(sender: object): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender as Electron.WebContents);
}

export async function pilihFolderCadangan(parent: BrowserWindow | null): Promise<string | null> {
  const opsi: Electron.OpenDialogOptions = {
    title: 'Pilih folder cadangan yang akan dipulihkan',
    buttonLabel: 'Pilih',
    properties: ['openDirectory'],
  };
  const { canceled, filePaths } = parent ? await dialog.showOpenDialog(parent, opsi) : await dialog.showOpenDialog(opsi);
  return canceled ? null : (filePaths[0] ?? null);
}

export async function konfirmasiPemulihan(parent: BrowserWindow | null, folder: string): Promise<boolean> {
  const opsi: Electron.MessageBoxOptions = {
    type: 'warning',
    title: 'Pulihkan cadangan',
    message: 'Ganti data sekarang dengan isi cadangan ini?',
    detail: `${folder}\n\nCadangan diperiksa lebih dahulu. Data saat ini disimpan sebagai cadangan "pra-pemulihan" sehingga dapat dikembalikan. Semua pengguna harus masuk lagi sesudahnya.`,
    buttons: ['Pulihkan', 'Batal'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, opsi) : await dialog.showMessageBox(opsi);
  return response === 0;
}
