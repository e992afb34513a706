import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ADMIN_UJI, hariIni, pilihKlasifikasi, potret, tahunIni, masuk } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

/**
 * Flow (a): the agendaris registers a letter, the Kepala Dinas disposes it to two bidang (one
 * utama), one bidang follows it up to the end, and the lembar disposisi is printed to PDF.
 */
test('surat masuk: catat → disposisi → tindak lanjut → lembar disposisi', async ({ page }) => {
  const perihal = `Undangan rapat koordinasi bantuan sosial ${Date.now()}`;

  await page.goto('/#/surat-masuk/baru');
  await expect(page.getByRole('heading', { name: 'Catat Surat Masuk' })).toBeVisible();
  await expect(page.getByLabel('Tanggal terima')).toHaveValue(hariIni());
  await page.getByLabel('Asal surat').fill('Kementerian Sosial RI');
  await page.getByLabel('Nomor surat').fill('400.9/1234/Linjamsos');
  await page.getByLabel('Tanggal surat').fill(hariIni(-2));
  await page.getByLabel('Perihal').fill(perihal);
  await page.getByLabel('Ringkasan isi').fill('Rapat di Jakarta, mohon kehadiran kepala bidang.');
  await page.getByLabel('Urgensi').selectOption({ label: 'Segera' });
  await pilihKlasifikasi(page, '400.9.7');
  await potret(page, 'catat-surat-masuk');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();

  const tersimpan = page.getByRole('status').filter({ hasText: 'Nomor agenda' });
  await expect(tersimpan).toContainText(new RegExp(`Nomor agenda \\d+/${tahunIni()}`));
  const agenda = /Nomor agenda (\d+)\/(\d+)/.exec((await tersimpan.textContent()) ?? '')!;
  const [nomorAgenda, tahun] = [agenda[1]!, agenda[2]!];
  // Ready for the next letter, same day.
  await expect(page.getByLabel('Perihal')).toHaveValue('');
  await expect(page.getByLabel('Tanggal terima')).toHaveValue(hariIni());
  await expect(page.getByLabel('Asal surat')).toBeFocused();
  await potret(page, 'catat-surat-masuk-tersimpan');

  await page.getByRole('link', { name: 'Buka dan disposisikan' }).click();
  await expect(page.getByRole('heading', { name: `Surat Masuk ${nomorAgenda}/${tahun}` })).toBeVisible();

  // Kepala Dinas disposes to two bidang, Linjamsos leading.
  await page.getByRole('button', { name: 'Disposisikan' }).click();
  const form = page.getByRole('form', { name: 'Disposisikan surat' });
  await expect(form.getByLabel('Dari jabatan')).toBeFocused();
  await expect(form.getByLabel('Dari jabatan')).toHaveValue(/\d+/);
  await expect(form.getByLabel('Dari jabatan').locator('option:checked')).toHaveText(/Kepala Dinas Sosial/);
  await form.getByRole('checkbox', { name: 'Kepala Bidang Perlindungan dan Jaminan Sosial' }).check();
  await form.getByRole('checkbox', { name: 'Kepala Bidang Rehabilitasi Sosial' }).check();
  await form.getByRole('radio', { name: 'Utama — Kepala Bidang Perlindungan dan Jaminan Sosial' }).check();
  await form.getByRole('checkbox', { name: 'Tindak lanjuti' }).check();
  await form.getByRole('checkbox', { name: 'Koordinasikan' }).check();
  await form.getByLabel('Batas waktu').fill(hariIni(7));
  await form.getByLabel('Catatan disposisi').fill('Siapkan data penerima bantuan.');
  await potret(page, 'disposisi-form');
  await form.getByRole('button', { name: 'Kirim disposisi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Disposisi dikirim' })).toContainText('Kepala Bidang Perlindungan dan Jaminan Sosial (utama)');
  // The keyboard goes back to the button that opened the step, not to the page body.
  await expect(page.getByRole('button', { name: 'Disposisikan' })).toBeFocused();

  // Linjamsos follows up: receives, notes the follow-up, finishes.
  const cabang = page.getByRole('region', { name: 'Disposisi untuk Kepala Bidang Perlindungan dan Jaminan Sosial' });
  await expect(cabang).toContainText('Belum dibaca');
  await cabang.getByRole('button', { name: 'Terima' }).click();
  await expect(cabang).toContainText('Diterima');
  // "Terima" is gone once accepted: the focus moves to the branch's next action.
  await expect(cabang.getByRole('button', { name: 'Tindak lanjut' })).toBeFocused();
  await cabang.getByRole('button', { name: 'Tindak lanjut' }).click();
  await cabang.getByLabel('Catatan tindak lanjut').fill('Data penerima sedang diverifikasi bersama kecamatan.');
  await cabang.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(cabang).toContainText('Ditindaklanjuti: Data penerima sedang diverifikasi bersama kecamatan.');
  // The branch takes further reports until it is done, so the keyboard is back on the button that opened this one.
  await expect(cabang.getByRole('button', { name: 'Tambah tindak lanjut' })).toBeFocused();
  await cabang.getByRole('button', { name: 'Selesai' }).click();
  await cabang.getByLabel('Catatan penyelesaian').fill('Laporan verifikasi sudah dikirim ke Kepala Dinas.');
  await cabang.getByRole('button', { name: 'Tandai selesai' }).click();
  await expect(cabang.getByText('Selesai', { exact: true }).first()).toBeVisible();
  await expect(cabang.getByRole('button', { name: 'Terima' })).toHaveCount(0);

  // The other branch is still open, so the letter is being followed up, not finished.
  const lainnya = page.getByRole('region', { name: 'Disposisi untuk Kepala Bidang Rehabilitasi Sosial' });
  await expect(lainnya).toContainText('Belum dibaca');
  await expect(page.locator('.halaman__sub').first()).toContainText('Ditindaklanjuti');
  const riwayat = page.getByRole('region', { name: 'Riwayat' });
  await expect(riwayat).toContainText('Kepala Dinas Sosial mendisposisikan kepada');
  await expect(riwayat).toContainText('Kepala Bidang Perlindungan dan Jaminan Sosial: ditindaklanjuti — Data penerima sedang diverifikasi');
  await expect(riwayat).toContainText('Kepala Bidang Perlindungan dan Jaminan Sosial: selesai — Laporan verifikasi sudah dikirim');
  // Each step names the person who did it, not the account.
  await expect(riwayat.locator('.linimasa__aktor').first()).toHaveText(`oleh ${ADMIN_UJI.nama}`);
  await expect(riwayat.locator('time').first()).toHaveText(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2}$/);
  await potret(page, 'detail-surat-masuk');

  // The lembar disposisi, to the default export folder.
  await page.getByRole('button', { name: 'Cetak lembar disposisi' }).click();
  await expect(page.getByLabel('Simpan ke berkas')).toHaveValue(new RegExp(`lembar-disposisi-${nomorAgenda}-${tahun}\\.pdf$`));
  // The panel opens with its save button focused: Enter prints.
  await expect(page.getByRole('button', { name: 'Simpan PDF' })).toBeFocused();
  await page.keyboard.press('Enter');
  const hasil = page.getByRole('status').filter({ hasText: 'Lembar disposisi tersimpan di' });
  await expect(hasil).toBeVisible({ timeout: 60_000 });
  const path = (await hasil.locator('code').textContent())!.trim();
  expect(existsSync(path)).toBe(true);
  const teks = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(teks).toContain(perihal);
  expect(teks).toMatch(new RegExp(`Nomor agenda\\s*:?\\s*${nomorAgenda}\\b`));
  await potret(page, 'detail-surat-masuk-cetak');
});

/**
 * A letter typed in twice: the second Ctrl+Enter only asks, the third saves; the agendaris then cancels
 * the second entry. Its number stays in the book, searchable by that number.
 */
test('surat masuk tercatat ganda: ditanya dahulu, lalu catatan dibatalkan, nomor agenda tetap di buku', async ({ page }) => {
  const perihal = `Permohonan data penerima PKH ${Date.now()}`;
  const nomorSurat = `400/${Date.now()}/2026`;
  const tersimpan = page.getByRole('status').filter({ hasText: 'Nomor agenda' });
  const agendaTerakhir = async () => /Nomor agenda (\d+\/\d+)/.exec((await tersimpan.textContent()) ?? '')![1]!;
  await page.goto('/#/surat-masuk/baru');
  for (const kali of [1, 2]) {
    await page.getByLabel('Asal surat').fill('Kecamatan Sumberagung');
    await page.getByLabel('Nomor surat').fill(nomorSurat);
    await page.getByLabel('Tanggal surat').fill(hariIni(-1));
    if (kali === 1) await pilihKlasifikasi(page, '400.9.7');
    else {
      // From the keyboard: words typed, Enter takes the first match instead of submitting the form.
      const kotak = page.getByRole('combobox', { name: 'Kode klasifikasi' });
      await kotak.fill('pengelolaan sumber dana bantuan sosial');
      await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('400.9.7 ');
      await kotak.press('Enter');
      await expect(kotak).toHaveValue('400.9.7');
    }
    await page.getByLabel('Perihal').fill(perihal);
    if (kali === 2) {
      await expect(page.getByText('Kemungkinan surat ganda.')).toBeVisible();
      // The warning's link stays out of the Tab order while typing.
      await expect(page.getByRole('link', { name: /^nomor agenda / })).toHaveAttribute('tabindex', '-1');
      const pertama = await agendaTerakhir();
      await page.getByLabel('Perihal').press('Control+Enter');
      await expect(page.getByText('Belum disimpan.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tetap simpan' })).toBeVisible();
      expect(await agendaTerakhir()).toBe(pertama);
    }
    // Saved from the keyboard, the way letters are entered in a batch: focus comes back to Asal surat.
    await page.getByLabel('Perihal').press('Control+Enter');
    await expect(tersimpan).toContainText('Terakhir tersimpan');
    await expect(page.getByLabel('Asal surat')).toBeFocused();
  }
  await expect(tersimpan).toContainText('Surat ini tersimpan, tetapi surat dengan asal dan nomor surat yang sama sudah tercatat');
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toBeVisible();
  const agenda = await agendaTerakhir();
  await page.getByRole('link', { name: 'Buka dan disposisikan' }).click();

  await page.getByRole('button', { name: 'Batalkan catatan' }).click();
  const form = page.getByRole('form', { name: `Batalkan catatan ${agenda}` });
  await form.getByRole('button', { name: 'Batalkan catatan ini' }).click();
  await expect(form.getByText('Alasan pembatalan wajib diisi.').first()).toBeVisible();
  await form.getByLabel('Alasan pembatalan').fill('Tercatat dua kali');
  await form.getByRole('button', { name: 'Batalkan catatan ini' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Catatan ${agenda} dibatalkan.` })).toBeVisible();
  await expect(page.locator('.halaman__sub').first()).toContainText('Dibatalkan');
  await expect(page.getByRole('button', { name: 'Disposisikan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ubah data' })).toHaveCount(0);
  await expect(page.getByLabel('Pilih pindaian (PDF, JPG, PNG)')).toHaveCount(0);
  await potret(page, 'surat-masuk-dibatalkan');

  // The buku agenda still lists the number, found by typing it.
  await page.goto('/#/surat-masuk');
  await page.getByLabel('Cari').fill(agenda);
  const baris = page.getByRole('row').filter({ hasText: perihal });
  await expect(baris).toHaveCount(1);
  await expect(baris).toContainText(agenda);
  await expect(baris).toContainText('Dibatalkan');
});
