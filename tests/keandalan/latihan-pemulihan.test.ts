import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Core } from '../../db/app';
import { buatCadangan } from '../../db/cadangan/backup';
import { pulihkan } from '../../db/cadangan/restore';
import { verifikasiCadangan } from '../../db/cadangan/verifikasi';
import { APP_ROOT, tempDir } from '../helpers/core';
import { hapusBundel, jalankanPenulis, periksaKonsistensi, periksaLaporanAda, sidikJari, type Laporan } from './bantuan';

/**
 * Restore drill (engineering notes §7): backups taken from this process while another process is
 * writing through the real core, each restored into an empty data folder and checked; then each
 * restored folder is backed up and restored once more, and the two must hold identical records.
 */

const CADANGAN_SAAT_MENULIS = Number(process.env.KEANDALAN_CADANGAN ?? 4);
const akar = tempDir('latihan-pemulihan-');
afterAll(async () => {
  rmSync(akar, { recursive: true, force: true });
  await hapusBundel();
});

it(`restores ${CADANGAN_SAAT_MENULIS} backups taken mid-burst, twice each, with no committed record lost`, async () => {
  const dataDir = join(akar, 'data');
  const tujuan = join(akar, 'cadangan');
  await Core.open({ dataDir, appRoot: APP_ROOT }).close();

  const penulis = await jalankanPenulis(dataDir, 'latihan');
  const diambil: { folder: string; sebelum: Laporan }[] = [];
  for (let i = 0; i < CADANGAN_SAAT_MENULIS; i++) {
    await penulis.tungguMasuk(30 * (i + 1));
    // Everything reported before the backup starts was committed before it: it must be in the copy.
    const sebelum = penulis.salinLaporan();
    const c = await buatCadangan({ dataDir }, { tujuan, jenis: 'manual', now: new Date(Date.UTC(2026, 5, 15, 3, i)) });
    diambil.push({ folder: c.folder, sebelum });
  }
  penulis.proses.kill('SIGTERM');
  const akhir = await penulis.keluar;
  expect(akhir.code, akhir.stderr).toBe(0);

  let putaran = 0;
  let tercatat = 0;
  for (const [i, { folder, sebelum }] of diambil.entries()) {
    expect(verifikasiCadangan(folder)).toMatchObject({ ok: true, masalah: [] });
    const pulih1 = join(akar, `pulih-${i}-a`);
    await pulihkan(pulih1, folder, { appRoot: APP_ROOT });
    putaran++;
    const core1 = Core.open({ dataDir: pulih1, appRoot: APP_ROOT });
    periksaLaporanAda(core1.sqlite, sebelum);
    const ringkas = periksaKonsistensi(core1.sqlite, pulih1);
    expect(ringkas.suratMasuk).toBeGreaterThanOrEqual(sebelum.masuk.size);
    tercatat += sebelum.masuk.size + sebelum.keluar.size + sebelum.berkas.size;

    const ulang = await buatCadangan(core1, { tujuan: join(akar, `ulang-${i}`), jenis: 'manual' });
    const jari1 = sidikJari(core1.sqlite);
    await core1.close();
    const pulih2 = join(akar, `pulih-${i}-b`);
    await pulihkan(pulih2, ulang.folder, { appRoot: APP_ROOT });
    putaran++;
    const core2 = Core.open({ dataDir: pulih2, appRoot: APP_ROOT });
    expect(sidikJari(core2.sqlite)).toEqual(jari1);
    periksaKonsistensi(core2.sqlite, pulih2);
    await core2.close();
  }
  expect(putaran).toBe(2 * CADANGAN_SAAT_MENULIS);
  console.info(`[latihan pemulihan] ${putaran} pemulihan, ${tercatat} catatan yang dilaporkan sebelum cadangan diperiksa, 0 hilang`);
}, 120_000);
