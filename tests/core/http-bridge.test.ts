import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../bin/http-bridge';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';

let u: CoreUji;
let b: Bridge;
const staticDir = tempDir('statis-');

beforeAll(async () => {
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>ok</body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  u = bukaCoreUji();
  b = await startBridge({ core: u.core, staticDir });
});
afterAll(async () => {
  await b.close();
  await u.selesai();
});

/** Raw requests, so the Host header and path can be anything a hostile page could send. */
function kirim(path: string, opts: { method?: string; host?: string; token?: string; body?: string; cookie?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(b.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path, method: opts.method ?? 'GET', headers: { host: opts.host ?? url.host, ...(opts.token ? { 'x-sekretariat-token': opts.token } : {}), ...(opts.cookie ? { cookie: opts.cookie } : {}) } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('HTTP bridge of the browser preview', () => {
  it('listens on the loopback address only', () => {
    expect(b.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('injects the session token into index.html and serves it with a CSP', async () => {
    const r = await kirim('/');
    expect(r.body).toContain(`<meta name="sekretariat-token" content="${b.token}">`);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('calls the core with the token and a per-browser session, and refuses calls without them or from another Host', async () => {
    const anonim = await kirim('/api/instansi.get', { method: 'POST', token: b.token, body: '{}' });
    expect(JSON.parse(anonim.body).error.code).toBe('SESI');
    const setup = await kirim('/api/auth.setupAdmin', { method: 'POST', token: b.token, body: JSON.stringify({ username: 'admin', nama: 'Admin', sandi: 'rahasia-123' }) });
    const cookie = String(setup.headers['set-cookie']).split(';')[0]!;
    expect(String(setup.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(JSON.parse(setup.body).result.token).toBe('');
    const ok = await kirim('/api/instansi.get', { method: 'POST', token: b.token, cookie, body: '{}' });
    expect(JSON.parse(ok.body).result.namaDinas).toBe('Dinas Sosial');
    const tanpa = await kirim('/api/suratMasuk.create', { method: 'POST', cookie, body: '{}' });
    expect(tanpa.status).toBe(403);
    const rebinding = await kirim('/api/instansi.get', { method: 'POST', token: b.token, cookie, host: 'evil.example:80', body: '{}' });
    expect(rebinding.status).toBe(421);
    const salah = await kirim('/api/suratMasuk.create', { method: 'POST', token: b.token, cookie, body: '{"perihal": ""}' });
    expect(salah.status).toBe(400);
    expect(JSON.parse(salah.body).error.code).toBe('VALIDASI');
    expect((u.core.sqlite.prepare('SELECT count(*) n FROM surat_masuk').get() as { n: number }).n).toBe(0);
  });

  it('never serves files outside the build folder', async () => {
    expect((await kirim('/assets/app.js')).body).toBe('console.log(1)');
    const jalan = await kirim('/../../../../etc/passwd');
    expect(jalan.body).not.toContain('root:');
    const enc = await kirim('/%2e%2e/%2e%2e/%2e%2e/etc/passwd');
    expect(enc.body).not.toContain('root:');
  });
});
