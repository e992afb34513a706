import { formatUrut } from '../surat/nomor';
import { STATUS_SURAT_KELUAR_LABEL, type StatusSuratKeluar } from '../surat/enums';
import type { DefinisiTabel } from './tabel';

/** One row of the book of numbers, cancelled numbers included. */
export interface BarisAgendaKeluar {
  register: string;
  urut: number;
  sisipan: number;
  padding: number;
  sisipanFormat: string;
  nomor: string;
  tanggal: string;
  tujuan: string;
  perihal: string;
  jenis: string;
  lampiran: string | null;
  unitPengolah: string | null;
  tanggalKirim: string | null;
  dibatalkan: boolean;
  alasanBatal: string | null;
  alasanSisipan: string | null;
  statusSurat: StatusSuratKeluar;
}

const noUrut = (r: BarisAgendaKeluar) => formatUrut(r.urut, r.padding, r.sisipan, r);

/**
 * The spreadsheet keeps No. Urut a real number (the main number, so it sorts and filters) and shows
 * a sisipan's suffix through the number format: 15 formatted `0".01"` reads 15.01.
 */
function formatNoUrut(r: BarisAgendaKeluar): string {
  const angka = '0'.repeat(Math.max(1, r.padding));
  const akhiran = noUrut(r).slice(formatUrut(r.urut, r.padding, 0, r).length).replace(/"/g, '');
  return akhiran ? `${angka}"${akhiran}"` : angka;
}

function keterangan(r: BarisAgendaKeluar): string {
  if (r.dibatalkan) return `DIBATALKAN${r.alasanBatal ? `: ${r.alasanBatal}` : ''}`;
  if (r.sisipan > 0) return `Nomor sisipan${r.alasanSisipan ? `: ${r.alasanSisipan}` : ''}`;
  return STATUS_SURAT_KELUAR_LABEL[r.statusSurat] ?? r.statusSurat;
}

/** Buku agenda surat keluar, read from the book of numbers so no number goes missing. */
export const AGENDA_KELUAR: DefinisiTabel<BarisAgendaKeluar> = {
  judul: 'BUKU AGENDA SURAT KELUAR',
  namaSheet: 'Agenda Surat Keluar',
  orientasi: 'lanskap',
  kosong: 'Tidak ada nomor surat keluar pada periode ini.',
  kelompok: (r) => r.register,
  kelasBaris: (r) => (r.dibatalkan ? 'batal' : undefined),
  kolom: [
    { judul: 'No. Urut', jenis: 'angka', lebar: 8, tengah: true, nomor: true, nilai: (r) => r.urut, tampil: noUrut, formatAngka: formatNoUrut },
    { judul: 'Nomor Surat', jenis: 'teks', lebar: 24, nomor: true, nilai: (r) => r.nomor },
    { judul: 'Tanggal', jenis: 'tanggal', lebar: 13, nilai: (r) => r.tanggal },
    { judul: 'Tujuan', jenis: 'teks', lebar: 23, nilai: (r) => r.tujuan },
    { judul: 'Perihal', jenis: 'teks', lebar: 31, nilai: (r) => r.perihal },
    { judul: 'Jenis', jenis: 'teks', lebar: 12, nilai: (r) => r.jenis },
    { judul: 'Lampiran', jenis: 'teks', lebar: 10, nilai: (r) => r.lampiran },
    { judul: 'Unit Pengolah', jenis: 'teks', lebar: 16, nilai: (r) => r.unitPengolah },
    { judul: 'Tanggal Kirim', jenis: 'tanggal', lebar: 13, nilai: (r) => r.tanggalKirim },
    { judul: 'Keterangan', jenis: 'teks', lebar: 18, nilai: keterangan },
  ],
};
