import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { AppError, toErrorPayload } from '../shared/errors';
import type { Core } from '../db/app';
import { CSP, MIME } from '../shared/ui-statis';
import { SesiKlien } from '../db/akses/sesi-klien';

/**
 * The browser-preview adapter: serves the built renderer and POST /api/<method> on 127.0.0.1 only.
 * A per-start token (injected into index.html) must accompany every call, and the Host header must
 * be the loopback address, so another web page open in the same browser cannot drive the API.
 * Each browser (an HttpOnly, SameSite=Strict cookie) has its own session, as each Electron window
 * does: the role table applies here exactly as in the app.
 */

const BATAS_BODY = 40 * 1024 * 1024;

export interface BridgeOptions {
  core: Core;
  staticDir: string;
  port?: number;
}

const COOKIE = 'sekretariat_sesi';
const BATAS_SESI_KLIEN = 200;

export interface Bridge {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

function bacaBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BATAS_BODY) {
        reject(new AppError('VALIDASI', 'Permintaan terlalu besar.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function kirimJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  let hostYangSah = '';
  const klien = new Map<string, SesiKlien>();

  /** The browser's session, creating one (and its cookie) on first contact. */
  const sesiDari = (req: IncomingMessage, res: ServerResponse): SesiKlien => {
    const id = /(?:^|;\s*)sekretariat_sesi=([0-9a-f]{48})/.exec(req.headers.cookie ?? '')?.[1];
    const ada = id ? klien.get(id) : undefined;
    if (ada) return ada;
    const baru = randomBytes(24).toString('hex');
    if (klien.size >= BATAS_SESI_KLIEN) klien.delete(klien.keys().next().value!);
    const s = new SesiKlien(opts.core);
    klien.set(baru, s);
    res.setHeader('set-cookie', `${COOKIE}=${baru}; HttpOnly; SameSite=Strict; Path=/`);
    return s;
  };

  const indexHtml = () => {
    const file = join(opts.staticDir, 'index.html');
    if (!existsSync(file)) return '<!doctype html><p>Antarmuka belum dibangun. Jalankan: npm run build:renderer</p>';
    return readFileSync(file, 'utf8').replace('</head>', `<meta name="sekretariat-token" content="${token}"></head>`);
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.headers.host !== hostYangSah) {
        res.writeHead(421).end('Host tidak sah.');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${hostYangSah}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') {
          kirimJson(res, 405, { error: { code: 'DITOLAK', message: 'Gunakan POST.' } });
          return;
        }
        if (req.headers['x-sekretariat-token'] !== token) {
          kirimJson(res, 403, { error: { code: 'DITOLAK', message: 'Token sesi tidak sah.' } });
          return;
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        let input: unknown;
        try {
          const body = await bacaBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (e) {
          throw e instanceof AppError ? e : new AppError('VALIDASI', 'Isi permintaan bukan JSON yang sah.');
        }
        const result = await sesiDari(req, res).panggil(method, input);
        kirimJson(res, 200, { result: result ?? null });
        return;
      }
      // Static files, never outside the build folder.
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      const file = join(opts.staticDir, rel);
      const aman = file.startsWith(opts.staticDir + sep) && existsSync(file) && statSync(file).isFile();
      if (aman && !file.endsWith('index.html')) {
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
        createReadStream(file).pipe(res);
        return;
      }
      sesiDari(req, res);
      res.writeHead(200, { 'content-type': MIME['.html']!, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(indexHtml());
    } catch (err) {
      const payload = toErrorPayload(err);
      if (payload.code === 'INTERNAL') console.error(err);
      kirimJson(res, payload.code === 'INTERNAL' ? 500 : 400, { error: payload });
    }
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  hostYangSah = `127.0.0.1:${port}`;
  return {
    server,
    url: `http://${hostYangSah}`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
