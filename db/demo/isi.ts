import { terbilang } from '../../shared/naskah/terbilang';
import { formatHariTanggal } from '../../shared/format/tanggal';
import type { Acak } from './acak';
import { BENCANA, KECAMATAN, LEMBAGA, SENTRA, TEMPAT_RAPAT, desaLengkap, namaAsn, namaOrang, wilayah } from './kosakata-wilayah';
import { tambahHari } from './kalender';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Fills the {slots} of a perihal template for a letter dated `tanggal`. */
export function isiTemplate(t: string, a: Acak, tanggal: string): string {
  const tahun = Number(tanggal.slice(0, 4));
  const bulan = Number(tanggal.slice(5, 7));
  const slot: Record<string, () => string> = {
    tahun: () => String(tahun),
    tahunLalu: () => String(tahun - 1),
    tahunDepan: () => String(tahun + 1),
    bulan: () => BULAN[bulan - 1]!,
    triwulan: () => ROMAWI[Math.floor((bulan - 1) / 3)]!,
    semester: () => (bulan <= 6 ? 'I' : 'II'),
    tahap: () => ROMAWI[a.int(0, 3)]!,
    periodeKp: () => (bulan <= 4 || bulan > 10 ? 'April' : 'Oktober'),
    angkatan: () => ROMAWI[a.int(0, 9)]!,
    wilayah: () => wilayah(a),
    kecamatan: () => a.pilih(KECAMATAN),
    desa: () => desaLengkap(a),
    lembaga: () => a.pilih(LEMBAGA),
    sentra: () => a.pilih(SENTRA),
    bencana: () => a.pilih(BENCANA),
    namaAsn: () => namaAsn(a),
    namaWarga: () => namaOrang(a),
    inisial: () => `${String.fromCharCode(65 + a.int(0, 25))}${String.fromCharCode(65 + a.int(0, 25))} (${a.int(12, 17)} tahun)`,
    // The national social register was renamed in 2025; the program for food aid in 2020.
    dataSosial: () => (tahun >= 2025 ? 'Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)' : 'Data Terpadu Kesejahteraan Sosial (DTKS)'),
    sembako: () => (tahun <= 2019 ? 'Bantuan Pangan Non Tunai (BPNT)' : 'Bantuan Sosial Program Sembako'),
  };
  return t.replace(/\{(\w+)\}/g, (m, k: string) => slot[k]?.() ?? m);
}

/** A short summary in the style an agendaris types from the letter's first paragraph. */
export function ringkasanUntuk(perihal: string, a: Acak, tanggal: string): string {
  const kata = perihal.split(' ')[0];
  if (kata === 'Undangan' || kata === 'Pemanggilan') {
    const hari = tambahHari(tanggal, a.int(3, 10));
    const tempat = tanggal >= '2020-04-01' && a.peluang(0.2) ? 'secara daring melalui Zoom Meeting' : `bertempat di ${a.pilih(TEMPAT_RAPAT)}`;
    return `Mengharap kehadiran Kepala Dinas Sosial atau pejabat yang ditunjuk pada ${formatHariTanggal(hari)} pukul ${a.pilih(['08.00', '09.00', '13.00'])} WIB ${tempat}.`;
  }
  if (kata === 'Permohonan' || kata === 'Usulan' || kata === 'Pengusulan') {
    return a.pilih([
      'Mohon kiranya dapat difasilitasi; berkas persyaratan terlampir.',
      'Mohon rekomendasi dan tindak lanjut sesuai ketentuan yang berlaku.',
      'Pemohon melampirkan fotokopi KTP, KK, dan surat keterangan dari desa/kelurahan.',
    ]);
  }
  if (kata === 'Permintaan') {
    return `Mohon data disampaikan paling lambat ${formatHariTanggal(tambahHari(tanggal, a.int(5, 14)))} melalui surel resmi.`;
  }
  if (kata === 'Laporan' || kata === 'Penyampaian') {
    return a.pilih(['Disampaikan sebagai bahan evaluasi dan tindak lanjut.', 'Rekapitulasi terlampir dalam format tabel.', 'Untuk menjadi perhatian dan bahan pelaporan.']);
  }
  return a.pilih(['Mohon perhatian dan tindak lanjut sesuai ketentuan.', 'Untuk diketahui dan dipedomani.', 'Mohon disebarluaskan kepada jajaran terkait.']);
}

export function lampiranUntuk(a: Acak): string | null {
  const lembar = a.int(2, 6);
  return a.timbang<string | null>([
    [null, 55],
    ['1 (satu) berkas', 20],
    [`${lembar} (${terbilang(lembar)}) lembar`, 10],
    ['1 (satu) eksemplar', 8],
    ['1 (satu) bendel', 7],
  ]);
}
