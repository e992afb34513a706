import { formatTanggal } from '../format/tanggal';
import type { DefinisiTabel } from './tabel';

export interface BarisRekapDisposisi {
  unit: string;
  belumDibaca: number;
  diterima: number;
  ditindaklanjuti: number;
  selesai: number;
  ditarik: number;
  jumlah: number;
  /** Not yet done and past the batas waktu: a subset of the open columns, so not part of Jumlah. */
  lewatBatas: number;
}

const hitung = (judul: string, nilai: (r: BarisRekapDisposisi) => number, lebar = 10) =>
  ({ judul, jenis: 'angka', lebar, dijumlah: true, nilai }) as const;

/** Disposisi branches per unit kerja, by status, for the period of the disposisi date. */
export const REKAP_DISPOSISI: DefinisiTabel<BarisRekapDisposisi> = {
  judul: 'REKAPITULASI DISPOSISI PER UNIT KERJA',
  namaSheet: 'Rekap Disposisi',
  orientasi: 'potret',
  kosong: 'Tidak ada unit kerja.',
  kolom: [
    { judul: 'No.', jenis: 'angka', lebar: 5, tengah: true, nilai: (_r, i) => i + 1 },
    { judul: 'Unit Kerja', jenis: 'teks', lebar: 44, nilai: (r) => r.unit },
    hitung('Belum Dibaca', (r) => r.belumDibaca),
    hitung('Diterima', (r) => r.diterima),
    hitung('Ditindaklanjuti', (r) => r.ditindaklanjuti, 15),
    hitung('Selesai', (r) => r.selesai),
    hitung('Ditarik', (r) => r.ditarik),
    hitung('Jumlah', (r) => r.jumlah),
    hitung('Lewat Batas Waktu', (r) => r.lewatBatas),
  ],
};

/** Printed under the table, since "lewat batas" overlaps the status columns. */
export const catatanRekap = (hariIni: string) =>
  `Lewat batas waktu: disposisi yang belum selesai dan batas waktunya sudah terlampaui pada ${formatTanggal(hariIni)}; disposisi ini juga terhitung dalam kolom statusnya.`;
