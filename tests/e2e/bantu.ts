import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const APP_ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Today as the app sees it (local time, YYYY-MM-DD). */
export function hariIni(geser = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + geser);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const tahunIni = () => Number(hariIni().slice(0, 4));

export interface AplikasiUji {
  url: string;
  dataDir: string;
  tutup(): Promise<void>;
}

/**
 * A browser preview of its own on a fresh data folder, for tests that need a known database (empty,
 * or seeded with `isiSurat` letters) rather than the shared one of the webServer.
 */
export async function aplikasiSendiri(opts: { isiSurat?: number; demoSkala?: number } = {}): Promise<AplikasiUji> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-e2e-sendiri-'));
  if (opts.isiSurat) {
    const r = spawnSync(process.execPath, [TSX, join(APP_ROOT, 'tests', 'e2e', 'isi-agenda.ts'), dataDir, String(opts.isiSurat)], { cwd: APP_ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`Gagal mengisi agenda: ${r.stderr}`);
  }
  if (opts.demoSkala) {
    const args = [TSX, 'bin/cli.ts', '--data-dir', dataDir, 'demo', 'generate', '--scale', String(opts.demoSkala), '--seed', '1'];
    const r = spawnSync(process.execPath, args, { cwd: APP_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`Gagal membuat data demo: ${r.stdout}${r.stderr}`);
  }
  const proses = spawn(process.execPath, [TSX, 'bin/web.ts', '--data-dir', dataDir, '--port', '0'], { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let keluaran = '';
    const batas = setTimeout(() => reject(new Error(`Pratinjau tidak mulai: ${keluaran}`)), 60_000);
    proses.stdout.on('data', (c: Buffer) => {
      keluaran += c.toString();
      const m = /"url":"([^"]+)"/.exec(keluaran);
      if (m) {
        clearTimeout(batas);
        resolve(m[1]!);
      }
    });
    proses.stderr.on('data', (c: Buffer) => (keluaran += c.toString()));
    proses.on('exit', (code) => reject(new Error(`Pratinjau berhenti (${code}): ${keluaran}`)));
  });
  return {
    url,
    dataDir,
    async tutup() {
      const selesai = new Promise((r) => proses.once('exit', r));
      proses.kill('SIGTERM');
      await selesai;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Picks a code in the kode klasifikasi combobox the way a person does: type, then click the option. */
export async function pilihKlasifikasi(page: Page, kode: string): Promise<void> {
  const kotak = page.getByRole('combobox', { name: 'Kode klasifikasi' });
  await kotak.fill(kode);
  await page.getByRole('option', { name: new RegExp(`^${kode.replace(/\./g, '\\.')} `) }).click();
  await expect(kotak).toHaveValue(kode);
}

/**
 * A screenshot for people to look at (test-results/layar), not compared automatically. The content
 * scrolls inside <main>, so the window is stretched to it for the shot instead of `fullPage`.
 */
export async function potret(page: Page, nama: string): Promise<void> {
  const ukuran = page.viewportSize() ?? { width: 1366, height: 800 };
  const tinggi = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 0);
  if (tinggi > ukuran.height) await page.setViewportSize({ width: ukuran.width, height: Math.min(tinggi + 24, 4000) });
  await page.screenshot({ path: join(APP_ROOT, 'test-results', 'layar', `${nama}.png`) });
  await page.setViewportSize(ukuran);
}


export const ADMIN_UJI = { nama: 'Admin Uji', username: 'admin.uji', sandi: 'rahasia-uji-2026' };

/**
 * Signs in at the gate as the test admin, first creating that admin on a fresh data folder — the
 * preview enforces the role table through a session per browser, as the desktop window does.
 */
export async function masuk(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  const gerbang = page.getByRole('dialog', { name: 'Masuk ke Sekretariat' });
  const siapkan = gerbang.getByRole('heading', { name: 'Siapkan admin pertama' });
  const masukJudul = gerbang.getByRole('heading', { name: 'Masuk', exact: true });
  await expect(siapkan.or(masukJudul)).toBeVisible();
  if (await siapkan.isVisible()) {
    await gerbang.getByLabel('Nama lengkap').fill(ADMIN_UJI.nama);
    await gerbang.getByLabel('Nama pengguna').fill(ADMIN_UJI.username);
    await gerbang.getByLabel('Kata sandi').fill(ADMIN_UJI.sandi);
    await gerbang.getByRole('button', { name: 'Buat admin dan masuk' }).click();
  } else {
    await gerbang.getByLabel('Nama pengguna').fill(ADMIN_UJI.username);
    await gerbang.getByLabel('Kata sandi').fill(ADMIN_UJI.sandi);
    await gerbang.getByRole('button', { name: 'Masuk', exact: true }).click();
  }
  await expect(gerbang).toHaveCount(0);
}
