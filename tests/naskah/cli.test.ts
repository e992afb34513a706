import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT, bukaCoreUji, tempDir } from '../helpers/core';
import { harusBerurutan, harusUkuran, teksPdf } from './alat';
import { buatContoh, contohNaskah, siapkanOrganisasi } from './contoh';

const folder = tempDir('sekretariat-naskah-cli-');
const dataDir = join(folder, 'data');
let id: number;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(APP_ROOT, 'bin/cli.ts'), '--data-dir', dataDir, ...args], { cwd: APP_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, json: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

beforeAll(async () => {
  const u = bukaCoreUji({ now: '2026-11-20T03:00:00Z', dataDir });
  const o = await siapkanOrganisasi(u.core);
  id = await buatContoh(u.core, o, contohNaskah(o).find((c) => c.kunci === 'pengantar')!);
  await u.selesai();
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('CLI: naskah.render {id, format, path}', () => {
  it('renders the PDF and the DOCX and reports the stored version', () => {
    const pdf = cli('api', 'call', 'naskah.render', JSON.stringify({ id, format: 'pdf', path: join(folder, 'pengantar.pdf') }));
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.json).toMatchObject({ versi: 1, format: 'pdf', status: 'final', baru: true, path: join(folder, 'pengantar.pdf') });
    harusUkuran(pdf.json.path, 'F4');
    harusBerurutan(teksPdf(pdf.json.path), ['PEMERINTAH KABUPATEN CONTOH', 'Nomor : 800.1.3.2/1/Dinsos/2026', 'a.n. KEPALA DINAS SOSIAL', 'SEKRETARIS,', 'NIP. 19750812 200003 2 003']);

    const docx = cli('api', 'call', 'naskah.render', JSON.stringify({ id, format: 'docx', path: join(folder, 'pengantar.docx') }));
    expect(docx.status, docx.stderr).toBe(0);
    expect(docx.json).toMatchObject({ versi: 1, format: 'docx', status: 'final' });
    expect(cli('api', 'call', 'naskah.versions', JSON.stringify({ id })).json).toHaveLength(2);
  });

  it('fails with an Indonesian message and exit status 1', () => {
    const r = cli('api', 'call', 'naskah.render', JSON.stringify({ id, format: 'rtf', path: join(folder, 'x.rtf') }));
    expect(r.status).toBe(1);
    expect(r.json.error).toMatchObject({ code: 'VALIDASI', message: expect.stringMatching(/Format harus pdf atau docx/) });
  });
});
