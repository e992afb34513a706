import { CARA_KIRIM_LABEL, type CARA_KIRIM } from '../surat/enums';
import type { DefinisiTabel } from './tabel';

export interface BarisEkspedisi {
  tanggalKirim: string;
  nomor: string | null;
  tujuan: string;
  perihal: string;
  cara: (typeof CARA_KIRIM)[number];
  penerima: string | null;
}

/** Buku ekspedisi: proof of delivery, with an empty column for the receiver's paraf. */
export const EKSPEDISI: DefinisiTabel<BarisEkspedisi> = {
  judul: 'BUKU EKSPEDISI SURAT KELUAR',
  namaSheet: 'Ekspedisi',
  orientasi: 'potret',
  kosong: 'Tidak ada pengiriman surat pada periode ini.',
  css: 'table.data tbody td{height:9mm}',
  kolom: [
    { judul: 'No.', jenis: 'angka', lebar: 5, tengah: true, nilai: (_r, i) => i + 1 },
    { judul: 'Tanggal Kirim', jenis: 'tanggal', lebar: 14, nilai: (r) => r.tanggalKirim },
    { judul: 'Nomor Surat', jenis: 'teks', lebar: 20, nomor: true, nilai: (r) => r.nomor },
    { judul: 'Tujuan', jenis: 'teks', lebar: 21, nilai: (r) => r.tujuan },
    { judul: 'Perihal', jenis: 'teks', lebar: 25, nilai: (r) => r.perihal },
    { judul: 'Cara Kirim', jenis: 'teks', lebar: 11, nilai: (r) => CARA_KIRIM_LABEL[r.cara] ?? r.cara },
    { judul: 'Penerima', jenis: 'teks', lebar: 14, nilai: (r) => r.penerima },
    { judul: 'Paraf', jenis: 'teks', lebar: 10, nilai: () => null },
  ],
};
