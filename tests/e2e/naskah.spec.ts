import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { masuk, pilihKlasifikasi, potret, tahunIni } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

async function konsepUndangan(page: Page, perihal: string): Promise<void> {
  await page.goto('/#/surat-keluar/baru');
  await expect(page.getByRole('heading', { name: 'Konsep Surat Keluar' })).toBeVisible();
  await page.getByLabel('Jenis naskah').selectOption({ label: 'Surat Undangan' });
  await page.getByLabel('Tujuan').fill('Yth. Para Camat se-Kabupaten');
  await page.getByLabel('Perihal').fill(perihal);
  await pilihKlasifikasi(page, '400.9.7');
  await page.getByLabel('Unit pengolah').selectOption({ label: 'Subbagian Umum dan Kepegawaian' });
  await page.getByRole('button', { name: 'Simpan konsep' }).click();
  await expect(page.getByRole('heading', { name: 'Konsep Surat Undangan' })).toBeVisible();
}

/**
 * The promise: from a registered draft, a person composes the letter, takes it through
 * paraf, signature and numbering, and prints the signed-ready PDF — all in the UI.
 */
test('naskah: susun isi → paraf → tanda tangan → nomor → cetak PDF, lalu periksa QR', async ({ page }) => {
  const perihal = `Undangan Rapat Koordinasi PKH ${Date.now()}`;
  // Setup an admin does once (Pengaturan Naskah has its own test): print the verification QR on letters of the "surat" register.
  await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="sekretariat-token"]')?.content ?? '';
    const r = await fetch('/api/naskah.pengaturan.save', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sekretariat-token': token },
      body: JSON.stringify({ qrRegister: ['surat'] }),
    });
    const env = (await r.json()) as { error?: { message: string } };
    if (env.error) throw new Error(env.error.message);
  });
  await konsepUndangan(page, perihal);
  const mulai = Date.now();

  await page.getByRole('link', { name: 'Susun naskah' }).click();
  await expect(page.getByRole('heading', { name: /Susun naskah: konsep/ })).toBeVisible();
  const isi = page.getByRole('group', { name: 'Isi surat' });
  await isi.getByRole('button', { name: '+ Paragraf' }).click();
  await isi.getByRole('textbox', { name: 'Paragraf 1', exact: true }).fill('Dalam rangka koordinasi penyaluran bantuan sosial, kami mengundang Saudara pada rapat koordinasi.');
  await isi.getByRole('button', { name: '+ Paragraf' }).click();
  await isi.getByRole('textbox', { name: 'Paragraf 2', exact: true }).fill('Mengingat pentingnya acara tersebut, **dimohon hadir tepat waktu**.');
  await page.getByRole('textbox', { name: 'Tembusan (satu per baris)', exact: true }).fill('Bupati (sebagai laporan)\nSekretaris Daerah');
  await expect(page.getByText('Ada perubahan yang belum disimpan.')).toBeVisible();
  await potret(page, 'susun-naskah');
  await page.getByRole('button', { name: 'Simpan naskah' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Naskah tersimpan.' })).toBeVisible();
  await expect(page.getByText('Semua perubahan tersimpan.')).toBeVisible();

  await page.getByRole('link', { name: 'Kembali ke surat' }).click();
  const paraf = page.getByRole('form', { name: 'Paraf konsep' });
  await paraf.getByLabel('Jabatan pemaraf').selectOption({ label: 'Sekretaris' });
  await paraf.getByRole('button', { name: 'Paraf', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diparaf oleh Sekretaris' })).toBeVisible();
  await page.getByRole('form', { name: 'Tanda tangan' }).getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ditandatangani oleh' })).toBeVisible();
  await page.getByRole('form', { name: 'Beri nomor' }).getByRole('button', { name: 'Beri Nomor' }).click();
  const pesanNomor = page.getByRole('status').filter({ hasText: 'Nomor surat:' });
  await expect(pesanNomor).toContainText(new RegExp(`/Dinsos/${tahunIni()}`));
  const nomor = /\S+\/\d+\/Dinsos\/\d{4}/.exec((await pesanNomor.textContent()) ?? '')![0];

  await page.getByRole('link', { name: 'Susun naskah' }).click();
  await expect(page.getByRole('heading', { name: `Susun naskah: ${nomor}` })).toBeVisible();
  await expect(page.getByText('Naskah ini sudah ditandatangani')).toBeVisible();
  await expect(page.getByLabel('Lokasi berkas PDF')).toHaveValue(/\.pdf$/);
  await page.getByRole('button', { name: 'Cetak PDF' }).click();
  const hasil = page.getByRole('status').filter({ hasText: 'PDF tersimpan di' });
  await expect(hasil).toBeVisible({ timeout: 60_000 });
  const detik = (Date.now() - mulai) / 1000;
  console.log(`[naskah] dari konsep terdaftar sampai PDF bernomor tercetak: ${detik.toFixed(1)} detik (termasuk paraf, tanda tangan, nomor)`);
  await expect(hasil).toContainText('(final)');
  const versi = page.getByRole('table', { name: 'Versi naskah' });
  await expect(versi).toContainText('Final');
  await potret(page, 'naskah-tercetak');

  const path = (await hasil.locator('code').textContent())!.trim();
  const teks = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const rapat = teks.replace(/\s+/g, ' ');
  expect(rapat).toContain('DINAS SOSIAL');
  expect(rapat).toContain(nomor);
  expect(rapat).toContain(perihal);
  expect(rapat).toContain('Bupati (sebagai laporan)');
  expect(rapat).toContain('Sekretaris Daerah');
  expect(rapat).toContain('dimohon hadir tepat waktu');
  expect(rapat).not.toContain('**');

  // The QR printed on that version checks out; an altered one does not.
  await page.getByRole('link', { name: /^Periksa QR versi/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Periksa QR naskah' })).toBeVisible();
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
  const periksa = page.getByRole('region', { name: 'Hasil pemeriksaan' });
  await expect(periksa).toContainText('COCOK');
  await expect(periksa).not.toContainText('TIDAK COCOK');
  await potret(page, 'periksa-qr-cocok');
  const kotak = page.getByLabel('Isi kode QR');
  await kotak.fill((await kotak.inputValue()).replace(/t=\d{4}/, 't=1999'));
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expect(periksa).toContainText('TIDAK COCOK');
  await potret(page, 'periksa-qr-tidak-cocok');
});
