import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CSP, MIME } from '../shared/ui-statis';

export { CSP };

/** Must run before `app` is ready: privileges cannot be granted to a scheme later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

function tidakDitemukan(): Response {
  return new Response('Tidak ditemukan.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Maps app://bundle/<path> onto files under `rootDir`, and nothing else: the decoded path must
 * resolve inside the folder (encoded `..%2f` survives URL normalisation, so the check is on the
 * resolved file, not the URL). No fallback to index.html for unknown paths, so a miss is a 404.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    let url: URL;
    let rel: string;
    try {
      url = new URL(request.url);
      rel = decodeURIComponent(url.pathname);
    } catch {
      return tidakDitemukan();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || rel.includes('\0')) return tidakDitemukan();
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });

    const file = resolve(root, rel === '/' ? 'index.html' : rel.replace(/^[/\\]+/, ''));
    if (!file.startsWith(root + sep)) return tidakDitemukan();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return tidakDitemukan();
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': type,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}

export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
