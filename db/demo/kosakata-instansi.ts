import { bulanRomawi } from '../../shared/format/tanggal';
import { KABUPATEN, KECAMATAN, LEMBAGA, SENTRA, desaLengkap, namaOrang, type Pilih } from './kosakata-wilayah';

/** What a sender's own letter number is built from. */
export interface NomorAsal {
  kode: string;
  tahun: number;
  bulan: number;
}

export interface Pengirim {
  nama(a: Pilih): string;
  nomor(a: Pilih, n: NomorAsal): string;
}

const kode3 = (n: NomorAsal) => n.kode.split('.')[0]!;
const bln = (n: NomorAsal) => String(n.bulan).padStart(2, '0');

/** Kabupaten OPD style: 800.1.3.2/1234/BKPSDM/2024. */
const opd = (nama: string, singkatan: string): Pengirim => ({
  nama: () => nama,
  nomor: (a, n) => `${n.kode}/${a.int(1, 4800)}/${singkatan}/${n.tahun}`,
});

/** Kementerian style: B-1234/3/BS.01.03/04/2024. */
const kementerian = (nama: string, unit: string, hal: string): Pengirim => ({
  nama: () => nama,
  nomor: (a, n) => `B-${a.int(1, 9000)}/${unit}/${hal}.0${a.int(1, 4)}/${bln(n)}/${n.tahun}`,
});

export const PENGIRIM = {
  kemensos: kementerian('Kementerian Sosial Republik Indonesia', '1', 'HM'),
  ditjenRehsos: kementerian('Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial RI', '3', 'RS'),
  ditjenLinjamsos: kementerian('Direktorat Jenderal Perlindungan dan Jaminan Sosial Kementerian Sosial RI', '4', 'BS'),
  ditjenDayasos: kementerian('Direktorat Jenderal Pemberdayaan Sosial Kementerian Sosial RI', '5', 'PS'),
  pusdatin: kementerian('Pusat Data dan Informasi Kesejahteraan Sosial Kementerian Sosial RI', '8', 'DT'),
  sentra: { nama: (a) => a.pilih(SENTRA), nomor: (a, n) => `B-${a.int(1, 2500)}/3.${a.int(1, 9)}/RS.01.0${a.int(1, 4)}/${bln(n)}/${n.tahun}` },
  bbppks: kementerian('Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Yogyakarta', '7.2', 'DL'),
  bknKanreg: { nama: () => 'Badan Kepegawaian Negara Kantor Regional II Surabaya', nomor: (a, n) => `${a.int(1, 9000)}/KR.II/${bln(n)}/${n.tahun}` },
  dinsosProv: {
    nama: () => 'Dinas Sosial Provinsi Jawa Timur',
    nomor: (a, n) => `${n.kode}/${a.int(1, 9999)}/107.${a.int(1, 6)}/${n.tahun}`,
  },
  bkdProv: opd('Badan Kepegawaian Daerah Provinsi Jawa Timur', '204'),
  gubernur: { nama: () => 'Gubernur Jawa Timur', nomor: (a, n) => `${kode3(n)}/${a.int(1, 9999)}/011/${n.tahun}` },
  bupati: { nama: () => `Bupati ${KABUPATEN}`, nomor: (a, n) => `${n.kode}/${a.int(1, 3000)}/35.04/${n.tahun}` },
  setda: opd(`Sekretariat Daerah Kabupaten ${KABUPATEN}`, '35.04.011'),
  bagianKesra: opd(`Bagian Kesejahteraan Rakyat Setda Kabupaten ${KABUPATEN}`, '35.04.011.3'),
  bagianOrganisasi: opd(`Bagian Organisasi Setda Kabupaten ${KABUPATEN}`, '35.04.011.6'),
  dprd: opd(`Sekretariat DPRD Kabupaten ${KABUPATEN}`, '35.04.010'),
  bappeda: opd(`Badan Perencanaan Pembangunan Daerah Kabupaten ${KABUPATEN}`, '35.04.402'),
  bkpsdm: opd(`Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten ${KABUPATEN}`, 'BKPSDM'),
  bpkad: opd(`Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten ${KABUPATEN}`, 'BPKAD'),
  inspektorat: opd(`Inspektorat Kabupaten ${KABUPATEN}`, 'INSP'),
  bpbd: opd(`Badan Penanggulangan Bencana Daerah Kabupaten ${KABUPATEN}`, 'BPBD'),
  dukcapil: opd(`Dinas Kependudukan dan Pencatatan Sipil Kabupaten ${KABUPATEN}`, 'Disdukcapil'),
  dinkes: opd(`Dinas Kesehatan Kabupaten ${KABUPATEN}`, 'Dinkes'),
  dp3a: opd(`Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten ${KABUPATEN}`, 'DP3A'),
  dpmd: opd(`Dinas Pemberdayaan Masyarakat dan Desa Kabupaten ${KABUPATEN}`, 'DPMD'),
  kominfo: opd(`Dinas Komunikasi dan Informatika Kabupaten ${KABUPATEN}`, 'Diskominfo'),
  rsud: opd(`RSUD dr. Iskak Kabupaten ${KABUPATEN}`, 'RSUD'),
  bps: { nama: () => `Badan Pusat Statistik Kabupaten ${KABUPATEN}`, nomor: (a, n) => `B-${a.int(1, 900)}/35040/${a.pilih(['VS.300', 'KS.200', 'HM.340'])}/${n.tahun}` },
  bpk: { nama: () => 'BPK RI Perwakilan Provinsi Jawa Timur', nomor: (a, n) => `${a.int(1, 900)}/S/XVIII.SBY/${bln(n)}/${n.tahun}` },
  polres: { nama: () => `Kepolisian Resor ${KABUPATEN}`, nomor: (a, n) => `B/${a.int(1, 3000)}/${bulanRomawi(n.bulan)}/${n.tahun}/Satreskrim` },
  bapas: { nama: () => 'Balai Pemasyarakatan Kelas II Kediri', nomor: (a, n) => `W15.PAS.PAS21-PK.01.05.02-${a.int(1, 2000)}` + `/${n.tahun}` },
  bpjsKes: { nama: () => `BPJS Kesehatan Kantor Cabang ${KABUPATEN}`, nomor: (a, n) => `${a.int(1, 2000)}/II-05/${bln(n)}${String(n.tahun).slice(2)}` },
  bank: {
    nama: (a) => `${a.pilih(['PT Bank Rakyat Indonesia (Persero) Tbk', 'PT Bank Negara Indonesia (Persero) Tbk', 'PT Bank Mandiri (Persero) Tbk'])} Kantor Cabang ${KABUPATEN}`,
    nomor: (a, n) => `B.${a.int(1, 5000)}-KC-XIV/OPS/${bln(n)}/${n.tahun}`,
  },
  pos: { nama: () => `PT Pos Indonesia (Persero) Kantor Cabang ${KABUPATEN}`, nomor: (a, n) => `${a.int(1, 900)}/KCU-${KABUPATEN.toUpperCase()}/${bln(n)}/${n.tahun}` },
  kecamatan: {
    nama: (a) => `Kecamatan ${a.pilih(KECAMATAN)}`,
    nomor: (a, n) => `${n.kode}/${a.int(1, 900)}/35.04.${String(a.int(1, 19)).padStart(2, '0')}/${n.tahun}`,
  },
  desa: {
    nama: (a) => `Pemerintah ${desaLengkap(a)}`,
    nomor: (a, n) => `${kode3(n)}/${a.int(1, 400)}/35.04.${String(a.int(1, 19)).padStart(2, '0')}.${2000 + a.int(1, 30)}/${n.tahun}`,
  },
  lembaga: {
    nama: (a) => a.pilih(LEMBAGA),
    nomor: (a, n) => `${String(a.int(1, 250)).padStart(3, '0')}/${a.pilih(['PA', 'LKSA', 'LKS', 'YYS'])}/${bulanRomawi(n.bulan)}/${n.tahun}`,
  },
  karangTaruna: { nama: () => `Karang Taruna Kabupaten ${KABUPATEN}`, nomor: (a, n) => `${String(a.int(1, 150)).padStart(3, '0')}/KT-KAB/${bulanRomawi(n.bulan)}/${n.tahun}` },
  tksk: { nama: (a) => `TKSK Kecamatan ${a.pilih(KECAMATAN)}`, nomor: (a, n) => `${String(a.int(1, 90)).padStart(3, '0')}/TKSK/${bulanRomawi(n.bulan)}/${n.tahun}` },
  korkabPkh: { nama: () => `Koordinator Kabupaten PKH ${KABUPATEN}`, nomor: (a, n) => `${String(a.int(1, 300)).padStart(3, '0')}/Korkab-PKH/${bulanRomawi(n.bulan)}/${n.tahun}` },
  tagana: { nama: () => `Taruna Siaga Bencana (Tagana) Kabupaten ${KABUPATEN}`, nomor: (a, n) => `${String(a.int(1, 90)).padStart(3, '0')}/TAGANA/${bulanRomawi(n.bulan)}/${n.tahun}` },
  bp2mi: { nama: () => 'Balai Pelayanan Pelindungan Pekerja Migran Indonesia Jawa Timur', nomor: (a, n) => `B.${a.int(1, 3000)}/BP3MI-JATIM/${bulanRomawi(n.bulan)}/${n.tahun}` },
  warga: { nama: (a) => `${namaOrang(a)} (warga ${desaLengkap(a)})`, nomor: () => '-' },
} satisfies Record<string, Pengirim>;

export type KodePengirim = keyof typeof PENGIRIM;
