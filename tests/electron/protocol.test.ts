import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, CSP, handleAppProtocol, registerAppScheme } from '../../electron/protocol';
import { tempDir } from '../helpers/core';
import { electronPalsu, resetPalsu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronPalsu);

let dir: string;
let root: string;
let handler: (req: Request) => Promise<Response>;

beforeAll(() => {
  // <dir>/renderer is the served folder; <dir>/rahasia.txt sits right next to it.
  dir = tempDir('sekretariat-protokol-');
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sekretariat</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'rahasia.txt'), 'jangan dibaca');
  handler = createAppRequestHandler(root);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => resetPalsu());

const get = (url: string, init?: RequestInit) => handler(new Request(url, init));

describe('app:// protocol', () => {
  it('serves index.html with the strict CSP header', async () => {
    for (const url of ['app://bundle/', 'app://bundle/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(await res.text()).toContain('<title>Sekretariat</title>');
    }
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('serves assets with their MIME type (module scripts need it)', async () => {
    const res = await get('app://bundle/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/..%2f..%2f..%2fetc%2fpasswd',
    'app://bundle/..%2frahasia.txt',
    'app://bundle/%2e%2e/rahasia.txt',
    'app://bundle/assets/..%2f..%2frahasia.txt',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/..%5crahasia.txt',
    'app://bundle/index.html%00.js',
  ])('answers 404 to the traversal %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('jangan dibaca');
  });

  it('answers 404 for missing files, other hosts and bad escapes, 405 for writes', async () => {
    expect((await get('app://bundle/tidak-ada.js')).status).toBe(404);
    expect((await get('app://bundle/assets')).status).toBe(404);
    expect((await get('app://lain/index.html')).status).toBe(404);
    expect((await get('app://bundle/%E0%A4%A')).status).toBe(404);
    expect((await get('app://bundle/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('registers app as a privileged standard, secure scheme and handles it', () => {
    registerAppScheme();
    expect(electronPalsu.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    handleAppProtocol(root);
    expect(electronPalsu.protocolHandlers.has('app')).toBe(true);
  });
});
