/** How a changed field is named on a letter's timeline ("Data surat diperbaiki: perihal, urgensi."). */
const LABEL: Record<string, string> = {
  tanggalTerima: 'tanggal terima',
  asal: 'asal surat',
  nomorSurat: 'nomor surat',
  tanggalSurat: 'tanggal surat',
  perihal: 'perihal',
  ringkasan: 'ringkasan',
  lampiran: 'lampiran',
  urgensi: 'urgensi',
  klasifikasiKeamanan: 'klasifikasi keamanan',
  kodeKlasifikasi: 'kode klasifikasi',
  jenisNaskah: 'jenis naskah',
  tanggal: 'tanggal',
  tujuan: 'tujuan',
  unitPengolahId: 'unit pengolah',
  penandatanganJabatanId: 'penandatangan',
  register: 'register',
};

export function daftarField(keys: string[]): string {
  return keys.map((k) => LABEL[k] ?? k).join(', ');
}
