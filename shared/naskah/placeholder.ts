import type { NaskahDokumen } from './dokumen';
import type { Blok } from './isi';
import { teksPolos } from './isi';

/**
 * The placeholders an office template may use, and their values for one document. Names with a dot
 * are plain names to docxtemplater (no expression parser): a template can read data, never run code.
 */

interface Definisi {
  nama: string;
  keterangan: string;
  contoh: string;
  isi?: { nama: string; keterangan: string }[];
}

export const PLACEHOLDER: readonly Definisi[] = [
  { nama: 'nomor', keterangan: 'Nomor surat (titik-titik selama konsep)', contoh: '400.9.7/12/Dinsos/2026' },
  { nama: 'tanggal', keterangan: 'Tanggal surat', contoh: '20 November 2026' },
  { nama: 'tempat', keterangan: 'Kota tempat surat dibuat', contoh: 'Contoh' },
  { nama: 'tempatTanggal', keterangan: 'Tempat dan tanggal', contoh: 'Contoh, 20 November 2026' },
  { nama: 'perihal', keterangan: 'Hal/perihal', contoh: 'Undangan Rapat Verifikasi DTKS' },
  { nama: 'sifat', keterangan: 'Sifat (keamanan dan urgensi)', contoh: 'Segera' },
  { nama: 'lampiran', keterangan: 'Lampiran', contoh: '1 (satu) berkas' },
  { nama: 'tujuan', keterangan: 'Tujuan surat, baris demi baris (tanpa "Yth.")', contoh: 'Para Camat se-Kabupaten Contoh' },
  { nama: 'tujuanDi', keterangan: 'Baris sesudah "di"', contoh: 'Tempat' },
  { nama: 'jenis', keterangan: 'Nama jenis naskah', contoh: 'Surat Undangan' },
  { nama: 'judul', keterangan: 'Judul naskah berjudul', contoh: 'SURAT TUGAS' },
  { nama: 'isi', keterangan: 'Badan naskah sebagai teks (paragraf dipisah baris baru)', contoh: 'Dengan hormat, …' },
  { nama: 'paragraf', keterangan: 'Ulangan per paragraf badan naskah', contoh: '{#paragraf}{teks}{/paragraf}', isi: [{ nama: 'teks', keterangan: 'Teks satu paragraf' }] },
  {
    nama: 'tembusan',
    keterangan: 'Ulangan per tembusan',
    contoh: '{#tembusan}{no}. {nama}{/tembusan}',
    isi: [
      { nama: 'no', keterangan: 'Nomor urut' },
      { nama: 'nama', keterangan: 'Penerima tembusan' },
    ],
  },
  {
    nama: 'paraf',
    keterangan: 'Ulangan per paraf',
    contoh: '{#paraf}{no}. {jabatan}{/paraf}',
    isi: [
      { nama: 'no', keterangan: 'Nomor urut' },
      { nama: 'jabatan', keterangan: 'Jabatan pemaraf' },
      { nama: 'jenis', keterangan: 'hierarki atau koordinasi' },
    ],
  },
  { nama: 'penandatangan.tempatTanggal', keterangan: 'Baris tempat/tanggal di atas tanda tangan (naskah berjudul)', contoh: 'Contoh, 20 November 2026' },
  { nama: 'penandatangan.jabatan', keterangan: 'Baris jabatan, termasuk a.n./u.b./Plt.', contoh: 'KEPALA DINAS SOSIAL\nKABUPATEN CONTOH,' },
  { nama: 'penandatangan.nama', keterangan: 'Nama penandatangan (gelar menurut Pasal 44)', contoh: 'Dr. BUDI SANTOSO, S.Sos., M.Si.' },
  { nama: 'penandatangan.pangkat', keterangan: 'Pangkat dan golongan', contoh: 'Pembina Utama Muda (IV/c)' },
  { nama: 'penandatangan.nip', keterangan: 'NIP dengan awalan "NIP."', contoh: 'NIP. 19700315 199503 1 002' },
  { nama: 'kop.pemerintah', keterangan: 'Baris pemerintah daerah pada kop', contoh: 'PEMERINTAH KABUPATEN CONTOH' },
  { nama: 'kop.dinas', keterangan: 'Nama dinas pada kop', contoh: 'DINAS SOSIAL' },
  { nama: 'kop.alamat', keterangan: 'Alamat', contoh: 'Jalan Merdeka Nomor 1' },
  { nama: 'kop.kota', keterangan: 'Kota dan kode pos', contoh: 'CONTOH 12345' },
  { nama: 'kop.telepon', keterangan: 'Telepon', contoh: '(0123) 456789' },
  { nama: 'kop.email', keterangan: 'Pos-el', contoh: 'dinsos@contohkab.go.id' },
  { nama: 'kop.laman', keterangan: 'Laman', contoh: 'dinsos.contohkab.go.id' },
  { nama: 'qr', keterangan: 'Isi kode verifikasi (teks), bila register memakai QR', contoh: 'SKRT1:id=12&…' },
];

/** Tags as docxtemplater's InspectModule lists them: name → inner tags (loops) or {}. */
export type PohonTag = { [nama: string]: PohonTag };

export function tagTidakDikenal(pohon: PohonTag): string[] {
  const salah: string[] = [];
  for (const [nama, dalam] of Object.entries(pohon)) {
    const def = PLACEHOLDER.find((p) => p.nama === nama);
    if (!def) {
      salah.push(`{${nama}}`);
      continue;
    }
    for (const d of Object.keys(dalam)) if (!def.isi?.some((x) => x.nama === d)) salah.push(`{${d}} di dalam {#${nama}}`);
  }
  return salah;
}

export const semuaTag = (pohon: PohonTag) => Object.keys(pohon);

function blokTeks(b: Blok): string[] {
  switch (b.jenis) {
    case 'paragraf':
      return [teksPolos(b.isi)];
    case 'daftar':
      return b.butir.map((x, i) => `${b.gaya === 'huruf' ? String.fromCharCode(97 + (i % 26)) : b.gaya === 'poin' ? '•' : i + 1}${b.gaya === 'poin' ? '' : '.'} ${teksPolos(x)}`);
    case 'tabel':
      return [...(b.kepala ? [b.kepala.map(teksPolos).join('\t')] : []), ...b.baris.map((r) => r.map(teksPolos).join('\t'))];
    case 'rincian':
      return b.baris.map((r) => `${r.label}\t: ${r.isi.flatMap(blokTeks).join(' ')}`);
  }
}

export function dataTemplate(d: NaskahDokumen): Record<string, unknown> {
  const k = d.kop;
  const t = d.ttd.blok;
  const paragraf = d.isi.flatMap(blokTeks);
  return {
    nomor: d.nomor,
    tanggal: d.ringkas.tanggal,
    tempat: d.ringkas.tempat,
    tempatTanggal: `${d.ringkas.tempat}, ${d.ringkas.tanggal}`,
    perihal: d.ringkas.perihal,
    sifat: d.ringkas.sifat,
    lampiran: d.ringkas.lampiran,
    tujuan: d.ringkas.tujuan.join('\n'),
    tujuanDi: d.tujuan?.di ?? '',
    jenis: d.ringkas.jenis,
    judul: d.judul.join('\n'),
    isi: paragraf.join('\n'),
    paragraf: paragraf.map((teks) => ({ teks })),
    tembusan: (d.tembusan?.butir ?? []).map((nama, i) => ({ no: i + 1, nama })),
    paraf: (d.paraf?.baris ?? []).map((p, i) => ({ no: i + 1, jabatan: p.jabatan, jenis: p.jenis })),
    'penandatangan.tempatTanggal': d.ttd.tempat.join('\n'),
    'penandatangan.jabatan': (t?.jabatan ?? []).join('\n'),
    'penandatangan.nama': t?.nama ?? '',
    'penandatangan.pangkat': t?.pangkat ?? '',
    'penandatangan.nip': t?.nip ?? '',
    'kop.pemerintah': k.pemerintah.toLocaleUpperCase('id-ID'),
    'kop.dinas': k.namaDinas.toLocaleUpperCase('id-ID'),
    'kop.alamat': k.alamat,
    'kop.kota': [k.kota.toLocaleUpperCase('id-ID'), k.kodePos].filter(Boolean).join(' '),
    'kop.telepon': k.telepon ?? '',
    'kop.email': k.email ?? '',
    'kop.laman': k.laman ?? '',
    qr: d.qr?.teks ?? '',
  };
}
