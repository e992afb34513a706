import { Core } from '../../db/app';
import { APP_ROOT } from './bantu';

/**
 * Seeds a data folder with N incoming letters through the real core (every write validated and
 * audited as in the app), spread over this year so the agenda numbers follow the dates.
 * Usage: tsx tests/e2e/isi-agenda.ts <data-dir> <N>
 */
const [dataDir, jumlah = '3000'] = process.argv.slice(2);
if (!dataDir) throw new Error('Sebutkan folder data.');
const n = Number(jumlah);
const core = Core.open({ dataDir, appRoot: APP_ROOT });
// Throw-away test data: not waiting for the disk after each letter makes seeding seconds, not minutes.
core.sqlite.pragma('synchronous = OFF');
const tahun = new Date().getFullYear();
const awal = Date.UTC(tahun, 0, 1);
const hari = Math.max(1, Math.floor((Date.now() - awal) / 86_400_000));
const ASAL = ['Kementerian Sosial RI', 'Dinas Sosial Provinsi', 'Bappeda', 'Kecamatan Sukamaju', 'Yayasan Peduli Anak', 'BPKAD'];
for (let i = 0; i < n; i++) {
  const tgl = new Date(awal + Math.floor((i * hari) / n) * 86_400_000).toISOString().slice(0, 10);
  await core.call(
    'suratMasuk.create',
    {
      tanggalTerima: tgl,
      tanggalSurat: tgl,
      asal: ASAL[i % ASAL.length]!,
      nomorSurat: `${400 + (i % 9)}/${i + 1}/UJI/${tahun}`,
      perihal: `Surat uji nomor ${i + 1} tentang bantuan sosial`,
      urgensi: i % 17 === 0 ? 'segera' : 'biasa',
    },
    'uji-e2e',
  );
}
await core.close();
