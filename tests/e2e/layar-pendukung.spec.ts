import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hariIni, potret, tahunIni, masuk } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

/** A letter straight through the API, for tests whose subject is a later screen. */
async function suratLewatApi(page: Page, perihal: string): Promise<number> {
  await page.goto('/#/dasbor');
  return page.evaluate(async (v) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="sekretariat-token"]')!.content;
    const r = await fetch('/api/suratMasuk.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sekretariat-token': token },
      body: JSON.stringify({ tanggalTerima: v.tgl, tanggalSurat: v.tgl, asal: 'Kecamatan Sukamaju', nomorSurat: `460/${Date.now()}`, perihal: v.perihal }),
    });
    return ((await r.json()) as { result: { id: number } }).result.id;
  }, { tgl: hariIni(), perihal });
}

test('organisasi: pegawai ber-NIP, Plt. pada jabatan, pengguna dengan peran', async ({ page }) => {
  await page.goto('/#/organisasi');
  await page.getByRole('tab', { name: 'Pegawai' }).click();
  await page.getByRole('button', { name: 'Tambah pegawai' }).click();
  const form = page.getByRole('form', { name: 'Pegawai baru' });
  await form.getByLabel('Nama', { exact: true }).fill('Siti Aminah');
  await form.getByLabel('Gelar belakang').fill('S.Sos.');
  await form.getByLabel('NIP').fill('123');
  await form.getByLabel('Golongan').fill('III/d');
  await form.getByRole('button', { name: 'Simpan pegawai' }).click();
  await expect(form.getByLabel('NIP')).toHaveAccessibleDescription(/NIP harus 18 angka/);
  await form.getByLabel('NIP').fill('19800101 200501 2 003');
  await form.getByRole('button', { name: 'Simpan pegawai' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Siti Aminah, S.Sos. tersimpan.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '198001012005012003' })).toBeVisible();

  await page.getByRole('tab', { name: 'Jabatan dan pejabat' }).click();
  await page.getByRole('button', { name: 'Pejabat Kepala Subbagian Keuangan' }).click();
  const tetapkan = page.getByRole('form', { name: 'Tetapkan pejabat' });
  await tetapkan.getByLabel('Pegawai').selectOption({ label: 'Siti Aminah, S.Sos. (198001012005012003)' });
  await tetapkan.getByLabel('Status penugasan').selectOption({ label: 'Plt.' });
  await tetapkan.getByLabel('Mulai').fill(hariIni(-30));
  await tetapkan.getByRole('button', { name: 'Simpan penugasan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ditetapkan sebagai Plt. Kepala Subbagian Keuangan' })).toBeVisible();
  const baris = page.getByRole('row', { name: /Kepala Subbagian Keuangan/ }).first();
  await expect(baris).toContainText('Plt.Siti Aminah, S.Sos.');
  await potret(page, 'organisasi-jabatan');

  await page.getByRole('tab', { name: 'Pengguna dan peran' }).click();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const akun = page.getByRole('form', { name: 'Pengguna baru' });
  await akun.getByLabel('Nama pengguna').fill('siti.umpeg');
  await akun.getByLabel('Nama lengkap').fill('Siti Aminah');
  await akun.getByLabel('Pegawai', { exact: true }).selectOption({ label: 'Siti Aminah, S.Sos.' });
  await akun.getByRole('button', { name: 'Simpan pengguna' }).click();
  await expect(akun.getByRole('group', { name: 'Peran' })).toHaveAccessibleDescription(/Pilih paling sedikit satu peran\./);
  await akun.getByRole('checkbox', { name: 'Agendaris' }).check();
  await akun.getByLabel('Kata sandi awal').fill('sementara-123');
  await akun.getByRole('button', { name: 'Simpan pengguna' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pengguna siti.umpeg tersimpan.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /siti\.umpeg/ })).toContainText('Agendaris');
});

test('lampiran pindaian dan kotak disposisi satu jabatan', async ({ page }) => {
  const perihal = `Permohonan bantuan rehabilitasi rumah ${Date.now()}`;
  const id = await suratLewatApi(page, perihal);
  await page.goto(`/#/surat-masuk/${id}`);

  await page.getByLabel('Pilih pindaian (PDF, JPG, PNG)').setInputFiles({
    name: 'pindaian-surat.png',
    mimeType: 'image/png',
    buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  });
  await page.getByRole('button', { name: 'Unggah lampiran' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 berkas dilampirkan.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'pindaian-surat.png' })).toBeVisible();
  // A copy of the scan, to open or send: byte for byte what was uploaded.
  await page.getByRole('button', { name: 'Simpan salinan' }).click();
  const simpanSalinan = page.getByRole('button', { name: 'Simpan salinan pindaian-surat.png' });
  await expect(simpanSalinan).toBeFocused();
  await expect(page.getByLabel('Simpan salinan ke berkas')).toHaveValue(/pindaian-surat\.png$/);
  await page.getByLabel('Simpan salinan ke berkas').fill((await page.getByLabel('Simpan salinan ke berkas').inputValue()).replace(/\.png$/, `-${Date.now()}.png`));
  await page.keyboard.press('Tab');
  await simpanSalinan.click();
  const salinan = page.getByRole('status').filter({ hasText: 'Salinan tersimpan di' });
  await expect(salinan).toBeVisible();
  const pathSalinan = (await salinan.locator('code').textContent())!.trim();
  expect(readFileSync(pathSalinan).toString('base64')).toBe('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==');

  await page.getByRole('button', { name: 'Disposisikan' }).click();
  const form = page.getByRole('form', { name: 'Disposisikan surat' });
  await form.getByRole('checkbox', { name: 'Kepala Bidang Pemberdayaan Sosial' }).check();
  await form.getByRole('button', { name: 'Kirim disposisi' }).click();
  // Neither instruksi nor catatan: the contract's own rule, at the field.
  await expect(form.getByRole('group', { name: 'Instruksi' })).toHaveAccessibleDescription(/Isi instruksi atau catatan disposisi\./);
  await form.getByRole('checkbox', { name: 'Pelajari/Kaji' }).check();
  await form.getByRole('button', { name: 'Kirim disposisi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Disposisi dikirim' })).toBeVisible();

  await page.getByRole('link', { name: 'Disposisi Saya' }).click();
  await page.getByLabel('Jabatan').selectOption({ label: 'Kepala Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin' });
  const baris = page.getByRole('row').filter({ hasText: perihal });
  await expect(baris).toContainText('Belum dibaca');
  await expect(baris.getByRole('button', { name: 'Tarik' })).toHaveCount(0);
  await baris.getByRole('button', { name: 'Terima' }).click();
  await expect(baris).toContainText('Diterima');
  await potret(page, 'disposisi-saya');
  // The choice of jabatan is remembered on this computer.
  await page.reload();
  await expect(page.getByLabel('Jabatan').locator('option:checked')).toHaveText(/Kepala Bidang Pemberdayaan/);
});

test('surat keluar: dikembalikan wajib bercatatan, sisipan wajib beralasan, nomor dapat dibatalkan', async ({ page }) => {
  await page.goto('/#/surat-keluar/baru');
  await page.getByLabel('Tujuan').fill('Yth. Camat Sukamaju');
  await page.getByLabel('Urgensi').selectOption({ label: 'Segera' });
  await page.getByLabel('Perihal').fill(`Undangan sosialisasi PKH ${Date.now()}`);
  await page.getByRole('combobox', { name: 'Kode klasifikasi' }).fill('400.9.7');
  await page.getByRole('option', { name: /^400\.9\.7 / }).click();
  await page.getByRole('button', { name: 'Simpan konsep' }).click();

  const paraf = page.getByRole('form', { name: 'Paraf konsep' });
  await paraf.getByLabel('Jabatan pemaraf').selectOption({ label: 'Sekretaris' });
  await paraf.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(paraf.getByLabel('Catatan')).toHaveAccessibleDescription(/Pengembalian wajib disertai catatan perbaikan\./);
  await paraf.getByLabel('Catatan').fill('Perbaiki tanggal kegiatan.');
  await paraf.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dikembalikan oleh Sekretaris' })).toBeVisible();
  await expect(page.locator('.halaman__sub').first()).toContainText('Dikembalikan untuk perbaikan');

  // Corrected, then signed (a letter already signed on paper skips paraf).
  await page.getByRole('button', { name: 'Ubah konsep' }).click();
  await page.getByRole('form', { name: 'Ubah konsep surat keluar' }).getByLabel('Lampiran').fill('1 (satu) berkas');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Konsep diperbarui.' })).toBeVisible();
  // Only what was corrected goes to the core (plus urgensi and keamanan, which the update contract
  // would otherwise reset to Biasa), so the history does not list every field of the form.
  const riwayat = page.getByRole('region', { name: 'Riwayat' });
  await expect(riwayat).toContainText(/Konsep diperbaiki: [^.]*lampiran\./);
  await expect(riwayat).not.toContainText('perihal');
  await page.getByRole('button', { name: 'Ubah konsep' }).click();
  await expect(page.getByRole('form', { name: 'Ubah konsep surat keluar' }).getByLabel('Urgensi')).toHaveValue('segera');
  await page.getByRole('button', { name: 'Ubah konsep' }).click();
  await page.getByRole('form', { name: 'Tanda tangan' }).getByRole('button', { name: 'Tandatangani' }).click();

  const nomor = page.getByRole('form', { name: 'Beri nomor' });
  await nomor.getByLabel('Nomor sisipan (surat bertanggal mundur)').check();
  await nomor.getByRole('button', { name: 'Beri Nomor' }).click();
  await expect(nomor.getByLabel('Alasan nomor sisipan')).toHaveAccessibleDescription(/Nomor sisipan wajib disertai alasan\./);
  await nomor.getByLabel('Nomor sisipan (surat bertanggal mundur)').uncheck();
  await nomor.getByRole('button', { name: 'Beri Nomor' }).click();
  const pesan = page.getByRole('status').filter({ hasText: 'Nomor surat:' });
  const teks = (await pesan.textContent()) ?? '';
  const diberi = /400\.9\.7\/\d+\/Dinsos\/\d{4}/.exec(teks)![0];

  await page.getByRole('button', { name: 'Batalkan Nomor' }).click();
  const batal = page.getByRole('form', { name: `Batalkan nomor ${diberi}` });
  await batal.getByLabel('Alasan pembatalan').fill('Salah tujuan surat.');
  await batal.getByRole('button', { name: 'Batalkan nomor ini' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Nomor ${diberi} dibatalkan.` })).toBeVisible();
  // A new number (the cancelled one is never reused), then the delivery is recorded.
  await page.getByRole('form', { name: 'Beri nomor' }).getByRole('button', { name: 'Beri Nomor' }).click();
  const baru = /400\.9\.7\/\d+\/Dinsos\/\d{4}/.exec((await page.getByRole('status').filter({ hasText: 'Nomor surat:' }).textContent()) ?? '')![0];
  expect(baru).not.toBe(diberi);
  const kirim = page.getByRole('form', { name: 'Catat pengiriman' });
  await expect(kirim.getByLabel('Tanggal kirim')).toHaveValue(hariIni());
  await kirim.getByLabel('Cara kirim').selectOption({ label: 'Pos' });
  await kirim.getByLabel('Nama penerima').fill('Staf TU Kecamatan');
  await kirim.getByRole('button', { name: 'Catat Pengiriman' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pengiriman dicatat.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Pos\s+Staf TU Kecamatan/ })).toBeVisible();
  await expect(page.locator('.halaman__sub').first()).toContainText('Dikirim');
  // The form closes behind "Catat pengiriman lain", which takes the focus: a stray Ctrl+Enter records nothing twice.
  const lain = page.getByRole('button', { name: 'Catat pengiriman lain' });
  await expect(lain).toBeFocused();
  await expect(kirim).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('row', { name: /Pos\s+Staf TU Kecamatan/ })).toHaveCount(1);
  // Another copy by hand: the form opens on its date, Enter goes on field by field, Ctrl+Enter saves.
  await page.keyboard.press('Enter');
  await expect(kirim.getByLabel('Tanggal kirim')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(kirim.getByLabel('Cara kirim')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Camat Sumberagung');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('row', { name: /Diantar langsung\s+Camat Sumberagung/ })).toBeVisible();
  await expect(lain).toBeFocused();
  await potret(page, 'surat-keluar-dikirim');

  // The cancelled number stays in the register's book, with its reason.
  await page.getByRole('link', { name: 'Register Nomor' }).click();
  await page.getByRole('button', { name: 'Buku nomor Register Surat Keluar' }).click();
  await expect(page.getByLabel('Tahun')).toHaveValue(String(tahunIni()));
  const barisBatal = page.getByRole('row').filter({ hasText: diberi });
  await expect(barisBatal).toContainText('Dibatalkan');
  await expect(barisBatal).toContainText('Salah tujuan surat.');
  await potret(page, 'register-buku');
  await page.getByRole('button', { name: 'Ubah Register Surat Keluar' }).click();
  await page.getByLabel('Format nomor').fill('{klasifikasi}/{urut:3}/{unit}/{bulanRomawi}/{tahun}');
  await expect(page.getByText(/Nomor berikutnya \(\d{4}, kode 400\.9\.7\): 400\.9\.7\/\d{3}\/Dinsos\/[IVX]+\/\d{4}/)).toBeVisible();
  await page.getByLabel('Format nomor').fill('{klasifikasi}/{urt}/{tahun}');
  await expect(page.getByText('Format belum benar')).toContainText('Token {urt} tidak dikenal');
  await potret(page, 'register-ubah');
});
