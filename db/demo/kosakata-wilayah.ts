/**
 * Places, institutions and people of a fictional East Java kabupaten ("Kabupaten Contoh", as in the
 * shipped organisation data). Names are the kind a Dinas Sosial agenda book is full of.
 */

export const KABUPATEN = 'Contoh';

export const KECAMATAN = [
  'Sumberagung', 'Karangrejo', 'Kedungwaru', 'Ngunut', 'Campurdarat', 'Kalidawir', 'Rejotangan', 'Pakel',
  'Besuki', 'Gondang', 'Kauman', 'Pucanglaban', 'Tanggunggunung', 'Sendang', 'Boyolangu', 'Sumbergempol',
  'Bandung', 'Pagerwojo', 'Ngantru', 'Kota Contoh',
] as const;

export const DESA = [
  'Sumberejo', 'Karanganyar', 'Sidomulyo', 'Tambakrejo', 'Wonorejo', 'Kedungsari', 'Ngingas', 'Sukorejo',
  'Banjarsari', 'Mojosari', 'Tanjungsari', 'Rejosari', 'Purworejo', 'Jatimulyo', 'Kalangbret', 'Bendilwungu',
  'Tugu', 'Plosokandang', 'Ketanon', 'Botoran', 'Jepun', 'Kenayan', 'Kampungdalem', 'Panggungrejo',
  'Sanggrahan', 'Bangoan', 'Gedangsewu', 'Mulyosari', 'Kaligentong', 'Gesikan',
] as const;

/** Kelurahan are in the town; the rest are desa. */
export const KELURAHAN = new Set(['Kenayan', 'Kampungdalem', 'Jepun', 'Botoran', 'Panggungrejo', 'Sanggrahan']);

export const LEMBAGA = [
  'Panti Asuhan Yatim Piatu Al-Hikmah', 'Panti Asuhan Muhammadiyah Putra', 'LKSA Darul Aitam', 'LKSA Bina Insani',
  'Panti Sosial Tresna Werdha Budi Luhur', 'LKS Lanjut Usia Kasih Ibu', 'Yayasan Penyandang Disabilitas Mandiri Sejahtera',
  'LKS Rehabilitasi Narkoba Rumah Damai', 'Panti Asuhan Kristen Kasih Bapa', 'LKSA Nurul Jannah',
  'Yayasan Sosial Harapan Bangsa', 'LKS Rumah Singgah Anak Jalanan Pelita',
] as const;

export const SENTRA = [
  'Sentra Terpadu Prof. Dr. Soeharso Surakarta', 'Sentra Margo Laras Pati', 'Sentra Mulya Jaya Jakarta',
  'UPT Pelayanan Sosial Bina Remaja Blitar', 'UPT Pelayanan Sosial Tresna Werdha Blitar', 'UPT Rehabilitasi Sosial Bina Laras Kediri',
] as const;

export const BENCANA = ['Banjir', 'Tanah Longsor', 'Angin Puting Beliung', 'Kebakaran Rumah', 'Kekeringan', 'Gempa Bumi'] as const;

export const TEMPAT_RAPAT = [
  'Ruang Rapat Bappeda', 'Pendopo Kabupaten Contoh', 'Aula Dinas Sosial Provinsi Jawa Timur', 'Ruang Rapat Sekretariat Daerah Lantai 2',
  'Aula Kantor Kecamatan', 'Gedung Graha Wicaksana', 'Ruang Rapat BKPSDM', 'Hotel Crystal Lotus',
] as const;

const NAMA_DEPAN = [
  'Ahmad', 'Siti', 'Budi', 'Sri', 'Agus', 'Dwi', 'Eko', 'Nur', 'Joko', 'Endang', 'Bambang', 'Rina', 'Slamet', 'Wahyuni',
  'Hadi', 'Lestari', 'Yusuf', 'Fitri', 'Heru', 'Ratna', 'Imam', 'Puji', 'Teguh', 'Yuli', 'Arif', 'Dewi', 'Sugeng', 'Ninik',
] as const;
const NAMA_BELAKANG = [
  'Santoso', 'Rahayu', 'Wibowo', 'Lestari', 'Hidayat', 'Susanti', 'Prasetyo', 'Wahyuningsih', 'Saputra', 'Handayani',
  'Setiawan', 'Kurniawati', 'Nugroho', 'Maryam', 'Purnomo', 'Sulistyowati', 'Fauzi', 'Rohmah', 'Cahyono', 'Fatimah',
] as const;
const GELAR_ASN = ['', '', 'S.Sos.', 'S.E.', 'S.Kom.', 'S.AP.', 'S.Tr.Sos.', 'A.Md.'] as const;

export interface Pilih {
  pilih<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
}

export const namaOrang = (a: Pilih) => `${a.pilih(NAMA_DEPAN)} ${a.pilih(NAMA_BELAKANG)}`;

export function namaAsn(a: Pilih): string {
  const gelar = a.pilih(GELAR_ASN);
  return gelar ? `${namaOrang(a)}, ${gelar}` : namaOrang(a);
}

export function desaLengkap(a: Pilih): string {
  const desa = a.pilih(DESA);
  return `${KELURAHAN.has(desa) ? 'Kelurahan' : 'Desa'} ${desa} Kecamatan ${a.pilih(KECAMATAN)}`;
}

export const wilayah = (a: Pilih) => (a.int(0, 2) === 0 ? `Kecamatan ${a.pilih(KECAMATAN)}` : desaLengkap(a));
