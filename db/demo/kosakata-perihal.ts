import type { KodePengirim } from './kosakata-instansi';

/**
 * What letters are about, per unit of the Dinas. `unit` is the kode of the unit that handles the
 * topic (organisasi-awal.json), `kode` the klasifikasi prefixes its letters are filed under unless
 * a template names its own (`400.9.11.2|Perihal ...`), and the templates use slots filled by
 * isi.ts ({tahun}, {wilayah}, {lembaga}, ...).
 */
export interface Topik {
  unit: string;
  bobot: number;
  kode: string[];
  pengirim: (readonly [KodePengirim, number])[];
  masuk: string[];
  /** [jenis naskah slug, perihal]. */
  keluar: (readonly [string, string])[];
}

export const TOPIK: Topik[] = [
  {
    unit: 'SET.UMPEG',
    bobot: 16,
    kode: ['800.1.3.2', '800.1.11', '800.1.2', '800.2.2', '000.1.2.3', '000.1.5', '000.2.3', '000.1.4'],
    pengirim: [['bkpsdm', 8], ['setda', 3], ['bagianOrganisasi', 2], ['bknKanreg', 1], ['bkdProv', 1], ['bbppks', 2], ['bupati', 2], ['kominfo', 1]],
    masuk: [
      '800.1.3.2|Usulan Kenaikan Pangkat Periode {periodeKp} Tahun {tahun}',
      '000.1.5|Undangan Rapat Koordinasi Pengelola Kepegawaian Perangkat Daerah',
      '800.1.11.13|Pemberitahuan Kenaikan Gaji Berkala a.n. {namaAsn}',
      '800.1.11.12|Penyampaian Daftar Urut Kepangkatan (DUK) Pegawai Negeri Sipil Tahun {tahun}',
      '800.2.2|Pemanggilan Peserta Pelatihan Kepemimpinan Pengawas Angkatan {angkatan} Tahun {tahun}',
      '800.1.11|Penyesuaian Jam Kerja Aparatur Sipil Negara Selama Bulan Ramadan {tahun}',
      '800.1.11|Permintaan Data Pegawai untuk Pemutakhiran Data Mandiri SIASN',
      '800.1.2|Jadwal Seleksi Kompetensi Pegawai Pemerintah dengan Perjanjian Kerja Tahun {tahun}',
      'Undangan Upacara Peringatan Hari Kesadaran Nasional Bulan {bulan} {tahun}',
      '800.1.11|Penilaian Kinerja Pegawai (SKP) Periode Tahun {tahunLalu}',
      '800.1.6.6|Pemberitahuan Pensiun Batas Usia Pensiun a.n. {namaAsn}',
      '000.5.2.6|Pemanggilan Peserta Bimbingan Teknis Pengelolaan Arsip Dinamis Tahun {tahun}',
      '000.1.4|Permohonan Izin Penggunaan Aula Dinas Sosial',
      '800.1.10.2|Penyampaian Surat Keputusan Mutasi Pegawai a.n. {namaAsn}',
    ],
    keluar: [
      ['surat-dinas', '800.1.3.2|Usulan Kenaikan Pangkat Pegawai Dinas Sosial Periode {periodeKp} Tahun {tahun}'],
      ['surat-dinas', 'Permohonan Izin Belajar a.n. {namaAsn}'],
      ['surat-pengantar', 'Penyampaian Sasaran Kinerja Pegawai Dinas Sosial Tahun {tahunLalu}'],
      ['surat-tugas', '000.5.2.6|Surat Tugas Mengikuti Bimbingan Teknis Kearsipan a.n. {namaAsn}'],
      ['nota-dinas', '000.2.3.1|Permohonan Pengadaan Alat Tulis Kantor Triwulan {triwulan} Tahun {tahun}'],
      ['nota-dinas', '800.1.11.4|Permohonan Cuti Tahunan a.n. {namaAsn}'],
      ['keputusan', '000.5.3.2|Keputusan Kepala Dinas Sosial tentang Penunjukan Pengelola Kearsipan Tahun {tahun}'],
    ],
  },
  {
    unit: 'SET.KEU',
    bobot: 9,
    kode: ['900.1.3.1', '900.1.3.3', '900.1.1.2', '900.1.2.4', '900.1.1.4'],
    pengirim: [['bpkad', 7], ['bappeda', 2], ['inspektorat', 2], ['bpk', 1], ['setda', 1], ['lembaga', 1]],
    masuk: [
      '900.1.3.1|Penyampaian Surat Penyediaan Dana (SPD) Tahun Anggaran {tahun}',
      '900.1.3.1|Batas Waktu Pengajuan SP2D Akhir Tahun Anggaran {tahun}',
      'Undangan Rekonsiliasi Belanja dan Aset Semester {semester} Tahun {tahun}',
      '900.1.3.3|Permintaan Laporan Realisasi Anggaran Triwulan {triwulan} Tahun {tahun}',
      '900.1.1.2|Penyampaian Pagu Indikatif Belanja Perangkat Daerah Tahun {tahunDepan}',
      '400.9.7|Permohonan Pencairan Dana Hibah Bantuan Sosial {lembaga}',
      '900.1.1.2|Undangan Asistensi Penyusunan Rencana Kerja dan Anggaran Tahun {tahunDepan}',
      'Hasil Pemeriksaan Kas dan Penatausahaan Bendahara Pengeluaran',
      'Permintaan Dokumen Pemeriksaan Interim atas Laporan Keuangan Tahun {tahunLalu}',
    ],
    keluar: [
      ['surat-dinas', '900.1.3.1|Pengajuan Ganti Uang Persediaan Bulan {bulan} Tahun {tahun}'],
      ['surat-pengantar', '900.1.3.3|Penyampaian Laporan Realisasi Anggaran Semester {semester} Tahun {tahun}'],
      ['surat-dinas', 'Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat Tahun {tahunLalu}'],
      ['nota-dinas', 'Permohonan Pencairan Honorarium Tim Verifikasi Bulan {bulan} {tahun}'],
      ['keputusan', '900.1.2.4|Keputusan Kepala Dinas Sosial tentang Penunjukan Pejabat Pelaksana Teknis Kegiatan Tahun Anggaran {tahun}'],
    ],
  },
  {
    unit: 'SET.PROG',
    bobot: 8,
    kode: ['000.7.2.6', '000.7.1.4', '000.7.2.4', '000.9.6.1', '400.9.1'],
    pengirim: [['bappeda', 6], ['setda', 2], ['inspektorat', 1], ['bps', 1], ['kecamatan', 2], ['dprd', 1]],
    masuk: [
      '000.7.1.4|Undangan Musyawarah Perencanaan Pembangunan Kecamatan {kecamatan} Tahun {tahunDepan}',
      'Permintaan Bahan Laporan Keterangan Pertanggungjawaban Bupati Tahun {tahunLalu}',
      '000.7.2.4|Penyampaian Rancangan Awal Rencana Kerja Perangkat Daerah Tahun {tahunDepan}',
      'Permintaan Data Capaian Indikator Kinerja Utama Triwulan {triwulan} Tahun {tahun}',
      'Evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah Tahun {tahunLalu}',
      '400.9.14.1|Permohonan Data Penduduk Miskin untuk Penyusunan Dokumen Perencanaan',
      'Undangan Forum Perangkat Daerah Bidang Sosial Tahun {tahun}',
      'Permintaan Bahan Laporan Penyelenggaraan Pemerintahan Daerah Tahun {tahunLalu}',
      'Undangan Rapat Dengar Pendapat Komisi D DPRD',
    ],
    keluar: [
      ['surat-pengantar', '000.7.2.6|Penyampaian Rencana Kerja Dinas Sosial Tahun {tahunDepan}'],
      ['surat-pengantar', 'Penyampaian Laporan Kinerja Instansi Pemerintah Dinas Sosial Tahun {tahunLalu}'],
      ['surat-dinas', 'Penyampaian Data Capaian Kinerja Triwulan {triwulan} Tahun {tahun}'],
      ['laporan', 'Laporan Pelaksanaan Program dan Kegiatan Dinas Sosial Semester {semester} Tahun {tahun}'],
      ['surat-undangan', 'Undangan Forum Perangkat Daerah Dinas Sosial Tahun {tahun}'],
      ['telaahan-staf', 'Telaahan Staf tentang Usulan Program Prioritas Bidang Sosial Tahun {tahunDepan}'],
    ],
  },
  {
    unit: 'REHSOS',
    bobot: 20,
    kode: ['400.9.2.2', '400.9.2.3', '400.9.2.4', '400.9.3.1', '400.9.3.3', '400.9.4.1', '400.9.5', '400.9.6.1', '400.9.6.2'],
    pengirim: [['ditjenRehsos', 3], ['sentra', 3], ['dinsosProv', 3], ['lembaga', 4], ['polres', 2], ['bapas', 2], ['rsud', 1], ['kecamatan', 3], ['desa', 3], ['warga', 3], ['dp3a', 1]],
    masuk: [
      '400.9.3.1|Permohonan Rehabilitasi Sosial bagi Orang dengan Gangguan Jiwa Terlantar di {wilayah}',
      '400.9.4.1|Laporan Penanganan Gelandangan dan Pengemis di {wilayah}',
      '400.9.3.3|Permohonan Asistensi Rehabilitasi Sosial (ATENSI) bagi Penyandang Disabilitas a.n. {namaWarga}',
      '400.9.2.2|Penyampaian Data Anak Terlantar pada {lembaga}',
      '400.9.6.2|Permohonan Rekomendasi Izin Operasional {lembaga}',
      'Undangan Sosialisasi Program Asistensi Rehabilitasi Sosial Tahun {tahun}',
      '400.9.6.1|Pemberitahuan Pemulangan Penerima Manfaat dari {sentra} ke Daerah Asal',
      '400.9.2.3|Permohonan Pendampingan Pekerja Sosial bagi Anak Berhadapan dengan Hukum a.n. {inisial}',
      '400.9.6.1|Laporan Bulanan Pelayanan Sosial Lanjut Usia Bulan {bulan} {tahun}',
      '400.9.2.4|Permohonan Bantuan Alat Bantu Disabilitas (Kursi Roda) a.n. {namaWarga}',
      '400.9.6.2|Permohonan Akreditasi {lembaga}',
      '400.9.2.3|Permohonan Penelitian Kemasyarakatan Klien Anak a.n. {inisial}',
    ],
    keluar: [
      ['surat-dinas', '400.9.6.1|Rujukan Penerima Manfaat Rehabilitasi Sosial ke {sentra}'],
      ['rekomendasi', '400.9.6.2|Rekomendasi Izin Operasional {lembaga}'],
      ['surat-undangan', '400.9.2.5|Undangan Sosialisasi Pencegahan Perkawinan Anak di {wilayah}'],
      ['surat-tugas', '400.9.3.1|Surat Tugas Penjangkauan Orang dengan Gangguan Jiwa Terlantar di {wilayah}'],
      ['surat-keterangan', '400.9.2.4|Surat Keterangan Terdaftar sebagai Penyandang Disabilitas a.n. {namaWarga}'],
      ['nota-dinas', '400.9.4.1|Laporan Hasil Penjangkauan Gelandangan dan Pengemis Bulan {bulan} {tahun}'],
      ['keputusan', '400.9.2.5|Keputusan Kepala Dinas Sosial tentang Tim Reaksi Cepat Perlindungan Anak Tahun {tahun}'],
    ],
  },
  {
    unit: 'LINJAMSOS',
    bobot: 24,
    kode: ['400.9.7', '400.9.8', '400.9.9.2', '400.9.10.1', '400.9.10.2', '400.9.11.1', '400.9.11.2', '400.9.11.3'],
    pengirim: [['ditjenLinjamsos', 4], ['bpjsKes', 3], ['bpbd', 2], ['bank', 3], ['pos', 2], ['korkabPkh', 4], ['dinsosProv', 3], ['kecamatan', 3], ['desa', 4], ['warga', 2], ['tagana', 1], ['bp2mi', 1], ['dinkes', 1]],
    masuk: [
      '400.9.10.2|Laporan Kejadian Bencana {bencana} di {wilayah}',
      '400.9.10.2|Permohonan Bantuan Logistik Korban Bencana {bencana} di {wilayah}',
      '400.9.11.2|Penonaktifan dan Pengalihan Peserta Penerima Bantuan Iuran Jaminan Kesehatan Bulan {bulan} {tahun}',
      '400.9.11.3|Jadwal Penyaluran Bantuan Sosial Program Keluarga Harapan Tahap {tahap} Tahun {tahun}',
      '400.9.11.3|Laporan Penyaluran Bantuan Sosial Program Keluarga Harapan Tahap {tahap} Tahun {tahun}',
      '400.9.11.3|Undangan Rapat Koordinasi Program Keluarga Harapan Tingkat Kabupaten',
      '400.9.11.2|Permohonan Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan a.n. {namaWarga}',
      '400.9.11.1|Penyampaian Data Keluarga Penerima Manfaat Graduasi Mandiri {wilayah}',
      '400.9.10.1|Pemanggilan Peserta Pelatihan Taruna Siaga Bencana Tahun {tahun}',
      '400.9.8|Permohonan Pemulangan Pekerja Migran Indonesia Bermasalah a.n. {namaWarga}',
      '400.9.11.2|Rekonsiliasi Data Peserta PBI Jaminan Kesehatan Bulan {bulan} {tahun}',
      '400.9.11.3|Laporan Penyaluran Bantuan Sosial Tunai di {wilayah}',
    ],
    keluar: [
      ['surat-dinas', '400.9.11.2|Usulan Penambahan Peserta PBI Jaminan Kesehatan Bulan {bulan} {tahun}'],
      ['laporan', '400.9.10.2|Laporan Penanganan Bencana {bencana} di {wilayah}'],
      ['surat-undangan', '400.9.11.3|Undangan Rapat Koordinasi Program Keluarga Harapan Tingkat Kabupaten Tahun {tahun}'],
      ['surat-tugas', '400.9.11.3|Surat Tugas Pendampingan Penyaluran Bantuan Sosial Tahap {tahap} Tahun {tahun}'],
      ['rekomendasi', '400.9.11.2|Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan a.n. {namaWarga}'],
      ['nota-dinas', '400.9.10.2|Permohonan Dukungan Logistik Tanggap Darurat Bencana {bencana}'],
      ['keputusan', '400.9.10.1|Keputusan Kepala Dinas Sosial tentang Tim Reaksi Cepat Penanganan Bencana Tahun {tahun}'],
    ],
  },
  {
    unit: 'DAYASOS',
    bobot: 23,
    kode: ['400.9.12.3', '400.9.12.5', '400.9.13.2', '400.9.14.1', '400.9.14.3', '400.9.14.5', '400.9.15.3', '400.9.15.4'],
    pengirim: [['ditjenDayasos', 3], ['pusdatin', 3], ['dinsosProv', 3], ['kecamatan', 4], ['desa', 6], ['karangTaruna', 2], ['tksk', 3], ['bank', 1], ['pos', 1], ['dukcapil', 2], ['warga', 3], ['dpmd', 1]],
    masuk: [
      '400.9.14.1|Verifikasi dan Validasi {dataSosial} {wilayah}',
      '400.9.14.3|Usulan Penerima Bantuan Rehabilitasi Sosial Rumah Tidak Layak Huni {wilayah} Tahun {tahun}',
      '400.9.13.2|Permohonan Bantuan Kelompok Usaha Bersama {wilayah}',
      '400.9.14.5|Laporan Penyaluran {sembako} Bulan {bulan} {tahun}',
      '400.9.12.5|Undangan Temu Karya Karang Taruna Tingkat Kabupaten Tahun {tahun}',
      '400.9.12.3|Pengusulan Pekerja Sosial Masyarakat Berprestasi Tahun {tahun}',
      '400.9.12.3|Laporan Kegiatan Tenaga Kesejahteraan Sosial Kecamatan {kecamatan} Bulan {bulan} {tahun}',
      '400.9.15.3|Peringatan Hari Kesetiakawanan Sosial Nasional Tahun {tahun}',
      '400.9.15.4|Ziarah Makam Pahlawan dalam rangka Hari Pahlawan Tahun {tahun}',
      '400.9.14.5|Permohonan Surat Keterangan Terdaftar dalam {dataSosial} a.n. {namaWarga}',
      '400.9.14.1|Permohonan Pemutakhiran {dataSosial} {wilayah}',
      '400.9.14.1|Penyampaian Hasil Padanan Data Kependudukan dengan {dataSosial}',
    ],
    keluar: [
      ['surat-undangan', '400.9.14.1|Undangan Verifikasi dan Validasi {dataSosial} Tingkat Kecamatan'],
      ['surat-dinas', '400.9.14.3|Penyampaian Hasil Verifikasi Usulan Rumah Tidak Layak Huni Tahun {tahun}'],
      ['rekomendasi', '400.9.13.2|Rekomendasi Penerima Bantuan Kelompok Usaha Bersama {wilayah}'],
      ['surat-keterangan', '400.9.14.5|Surat Keterangan Terdaftar dalam {dataSosial} a.n. {namaWarga}'],
      ['surat-edaran', '400.9.14.1|Surat Edaran tentang Pemutakhiran {dataSosial} Tahun {tahun}'],
      ['nota-dinas', '400.9.14.1|Laporan Pelaksanaan Verifikasi dan Validasi {dataSosial} Bulan {bulan} {tahun}'],
      ['keputusan', '400.9.14.3|Keputusan Kepala Dinas Sosial tentang Penetapan Penerima Bantuan Rumah Tidak Layak Huni Tahun {tahun}'],
    ],
  },
];

export const CATATAN_DISPOSISI = [
  'Mohon segera ditindaklanjuti dan dilaporkan.',
  'Koordinasikan dengan bidang terkait.',
  'Hadiri dan laporkan hasilnya.',
  'Siapkan bahan dan data yang diminta.',
  'Untuk diketahui dan dipedomani.',
  'Pelajari dan beri saran.',
  'Agar dijadwalkan.',
] as const;

export const CATATAN_SELESAI = [
  'Sudah dilaksanakan',
  'Data telah dikirim',
  'Laporan hasil kegiatan sudah disampaikan',
  'Telah dihadiri',
  'Sudah dibalas dengan surat',
  'Diarsipkan',
] as const;

export const ALASAN_SISIPAN = [
  'Naskah ditandatangani pada tanggal tersebut namun terlambat diberi nomor.',
  'Surat susulan atas kegiatan pada tanggal tersebut.',
  'Penomoran tertunda karena pejabat penandatangan dinas luar.',
] as const;

export const ALASAN_BATAL = [
  'Salah ketik tujuan surat; naskah diperbaiki dan diberi nomor baru.',
  'Kegiatan dibatalkan sebelum surat dikirim.',
  'Nomor terpakai ganda pada buku manual; dibatalkan.',
] as const;

/** `400.9.11.2|Perihal` → the template's own klasifikasi prefix, else the topic's. */
export function pisahKode(template: string, topik: Topik): [string[], string] {
  const i = template.indexOf('|');
  return i < 0 ? [topik.kode, template] : [[template.slice(0, i)], template.slice(i + 1)];
}
