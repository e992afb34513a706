import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

export function isExternalAllowed(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A link the user clicked leaves the app only through the OS browser or mail client. */
export function openExternally(url: string): void {
  if (!isExternalAllowed(url)) return;
  shell.openExternal(url).catch((err: unknown) => console.error('[tautan] gagal membuka', url, err));
}

/**
 * Keeps every webContents on app://: a compromised or buggy page cannot navigate the window
 * (which holds the privileged preload) to another origin, open new windows or embed webviews.
 */
export function guardNavigation(contents: WebContents): void {
  const cegahKeluar = (event: { preventDefault(): void; url: string }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  };
  contents.on('will-navigate', cegahKeluar);
  contents.on('will-redirect', cegahKeluar);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, geolocation…: an agenda app needs none of them. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
