import { Document, Packer, Paragraph } from 'docx';
import { expect, test, type Page } from '@playwright/test';
import { masuk, potret } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

/** A Word file as an office would make it (as in tests/naskah/template.test.ts): one paragraph per line. */
async function templat(...baris: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: baris.map((b) => new Paragraph(b)) }] }));
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function unggah(page: Page, nama: string, isi: Buffer): Promise<void> {
  const form = page.getByRole('form', { name: 'Unggah templat' });
  await form.getByLabel('Nama templat').fill(nama);
  await form.getByLabel('Berkas templat (.docx)').setInputFiles({ name: `${nama}.docx`, mimeType: DOCX, buffer: isi });
  await form.getByRole('button', { name: 'Unggah templat' }).click();
}

test('pengaturan naskah: templat ditolak/diterima, tata letak Surat Dinas A4 dengan templat', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengaturan Naskah' }).click();
  await expect(page.getByRole('heading', { name: 'Pengaturan Naskah', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Placeholder yang tersedia' }).getByText('{nomor}', { exact: true })).toBeVisible();

  const form = page.getByRole('form', { name: 'Unggah templat' });
  await unggah(page, 'Templat Salah', await templat('Nomor: {nomor}', 'Kepada: {tidakDikenal}'));
  await expect(form.getByRole('alert')).toContainText('Templat memuat placeholder yang tidak dikenal: {tidakDikenal}.');

  const nama = `Surat Dinas Uji ${Date.now()}`;
  await unggah(page, nama, await templat('Nomor: {nomor}', 'Tanggal: {tanggal}', 'Hal: {perihal}', 'Yth. {tujuan}', '{penandatangan.nama}'));
  await expect(form.getByRole('status')).toContainText(`Templat “${nama}” diunggah`);
  await expect(form.getByText(/tidak dikenal/)).toHaveCount(0);
  const baris = page.getByRole('table', { name: 'Daftar templat' }).getByRole('row').filter({ hasText: nama });
  await expect(baris).toContainText('{nomor} {tanggal} {perihal} {tujuan} {penandatangan.nama}');

  await page.getByRole('button', { name: 'Ubah tata letak Surat Dinas', exact: true }).click();
  let tata = page.getByRole('form', { name: 'Tata letak Surat Dinas' });
  await tata.getByLabel('Kertas', { exact: true }).selectOption('A4');
  await tata.getByLabel('Templat Word').selectOption({ label: nama });
  await tata.getByRole('button', { name: 'Simpan tata letak' }).click();
  await expect(tata.getByRole('status')).toHaveText('Tata letak Surat Dinas tersimpan.');
  await potret(page, 'pengaturan-naskah');

  await page.reload();
  const tabel = page.getByRole('table', { name: 'Tata letak per jenis naskah' });
  const sd = tabel.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Surat Dinas', exact: true }) });
  await expect(sd).toContainText('A4');
  await expect(sd).toContainText(nama);
  await expect(page.getByRole('table', { name: 'Daftar templat' }).getByRole('row').filter({ hasText: nama })).toContainText('Surat Dinas');
  await page.getByRole('button', { name: 'Ubah tata letak Surat Dinas', exact: true }).click();
  tata = page.getByRole('form', { name: 'Tata letak Surat Dinas' });
  await expect(tata.getByLabel('Kertas', { exact: true })).toHaveValue('A4');
  await expect(tata.getByLabel('Templat Word').locator('option:checked')).toHaveText(nama);

  // Leave the shared database as the other specs expect it.
  await tata.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
  await expect(tata.getByRole('status')).toHaveText('Tata letak Surat Dinas kembali ke bawaan.');
  await expect(sd).toContainText('Bawaan');
});

test('pengaturan naskah: pengaturan umum tersimpan', async ({ page }) => {
  await page.goto('/#/pengaturan-naskah');
  const form = page.getByRole('form', { name: 'Pengaturan umum' });
  const yth = form.getByLabel('Tulis “Yth.” pada setiap tembusan');
  const awal = await yth.isChecked();
  await yth.setChecked(!awal);
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(form.getByRole('status')).toHaveText('Pengaturan naskah tersimpan.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Pengaturan umum' }).getByLabel('Tulis “Yth.” pada setiap tembusan')).toBeChecked({ checked: !awal });
  await page.getByRole('form', { name: 'Pengaturan umum' }).getByLabel('Tulis “Yth.” pada setiap tembusan').setChecked(awal);
  await page.getByRole('form', { name: 'Pengaturan umum' }).getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByRole('form', { name: 'Pengaturan umum' }).getByRole('status')).toHaveText('Pengaturan naskah tersimpan.');
});
