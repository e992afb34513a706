import { expect, test, type Page } from '@playwright/test';
import { ADMIN_UJI, hariIni, masuk, pilihKlasifikasi, potret } from './bantu';

test.beforeEach(async ({ page }) => masuk(page));

const tersimpan = (page: Page) => page.getByRole('status').filter({ hasText: 'Nomor agenda' });

/** A letter typed in and saved with Ctrl+Enter, then opened; returns its nomor agenda ("12/2026"). */
async function catatDanBuka(page: Page, perihal: string): Promise<string> {
  await page.goto('/#/surat-masuk/baru');
  await page.getByLabel('Asal surat').fill('Dinas Sosial Provinsi');
  await page.getByLabel('Nomor surat').fill(`400.9/${Date.now()}/2026`);
  await page.getByLabel('Tanggal surat').fill(hariIni(-1));
  await page.getByLabel('Perihal').fill(perihal);
  await pilihKlasifikasi(page, '400.9.7');
  await page.getByLabel('Perihal').press('Control+Enter');
  await expect(tersimpan(page)).toContainText('Terakhir tersimpan');
  const agenda = /Nomor agenda (\d+\/\d+)/.exec((await tersimpan(page).textContent()) ?? '')![1]!;
  await page.getByRole('link', { name: 'Buka dan disposisikan' }).click();
  await expect(page.getByRole('heading', { name: `Surat Masuk ${agenda}` })).toBeVisible();
  return agenda;
}

/**
 * The agendaris types a letter from paper pressing Enter after every field: Enter goes on to the next
 * one and never submits half a form; the klasifikasi list still takes its first match on Enter, and
 * Enter on Simpan saves.
 */
test('catat surat masuk dari papan ketik: mulai di Asal surat, Enter ke kolom berikutnya, tidak menyimpan sebelum waktunya', async ({ page }) => {
  const perihal = `Permohonan data lansia terlantar ${Date.now()}`;
  await page.goto('/#/surat-masuk/baru');
  const form = page.getByRole('form', { name: 'Catat surat masuk' });
  // Tanggal terima is already today: the first field to type is Asal surat.
  await expect(form.getByLabel('Asal surat')).toBeFocused();
  await expect(form.getByLabel('Tanggal terima')).toHaveValue(hariIni());
  await expect(form.getByText('Enter: kolom berikutnya · Ctrl+Enter: simpan')).toBeVisible();

  await page.keyboard.type('Kecamatan Sukamaju');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Nomor surat')).toBeFocused();
  // Nothing was submitted: no "wajib diisi" on the fields not reached yet, no number given.
  await expect(form.getByText(/wajib diisi/)).toHaveCount(0);
  await expect(tersimpan(page)).toHaveCount(0);
  // Shift+Enter goes back, as Shift+Tab does.
  await page.keyboard.press('Shift+Enter');
  await expect(form.getByLabel('Asal surat')).toBeFocused();
  await expect(form.getByLabel('Asal surat')).toHaveValue('Kecamatan Sukamaju');
  await page.keyboard.press('Enter');

  await page.keyboard.type(`005/${Date.now()}/Kec`);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Tanggal surat')).toBeFocused();
  await form.getByLabel('Tanggal surat').fill(hariIni(-1));
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Perihal')).toBeFocused();
  await page.keyboard.type(perihal);
  await page.keyboard.press('Enter');
  // The ringkasan is several lines: there Enter starts a new line.
  await expect(form.getByLabel('Ringkasan isi')).toBeFocused();
  await page.keyboard.type('Baris pertama');
  await page.keyboard.press('Enter');
  await page.keyboard.type('baris kedua');
  await expect(form.getByLabel('Ringkasan isi')).toHaveValue('Baris pertama\nbaris kedua');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Lampiran')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Urgensi')).toBeFocused();
  await expect(form.getByText(/wajib diisi/)).toHaveCount(0);
  await expect(tersimpan(page)).toHaveCount(0);

  // The klasifikasi list keeps its own Enter: the first match is taken, the focus stays.
  const kotak = form.getByRole('combobox', { name: 'Kode klasifikasi' });
  await kotak.focus();
  await page.keyboard.type('pengelolaan sumber dana bantuan sosial');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('400.9.7 ');
  await page.keyboard.press('Enter');
  await expect(kotak).toHaveValue('400.9.7');
  await expect(kotak).toBeFocused();
  await expect(tersimpan(page)).toHaveCount(0);
  // With the code taken, Enter goes on to Simpan, and Enter there saves.
  await page.keyboard.press('Enter');
  await expect(form.getByRole('button', { name: 'Simpan', exact: true })).toBeFocused();
  await potret(page, 'catat-surat-masuk-papan-ketik');
  await page.keyboard.press('Enter');
  await expect(tersimpan(page)).toContainText('Terakhir tersimpan — surat dari Kecamatan Sukamaju');
  await expect(form.getByLabel('Asal surat')).toBeFocused();

  // A correction opens on its first field, and Enter goes on from there too.
  await page.getByRole('link', { name: 'Buka dan disposisikan' }).click();
  await page.getByRole('button', { name: 'Ubah data' }).click();
  const ubah = page.getByRole('form', { name: 'Ubah data surat masuk' });
  await expect(ubah.getByLabel('Tanggal terima')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ubah.getByLabel('Asal surat')).toBeFocused();
  await expect(page.getByText('Tidak ada yang diubah.')).toHaveCount(0);
});

/**
 * Ctrl+Enter sends the disposisi, each tindak lanjut note and the reason for cancelling, from the
 * multi-line field being typed in, as it saves a letter. A branch takes further reports until it is
 * done, each signed with the person's name.
 */
test('Ctrl+Enter mengirim disposisi, tindak lanjut, dan alasan; tindak lanjut dapat ditambah sampai selesai', async ({ page }) => {
  await catatDanBuka(page, `Undangan sosialisasi PKH ${Date.now()}`);
  // The code is shown with its name, as it is filed.
  await expect(page.getByRole('region', { name: 'Data surat' })).toContainText('400.9.7 — Pengumpulan dan Pengelolaan Sumber Dana Bantuan Sosial');

  await page.getByRole('button', { name: 'Disposisikan' }).click();
  const form = page.getByRole('form', { name: 'Disposisikan surat' });
  await form.getByRole('checkbox', { name: 'Kepala Bidang Rehabilitasi Sosial' }).check();
  await form.getByRole('checkbox', { name: 'Koordinasikan' }).check();
  await form.getByLabel('Catatan disposisi').fill('Hadiri dan laporkan.');
  await form.getByLabel('Catatan disposisi').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Disposisi dikirim' })).toContainText('Kepala Bidang Rehabilitasi Sosial (utama)');

  const cabang = page.getByRole('region', { name: 'Disposisi untuk Kepala Bidang Rehabilitasi Sosial' });
  await cabang.getByRole('button', { name: 'Terima' }).click();
  await expect(cabang.getByRole('button', { name: 'Tindak lanjut' })).toBeFocused();
  await page.keyboard.press('Enter');
  await cabang.getByLabel('Catatan tindak lanjut').fill('Sedang diproses bersama pendamping PKH.');
  await cabang.getByLabel('Catatan tindak lanjut').press('Control+Enter');
  await expect(cabang).toContainText('Ditindaklanjuti: Sedang diproses bersama pendamping PKH.');

  // A second report on the same branch: it stays followed up, both notes in order.
  const tambah = cabang.getByRole('button', { name: 'Tambah tindak lanjut' });
  await expect(tambah).toBeFocused();
  await page.keyboard.press('Enter');
  await cabang.getByLabel('Catatan tindak lanjut').fill('Sudah dilaksanakan; daftar hadir terlampir.');
  await cabang.getByLabel('Catatan tindak lanjut').press('Control+Enter');
  const catatan = cabang.getByRole('list', { name: 'Catatan Kepala Bidang Rehabilitasi Sosial' }).getByRole('listitem');
  await expect(catatan).toHaveCount(3);
  await expect(catatan).toContainText(['Diterima', 'Ditindaklanjuti: Sedang diproses bersama pendamping PKH.', 'Ditindaklanjuti: Sudah dilaksanakan; daftar hadir terlampir.']);
  await expect(cabang.locator('.cabang__judul')).toContainText('Ditindaklanjuti');
  // Each note names the person, with the account on hover, as the timeline does.
  await expect(catatan.last()).toContainText(`(${ADMIN_UJI.nama})`);
  await expect(catatan.last().getByTitle(`Nama pengguna: ${ADMIN_UJI.username}`)).toHaveText(ADMIN_UJI.nama);
  await expect(cabang).not.toContainText(`(${ADMIN_UJI.username})`);
  await potret(page, 'disposisi-tindak-lanjut-berulang');

  await cabang.getByRole('button', { name: 'Selesai' }).click();
  await cabang.getByLabel('Catatan penyelesaian').fill('Laporan sudah diserahkan.');
  await cabang.getByLabel('Catatan penyelesaian').press('Control+Enter');
  await expect(catatan).toHaveCount(4);
  await expect(cabang.getByRole('button', { name: /tindak lanjut/i })).toHaveCount(0);

  // The reason for cancelling a letter entry, sent from its field.
  const agenda = await catatDanBuka(page, `Surat tercatat keliru ${Date.now()}`);
  await page.getByRole('button', { name: 'Batalkan catatan' }).click();
  const batal = page.getByRole('form', { name: `Batalkan catatan ${agenda}` });
  await batal.getByLabel('Alasan pembatalan').fill('Salah catat, surat untuk instansi lain');
  await batal.getByLabel('Alasan pembatalan').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: `Catatan ${agenda} dibatalkan.` })).toBeVisible();
});

/** A cancelled entry says it takes no disposisi and no scan, instead of "not yet". */
test('surat yang dibatalkan tidak disebut "belum" didisposisikan atau "belum" berpindaian', async ({ page }) => {
  const agenda = await catatDanBuka(page, `Surat ganda ${Date.now()}`);
  await expect(page.getByText('Surat ini belum didisposisikan.')).toBeVisible();
  await expect(page.getByText('Belum ada pindaian.')).toBeVisible();
  await page.getByRole('button', { name: 'Batalkan catatan' }).click();
  await page.getByRole('form', { name: `Batalkan catatan ${agenda}` }).getByLabel('Alasan pembatalan').fill('Tercatat dua kali');
  await page.getByRole('button', { name: 'Batalkan catatan ini' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Catatan ${agenda} dibatalkan.` })).toBeVisible();

  const disposisi = page.getByRole('region', { name: 'Disposisi', exact: true });
  await expect(disposisi).toContainText('Surat dibatalkan; tidak didisposisikan.');
  await expect(disposisi).not.toContainText('belum didisposisikan');
  const lampiran = page.getByRole('region', { name: 'Lampiran pindaian' });
  await expect(lampiran).toContainText('Surat dibatalkan; tidak ada pindaian.');
  await expect(lampiran).not.toContainText('Belum ada pindaian');
  // The reason stands at the top, not only deep in the Riwayat.
  await expect(page.getByRole('note', { name: 'Catatan dibatalkan' })).toContainText('Catatan dibatalkan: Tercatat dua kali.');
  await potret(page, 'surat-masuk-dibatalkan-keterangan');
});
