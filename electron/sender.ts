import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-url';

export const BUKAN_DARI_APLIKASI = 'Permintaan ditolak: tidak berasal dari antarmuka aplikasi.';

export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/** Only our own UI may drive main; any other frame (a stray navigation, an iframe) is refused. */
export function senderIsApp(event: InvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}
