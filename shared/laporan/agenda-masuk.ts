import { STATUS_SURAT_MASUK_LABEL, type StatusSuratMasuk } from '../surat/enums';
import type { DefinisiTabel } from './tabel';

export interface BarisAgendaMasuk {
  nomorAgenda: number;
  tanggalTerima: string;
  nomorSurat: string;
  tanggalSurat: string;
  asal: string;
  perihal: string;
  lampiran: string | null;
  /** First-level disposisi recipients, the leading one first. */
  diteruskanKepada: string | null;
  status: StatusSuratMasuk;
  /** Why a cancelled entry was cancelled (null otherwise). */
  alasanBatal: string | null;
}

function keterangan(r: BarisAgendaMasuk): string {
  if (r.status === 'dibatalkan') return `DIBATALKAN${r.alasanBatal ? `: ${r.alasanBatal}` : ''}`;
  return STATUS_SURAT_MASUK_LABEL[r.status] ?? r.status;
}

/** Buku agenda surat masuk: the columns of the agendaris' book (domain guide §8). */
export const AGENDA_MASUK: DefinisiTabel<BarisAgendaMasuk> = {
  judul: 'BUKU AGENDA SURAT MASUK',
  namaSheet: 'Agenda Surat Masuk',
  orientasi: 'lanskap',
  kosong: 'Tidak ada surat masuk pada periode ini.',
  // A cancelled entry keeps its number in the book, marked as the buku agenda surat keluar marks one.
  kelasBaris: (r) => (r.status === 'dibatalkan' ? 'batal' : undefined),
  kolom: [
    { judul: 'No. Agenda', jenis: 'angka', lebar: 8, tengah: true, nomor: true, nilai: (r) => r.nomorAgenda },
    { judul: 'Tanggal Diterima', jenis: 'tanggal', lebar: 13, nilai: (r) => r.tanggalTerima },
    { judul: 'Nomor Surat', jenis: 'teks', lebar: 23, nomor: true, nilai: (r) => r.nomorSurat },
    { judul: 'Tanggal Surat', jenis: 'tanggal', lebar: 13, nilai: (r) => r.tanggalSurat },
    { judul: 'Asal Surat', jenis: 'teks', lebar: 24, nilai: (r) => r.asal },
    { judul: 'Perihal', jenis: 'teks', lebar: 33, nilai: (r) => r.perihal },
    { judul: 'Lampiran', jenis: 'teks', lebar: 10, nilai: (r) => r.lampiran },
    { judul: 'Diteruskan Kepada', jenis: 'teks', lebar: 24, nilai: (r) => r.diteruskanKepada },
    { judul: 'Keterangan', jenis: 'teks', lebar: 14, nilai: keterangan },
  ],
};
