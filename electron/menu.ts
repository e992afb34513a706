import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export function menuTemplate(dataDir: string, devTools: boolean): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Berkas',
      submenu: [
        { label: 'Buka folder data', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        { label: 'Keluar', role: 'quit' },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        { label: 'Urungkan', role: 'undo' },
        { label: 'Ulangi', role: 'redo' },
        { type: 'separator' },
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { label: 'Muat ulang', role: 'reload' },
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { label: 'Ukuran asli', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Layar penuh', role: 'togglefullscreen' },
        ...(devTools ? [{ label: 'Alat pengembang', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Bantuan',
      submenu: [
        {
          label: 'Tentang Sekretariat',
          click: () =>
            void dialog.showMessageBox({
              title: 'Tentang Sekretariat',
              message: `Sekretariat ${app.getVersion()}`,
              detail: `Aplikasi persuratan Sekretariat Dinas Sosial, berjalan sepenuhnya luring.\nFolder data: ${dataDir}`,
              buttons: ['Tutup'],
              noLink: true,
            }),
        },
      ],
    },
  ];
}

export function installMenu(dataDir: string, devTools: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(dataDir, devTools)));
}
