import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { hariIni, pilihKlasifikasi, potret, tahunIni, masuk } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

/**
 * Flow (b): a draft goes up for paraf, is signed, gets its number from the register, and appears in
 * the buku agenda surat keluar exported as a real workbook.
 */
test('surat keluar: konsep → paraf → tanda tangan → nomor → buku agenda XLSX', async ({ page }) => {
  const perihal = `Laporan penyaluran bantuan sosial triwulan ${Date.now()}`;

  await page.goto('/#/surat-keluar/baru');
  await expect(page.getByRole('heading', { name: 'Konsep Surat Keluar' })).toBeVisible();
  await expect(page.getByLabel('Jenis naskah')).toHaveValue('surat-dinas');
  await expect(page.getByLabel('Tanggal surat')).toHaveValue(hariIni());
  await page.getByLabel('Tujuan').fill('Yth. Kepala Dinas Sosial Provinsi');
  await page.getByLabel('Perihal').fill(perihal);
  await pilihKlasifikasi(page, '400.9.7');
  await page.getByLabel('Unit pengolah').selectOption({ label: 'Subbagian Umum dan Kepegawaian' });
  await expect(page.getByLabel('Penandatangan').locator('option:checked')).toHaveText(/Kepala Dinas Sosial/);
  await potret(page, 'konsep-surat-keluar');
  await page.getByRole('button', { name: 'Simpan konsep' }).click();

  await expect(page.getByRole('heading', { name: 'Konsep Surat Dinas' })).toBeVisible();
  await expect(page.locator('.halaman__sub').first()).toContainText('Konsep');

  const paraf = page.getByRole('form', { name: 'Paraf konsep' });
  await paraf.getByLabel('Jabatan pemaraf').selectOption({ label: 'Sekretaris' });
  await paraf.getByRole('button', { name: 'Paraf', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diparaf oleh Sekretaris' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rantai paraf' })).toContainText('Sekretaris');
  // The keyboard goes on to the next step's first field, not back to the top of the page.
  await expect(page.getByRole('form', { name: 'Paraf konsep' }).getByLabel('Jabatan pemaraf')).toBeFocused();
  // The head of the unit pengolah initials too: the suggested chain is complete, so signing comes next.
  await page.keyboard.press('Enter');
  await page.getByRole('form', { name: 'Paraf konsep' }).getByLabel('Jabatan pemaraf').selectOption({ label: 'Kepala Subbagian Umum dan Kepegawaian' });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Diparaf oleh Kepala Subbagian Umum dan Kepegawaian' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Tanda tangan' }).getByLabel('Jabatan penandatangan')).toBeFocused();

  const ttd = page.getByRole('form', { name: 'Tanda tangan' });
  await expect(ttd.getByLabel('Jabatan penandatangan').locator('option:checked')).toHaveText(/Kepala Dinas Sosial/);
  await ttd.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ditandatangani oleh Kepala Dinas Sosial' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Beri nomor' }).getByLabel('Nomor sisipan (surat bertanggal mundur)')).toBeFocused();

  const formNomor = page.getByRole('form', { name: 'Beri nomor' });
  await expect(formNomor).toContainText(new RegExp(`Nomor berikutnya: 400\\.9\\.7/\\d+/Dinsos/${tahunIni()}`));
  await potret(page, 'beri-nomor');
  // Asking for a sisipan for a letter of today: there is nothing dated later to insert before, so the
  // letter gets the next plain number, and the screen says so instead of leaving the request unanswered.
  await formNomor.getByLabel('Nomor sisipan (surat bertanggal mundur)').check();
  await expect(formNomor).toContainText('Nomor sisipan menempel pada nomor terakhir yang bertanggal pada atau sebelum');
  await formNomor.getByLabel('Alasan nomor sisipan').fill('Surat terlambat dicatat');
  await formNomor.getByRole('button', { name: 'Beri Nomor' }).click();
  const pesanNomor = page.getByRole('status').filter({ hasText: 'Nomor surat:' });
  await expect(pesanNomor).toContainText(new RegExp(`400\\.9\\.7/\\d+/Dinsos/${tahunIni()}`));
  await expect(pesanNomor).toContainText('Nomor sisipan tidak diperlukan');
  const nomor = /400\.9\.7\/\d+\/Dinsos\/\d{4}/.exec((await pesanNomor.textContent()) ?? '')![0];
  await expect(page.getByRole('heading', { name: `Surat Keluar ${nomor}` })).toBeVisible();
  await potret(page, 'detail-surat-keluar');
  await page.getByRole('link', { name: 'Laporan' }).click();
  await page.getByLabel('Jenis laporan').selectOption({ label: 'Buku agenda surat keluar' });
  await page.getByLabel('Format').selectOption('xlsx');
  await expect(page.getByLabel('Simpan ke berkas')).toHaveValue(/agenda-keluar_.*\.xlsx$/);
  await page.getByRole('button', { name: 'Simpan XLSX' }).click();
  const hasil = page.getByRole('status').filter({ hasText: 'Tersimpan di' });
  await expect(hasil).toBeVisible({ timeout: 60_000 });
  await potret(page, 'laporan');
  const path = (await hasil.locator('code').textContent())!.trim();

  // Saving again to the same path asks first; the file is replaced only on "Timpa berkas".
  const timpa = page.getByRole('button', { name: 'Timpa berkas' });
  await expect(timpa).toHaveCount(0);
  await page.getByRole('button', { name: 'Simpan XLSX' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'sudah ada di folder itu' })).toBeVisible();
  // The keyboard stays where it was while saving and after the refusal (a disabled button dropped it to the page).
  await expect(page.getByRole('button', { name: 'Simpan XLSX' })).toBeFocused();
  await page.getByLabel('Simpan ke berkas').fill(path.replace(/\.xlsx$/, '-2.xlsx'));
  await expect(timpa).toHaveCount(0);
  await page.getByLabel('Simpan ke berkas').fill(path);
  await page.getByRole('button', { name: 'Simpan XLSX' }).click();
  await timpa.click();
  await expect(hasil).toContainText(path);
  await expect(hasil).toContainText('Berkas lama di lokasi itu sudah diganti.');
  await expect(timpa).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simpan XLSX' })).toBeFocused();

  const buku = new ExcelJS.Workbook();
  await buku.xlsx.readFile(path);
  const sel: string[] = [];
  buku.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => sel.push(String(c.text)))));
  expect(sel).toContain(nomor);
  expect(sel.some((t) => t.includes(perihal))).toBe(true);
});
