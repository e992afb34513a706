import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope, PreloadBridge } from '../shared/api/envelope';
import { CHANNEL_API, CHANNEL_RESTORE, CHANNEL_SAVE_DIALOG } from './channels';

// Exactly the PreloadBridge and nothing else: no ipcRenderer, no callbacks, no Node.
// An input that cannot be cloned rejects before reaching main; it still comes back as an Envelope.
const bridge: PreloadBridge = {
  call: (method, input) =>
    ipcRenderer.invoke(CHANNEL_API, method, input).catch(
      (): Envelope => ({ error: { code: 'VALIDASI', message: 'Permintaan tidak dapat dikirim ke aplikasi (isian tidak sah).' } }),
    ),
  pilihLokasiSimpan: (opts) => ipcRenderer.invoke(CHANNEL_SAVE_DIALOG, opts),
  pulihkanCadangan: () => ipcRenderer.invoke(CHANNEL_RESTORE),
};

contextBridge.exposeInMainWorld('sekretariat', bridge);
