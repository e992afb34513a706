import { expect, test } from '@playwright/test';
import { masuk, pilihKlasifikasi, potret } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

test('jejak audit: saring per catatan menampilkan pembuatan dan perubahan surat, termasuk isian yang dikosongkan', async ({ page }) => {
  const perihal = `Permohonan data DTSEN ${Date.now()}`;
  await page.goto('/#/surat-keluar/baru');
  await page.getByLabel('Tujuan').fill('Yth. Kepala BPS Kabupaten');
  await page.getByLabel('Perihal').fill(perihal);
  await pilihKlasifikasi(page, '400.9.7');
  await page.getByLabel('Lampiran').fill('1 (satu) berkas');
  await page.getByRole('button', { name: 'Simpan konsep' }).click();
  await expect(page.getByRole('heading', { name: 'Konsep Surat Dinas' })).toBeVisible();
  const id = /#\/surat-keluar\/(\d+)/.exec(page.url())![1]!;

  await page.getByRole('button', { name: 'Ubah konsep' }).click();
  await page.getByLabel('Perihal').fill(`${perihal} (revisi)`);
  await page.getByLabel('Lampiran').fill('');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Konsep diperbarui.' })).toBeVisible();

  await page.getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Jejak Audit' })).toBeVisible();
  await page.getByLabel('Tabel').fill('surat_keluar');
  await page.getByLabel('ID catatan').fill(id);
  const tabel = page.getByRole('table', { name: 'Entri jejak audit' });
  await expect(tabel.locator('tbody > tr')).toHaveCount(2);
  await expect(tabel).toContainText('Buat');
  await expect(tabel).toContainText('Ubah');
  await tabel.getByRole('button', { name: /^Lihat perubahan entri/ }).first().click();
  const beda = tabel.getByRole('table', { name: /^Perubahan entri/ });
  await expect(beda).toContainText('perihal');
  await expect(beda).toContainText(`${perihal} (revisi)`);
  // The emptied Lampiran reached the core as "clear it", not as "unchanged".
  await expect(beda.getByRole('row').filter({ hasText: 'lampiran' })).toContainText('1 (satu) berkas');
  await expect(beda).not.toContainText('tujuan');
  await expect(beda).not.toContainText('urgensi');

  await page.getByRole('button', { name: 'Periksa rantai audit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rantai utuh' })).toBeVisible();
  await potret(page, 'jejak-audit');
});

test('cadangan: buat sekarang lalu tampil valid di daftar', async ({ page }) => {
  await page.getByRole('link', { name: 'Cadangan' }).click();
  await expect(page.getByRole('heading', { name: 'Cadangan', exact: true })).toBeVisible();
  await expect(page.getByText('npm run cli -- restore <folder>')).toBeVisible();
  await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cadangan dibuat di' })).toBeVisible({ timeout: 60_000 });
  const daftar = page.getByRole('table', { name: 'Daftar cadangan' });
  const baris = daftar.locator('tbody > tr').filter({ hasText: 'Manual' }).first();
  await expect(baris.getByText('Valid', { exact: true })).toBeVisible({ timeout: 60_000 });
  await potret(page, 'cadangan');
});
