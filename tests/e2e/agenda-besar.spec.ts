import { expect, test } from '@playwright/test';
import { aplikasiSendiri, masuk, potret, tahunIni, type AplikasiUji } from './bantu';

const JUMLAH = 3000;
/** Visible rows plus overscan plus the header and two spacers: far below the whole book. */
const BATAS_TR = 120;

let app: AplikasiUji;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await aplikasiSendiri({ isiSurat: JUMLAH });
});
test.afterAll(async () => app?.tutup());
test.beforeEach(async ({ page }) => masuk(page, app.url));

/** Flow (d): a year of letters opens at once, and scrolling fetches pages instead of the whole book. */
test('buku agenda 3.000 surat: cepat, bertahap, DOM tetap kecil', async ({ page }) => {
  const permintaan: { offset: number; limit: number }[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/suratMasuk.list')) permintaan.push(JSON.parse(r.postData() ?? '{}') as { offset: number; limit: number });
  });

  const mulai = Date.now();
  await page.goto(`${app.url}/#/surat-masuk`);
  const tabel = page.getByRole('region', { name: 'Buku agenda surat masuk' });
  await expect(tabel.getByRole('link', { name: `${JUMLAH}/${tahunIni()}` })).toBeVisible();
  expect(Date.now() - mulai).toBeLessThan(5_000);
  await expect(page.getByText(`dari 3.000 surat`)).toBeVisible();
  expect(await page.locator('tr').count()).toBeLessThan(BATAS_TR);
  await potret(page, 'buku-agenda');

  // Halfway down, then to the very end: the oldest letter, number 1.
  await tabel.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(tabel.getByRole('link', { name: new RegExp(`^1[456]\\d\\d/${tahunIni()}$`) }).first()).toBeVisible();
  expect(await page.locator('tr').count()).toBeLessThan(BATAS_TR);
  await tabel.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(tabel.getByRole('link', { name: `1/${tahunIni()}`, exact: true })).toBeVisible();
  expect(await page.locator('tr').count()).toBeLessThan(BATAS_TR);

  // Pages, never the book: a handful of small requests, each bounded.
  expect(permintaan.length).toBeGreaterThan(1);
  expect(permintaan.length).toBeLessThan(10);
  for (const p of permintaan) expect(p.limit).toBeLessThanOrEqual(100);

  // The search goes to the core (q), and the table starts again from its top.
  await page.getByLabel('Cari').fill('nomor 2999 tentang');
  await expect(tabel.getByRole('link', { name: `2999/${tahunIni()}` })).toBeVisible();
  await expect(page.getByText('dari 1 surat')).toBeVisible();
  expect(permintaan.at(-1)).toMatchObject({ q: 'nomor 2999 tentang', offset: 0 });
});
