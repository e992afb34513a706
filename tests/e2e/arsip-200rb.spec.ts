import { expect, test } from '@playwright/test';
import { aplikasiSendiri, masuk, potret, type AplikasiUji } from './bantu';

/**
 * Issue "Performance at archive scale": the agenda of ten years (~200,000 letters, `demo generate
 * --scale 1`) opens and scrolls end to end in the preview without the window ever holding the book.
 */
const BATAS_TR = 120;

let app: AplikasiUji;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  app = await aplikasiSendiri({ demoSkala: 1 });
});
test.afterAll(async () => app?.tutup());
test.beforeEach(async ({ page }) => masuk(page, app.url));

test('buku agenda 200.000 surat: halaman pertama, tengah, dan akhir tanpa memuat semuanya', async ({ page }) => {
  test.setTimeout(180_000);
  const permintaan: { offset: number; limit: number }[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/suratMasuk.list')) permintaan.push(JSON.parse(r.postData() ?? '{}') as { offset: number; limit: number });
  });

  await page.goto(`${app.url}/#/surat-masuk`);
  const tabel = page.getByRole('region', { name: 'Buku agenda surat masuk' });
  await expect(page.getByText(/dari (19|20)\d\.\d{3} surat/)).toBeVisible();
  await expect(tabel.getByRole('link').first()).toBeVisible();
  expect(await page.locator('tr').count()).toBeLessThan(BATAS_TR);
  await potret(page, 'buku-agenda-200rb');

  for (const posisi of [0.5, 1]) {
    const sebelum = permintaan.length;
    await tabel.evaluate((el, p) => (el.scrollTop = el.scrollHeight * p), posisi);
    await expect.poll(() => permintaan.length).toBeGreaterThan(sebelum);
    await expect(tabel.getByRole('link').first()).toBeVisible();
    expect(await page.locator('tr').count()).toBeLessThan(BATAS_TR);
  }
  // The oldest letter of the ten years is number 1 of its year, at the very end of the book.
  await expect(tabel.getByRole('link', { name: /^1\/\d{4}$/ })).toBeVisible();
  expect(Math.max(...permintaan.map((p) => p.offset))).toBeGreaterThan(150_000);
  expect(permintaan.length).toBeLessThan(15);
  for (const p of permintaan) expect(p.limit).toBeLessThanOrEqual(100);
});
