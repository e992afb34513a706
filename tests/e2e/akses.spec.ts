import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { aplikasiSendiri, hariIni, potret, type AplikasiUji } from './bantu';

let app: AplikasiUji;
test.beforeAll(async () => {
  app = await aplikasiSendiri();
});
test.afterAll(async () => app?.tutup());

/**
 * The desktop window talks to the core through a preload that keeps one session per window
 * (electron/ipc.ts). This stand-in does the same over the preview's HTTP API, so the sign-in screens
 * and the native save dialog path of the renderer run here as they do in Electron.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript((folder: string) => {
    let masuk = false;
    let pengguna: unknown = null;
    const bebas = ['auth.status', 'auth.login', 'auth.setupAdmin'];
    const w = window as unknown as Record<string, unknown>;
    w.akhiriSesi = () => (masuk = false);
    w.sekretariat = {
      async call(method: string, input: unknown) {
        if (!masuk && !bebas.includes(method)) return { error: { code: 'SESI', message: 'Sesi berakhir atau belum masuk. Silakan masuk lagi.' } };
        const token = document.querySelector<HTMLMetaElement>('meta[name="sekretariat-token"]')!.content;
        const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sekretariat-token': token }, body: JSON.stringify(input ?? {}) });
        const env = (await r.json()) as { result?: Record<string, unknown>; error?: unknown };
        if (method === 'auth.status' && env.result) return { result: { ...env.result, pengguna: masuk ? pengguna : null } };
        if ((method === 'auth.login' || method === 'auth.setupAdmin') && env.result) {
          masuk = true;
          pengguna = env.result.pengguna;
        }
        if (method === 'auth.logout') masuk = false;
        return env;
      },
      pilihLokasiSimpan: async ({ namaBawaan }: { namaBawaan: string }) => `${folder}/${namaBawaan}`,
    };
  }, app.dataDir);
});

test('masuk: admin pertama, sesi berakhir tanpa kehilangan isian, dialog simpan, keluar', async ({ page }) => {
  await page.goto(app.url);
  const gerbang = page.getByRole('dialog', { name: 'Masuk ke Sekretariat' });
  await expect(gerbang.getByRole('heading', { name: 'Siapkan admin pertama' })).toBeVisible();
  await gerbang.getByLabel('Nama lengkap').fill('Rina Agustina');
  await gerbang.getByLabel('Nama pengguna').fill('rina');
  await gerbang.getByLabel('Kata sandi').fill('pendek');
  await gerbang.getByRole('button', { name: 'Buat admin dan masuk' }).click();
  await expect(gerbang.getByLabel('Kata sandi')).toHaveAccessibleDescription(/Kata sandi paling sedikit 8 karakter\./);
  await potret(page, 'masuk-admin-pertama');
  await gerbang.getByLabel('Kata sandi').fill('rahasia-umpeg-2026');
  await gerbang.getByRole('button', { name: 'Buat admin dan masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toContainText('Rina Agustina');

  // Half-way through a letter the session ends; the sign-in covers the form and the form survives.
  await page.getByRole('link', { name: 'Catat Surat Masuk' }).click();
  await page.getByLabel('Asal surat').fill('Dinas Sosial Provinsi');
  await page.getByLabel('Nomor surat').fill('460/2026/Dinsos');
  await page.getByLabel('Tanggal surat').fill(hariIni());
  await page.getByLabel('Perihal').fill('Pemutakhiran data terpadu kesejahteraan sosial');
  await page.evaluate(() => (window as unknown as { akhiriSesi: () => void }).akhiriSesi());
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(gerbang).toContainText('Sesi berakhir');
  await potret(page, 'masuk-sesi-berakhir');
  await gerbang.getByLabel('Nama pengguna').fill('rina');
  await gerbang.getByLabel('Kata sandi').fill('rahasia-umpeg-2026');
  await gerbang.getByRole('button', { name: 'Masuk' }).click();
  await expect(gerbang).toHaveCount(0);
  await expect(page.getByLabel('Perihal')).toHaveValue('Pemutakhiran data terpadu kesejahteraan sosial');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nomor agenda 1/' })).toBeVisible();

  // In the desktop app the save dialog chooses the file; no path field is shown.
  await page.getByRole('link', { name: 'Buka dan disposisikan' }).click();
  await page.getByRole('button', { name: 'Cetak lembar disposisi' }).click();
  await expect(page.getByLabel('Simpan ke berkas')).toHaveCount(0);
  await page.getByRole('button', { name: 'Simpan PDF' }).click();
  const hasil = page.getByRole('status').filter({ hasText: 'Lembar disposisi tersimpan di' });
  await expect(hasil).toBeVisible({ timeout: 60_000 });
  expect(existsSync((await hasil.locator('code').textContent())!.trim())).toBe(true);

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(gerbang.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toHaveCount(0);
});
