/** IPC channel names shared by main and preload; the preload bundle must stay free of Node imports. */
export const CHANNEL_API = 'api';
export const CHANNEL_SAVE_DIALOG = 'pilih-lokasi-simpan';
export const CHANNEL_RESTORE = 'pulihkan-cadangan';
