import { expect, test } from '@playwright/test';
import { ADMIN_UJI, masuk } from './bantu';

/** Issue "Trust": the screen locks itself after a quarter of an hour idle, and nothing typed is lost. */
test('kunci layar sesudah 15 menit tanpa kegiatan, isian tetap ada', async ({ page }) => {
  await page.clock.install();
  await masuk(page);
  await page.goto('/#/surat-masuk/baru');
  await page.getByLabel('Perihal').fill('Undangan sosialisasi PKH');
  await page.clock.fastForward('14:00');
  const gerbang = page.getByRole('dialog', { name: 'Masuk ke Sekretariat' });
  await expect(gerbang).toHaveCount(0);
  await page.clock.fastForward('02:00');
  await expect(gerbang).toContainText('Sesi berakhir');
  await gerbang.getByLabel('Nama pengguna').fill(ADMIN_UJI.username);
  await gerbang.getByLabel('Kata sandi').fill(ADMIN_UJI.sandi);
  await gerbang.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(gerbang).toHaveCount(0);
  await expect(page.getByLabel('Perihal')).toHaveValue('Undangan sosialisasi PKH');
});
