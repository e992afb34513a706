import type { Core } from '../../db/app';

/** Reports are dated by this clock: the default period is 2025. */
export const SEKARANG = '2025-07-20T02:00:00Z';
const A = 'uji-laporan';

export async function jabatanPerSingkatan(core: Core): Promise<Record<string, number>> {
  return Object.fromEntries((await core.call('jabatan.list', {}, A)).map((j) => [j.singkatan!, j.id]));
}

/** The letter of the domain guide §13.5, at agenda 456: the counter is set as a paper book continues. */
export async function suratContoh135(core: Core, jab: Record<string, number>, denganDisposisi = true) {
  core.sqlite.prepare(`INSERT INTO urutan (lingkup, tahun, terakhir) VALUES ('agenda-masuk', 2025, 455) ON CONFLICT DO NOTHING`).run();
  const s = await core.call(
    'suratMasuk.create',
    {
      tanggalTerima: '2025-07-07',
      asal: 'Dinas Sosial Provinsi Jawa Timur',
      nomorSurat: '400.9.7/1234/107.3/2025',
      tanggalSurat: '2025-07-03',
      perihal: 'Undangan Rapat Koordinasi Penyaluran Bantuan Sosial',
      urgensi: 'segera',
      klasifikasiKeamanan: 'B',
      kodeKlasifikasi: '400.9.7',
    },
    A,
  );
  if (denganDisposisi) {
    await core.call(
      'disposisi.create',
      {
        suratMasukId: s.id,
        dariJabatanId: jab.Kadis!,
        tanggal: '2025-07-07',
        penerima: [{ jabatanId: jab.Sekdis!, utama: true }, { jabatanId: jab['Kabid Linjamsos']! }],
        instruksi: ['Wakili/Hadiri', 'Koordinasikan'],
        catatan: 'Siapkan data penerima',
        batasWaktu: '2025-07-10',
      },
      A,
    );
  }
  return s;
}

/** A small year: three incoming letters, numbered outgoing letters with a cancellation and a sisipan. */
export async function isiDataUji(core: Core) {
  const jab = await jabatanPerSingkatan(core);
  const s456 = await suratContoh135(core, jab);
  const s457 = await core.call(
    'suratMasuk.create',
    {
      tanggalTerima: '2025-07-08',
      asal: 'BPJS Kesehatan Cabang Contoh',
      nomorSurat: 'B/77/VII/2025',
      tanggalSurat: '2025-07-08',
      perihal: 'Pemutakhiran data PBI <JKN> & "Penerima" Bantuan',
      urgensi: 'sangat_segera',
      lampiran: '1 berkas',
    },
    A,
  );
  const d = await core.call(
    'disposisi.create',
    { suratMasukId: s457.id, dariJabatanId: jab.Kadis!, tanggal: '2025-07-08', penerima: [{ jabatanId: jab['Kabid Rehsos']! }], instruksi: ['Tindak lanjuti'], batasWaktu: '2025-07-09' },
    A,
  );
  await core.call('disposisi.updateStatus', { penerimaId: d.penerima[0]!.id, status: 'diterima' }, A);
  // Passed on by the Sekretaris: a second-level branch, never listed under "Diteruskan kepada".
  const pohon = await core.call('suratMasuk.get', { id: s456.id }, A);
  const sekdis = pohon.disposisi[0]!.penerima.find((p) => p.jabatanId === jab.Sekdis)!;
  await core.call(
    'disposisi.create',
    { suratMasukId: s456.id, dariJabatanId: jab.Sekdis!, asalPenerimaId: sekdis.id, tanggal: '2025-07-08', penerima: [{ jabatanId: jab['Kasubbag Umpeg']! }], instruksi: ['Siapkan bahan'] },
    A,
  );
  const s458 = await core.call(
    'suratMasuk.create',
    { tanggalTerima: '2025-07-15', asal: 'Kecamatan Sukamaju', nomorSurat: '005/12/2025', tanggalSurat: '2025-07-14', perihal: 'Permohonan data DTKS' },
    A,
  );

  const unitLinjamsos = (await core.call('unit.list', {}, A)).find((u) => u.kode === 'LINJAMSOS')!.id;
  const keluar = async (tanggal: string, tujuan: string, perihal: string) =>
    core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal, tujuan, perihal, kodeKlasifikasi: '400.9.7', ditandatangani: true, lampiran: '1 lembar', unitPengolahId: unitLinjamsos },
      A,
    );
  const k1 = await keluar('2025-07-01', 'Camat Sukamaju', 'Undangan Sosialisasi PKH');
  await core.call('suratKeluar.assignNumber', { id: k1.id }, A);
  const k2 = await keluar('2025-07-03', 'Kepala Desa Sukamaju', 'Verifikasi Data Penerima');
  await core.call('suratKeluar.assignNumber', { id: k2.id }, A);
  await core.call('suratKeluar.cancelNumber', { id: k2.id, alasan: 'Salah alamat tujuan' }, A);
  const k3 = await keluar('2025-07-05', 'Kepala BPJS Kesehatan Cabang Contoh', 'Usulan PBI Daerah');
  await core.call('suratKeluar.assignNumber', { id: k3.id }, A);
  const k4 = await keluar('2025-07-02', 'Bupati Contoh', 'Laporan Penyaluran Bansos');
  await core.call('suratKeluar.assignNumber', { id: k4.id, sisipan: true, alasan: 'Surat susulan tanggal mundur' }, A);
  await core.call('suratKeluar.ekspedisi', { id: k1.id, tanggalKirim: '2025-07-02', cara: 'diantar', penerimaNama: 'Siti Aminah' }, A);
  await core.call('suratKeluar.ekspedisi', { id: k3.id, tanggalKirim: '2025-07-06', cara: 'pos' }, A);

  const pegawai = await core.call('pegawai.save', { nama: 'Rina Marlina', gelarBelakang: 'S.Sos.', nip: '198203142006042003', pangkat: 'Penata', golongan: 'III/c' }, A);
  await core.call('penugasan.save', { jabatanId: jab['Kasubbag Umpeg']!, pegawaiId: pegawai.id, status: 'definitif', mulai: '2024-01-01' }, A);
  return { jab, s456, s457, s458, keluar: { k1, k2, k3, k4 } };
}
