import type { SuratMasuk } from '../../shared/api';
import { formatTanggal } from '../../shared/format/tanggal';
import { STATUS_SURAT_MASUK_LABEL, URGENSI_LABEL } from '../../shared/surat/enums';
import { call } from '../api/client';
import { href, pergi } from '../app/rute';
import { Halaman } from '../ui/Halaman';
import { opsiDari } from '../ui/label';
import { LencanaSifat, LencanaStatus } from '../ui/Lencana';
import { masukanSaring, Saring, useSaring, type BidangSaring } from '../ui/Saring';
import { TabelHalaman, type Kolom } from '../ui/TabelHalaman';

const BIDANG: BidangSaring[] = [
  { kunci: 'q', label: 'Cari', jenis: 'cari', contoh: 'Perihal, asal, nomor, ringkasan…' },
  { kunci: 'tahun', label: 'Tahun', jenis: 'tahun' },
  { kunci: 'dari', label: 'Diterima dari', jenis: 'tanggal' },
  { kunci: 'sampai', label: 'Sampai', jenis: 'tanggal' },
  { kunci: 'status', label: 'Status', jenis: 'pilihan', pilihan: opsiDari(STATUS_SURAT_MASUK_LABEL) },
  { kunci: 'urgensi', label: 'Urgensi', jenis: 'pilihan', pilihan: opsiDari(URGENSI_LABEL) },
];

const KOLOM: Kolom<SuratMasuk>[] = [
  {
    judul: 'No. agenda',
    lebar: '7.5rem',
    sel: (s) => (
      <a href={href('surat-masuk', s.id)} onClick={(e) => e.stopPropagation()}>
        {s.nomorAgenda}/{s.tahunAgenda}
      </a>
    ),
  },
  { judul: 'Diterima', lebar: '10rem', sel: (s) => formatTanggal(s.tanggalTerima) },
  { judul: 'Asal', lebar: '15%', sel: (s) => <span title={s.asal}>{s.asal}</span> },
  { judul: 'Nomor surat', lebar: '13%', sel: (s) => <span title={s.nomorSurat}>{s.nomorSurat}</span> },
  { judul: 'Perihal', sel: (s) => <span title={s.perihal}>{s.perihal}</span> },
  { judul: 'Sifat', lebar: '8.5rem', sel: (s) => <LencanaSifat urgensi={s.urgensi} keamanan={s.klasifikasiKeamanan} /> },
  { judul: 'Status', lebar: '10rem', sel: (s) => <LencanaStatus status={s.status} /> },
];

/** Buku agenda surat masuk: newest first, filtered and searched by the core, fetched a page at a time. */
export function DaftarSuratMasuk({ query }: { query: URLSearchParams }) {
  const saring = useSaring('surat-masuk', query, BIDANG);
  const input = masukanSaring(saring.efektif);
  return (
    <Halaman
      judul="Surat Masuk"
      sub="Buku agenda surat masuk, terbaru di atas."
      aksi={
        <a className="tombol tombol--utama" href={href('surat-masuk', 'baru')}>
          Catat Surat Masuk
        </a>
      }
    >
      <Saring saring={saring} />
      <TabelHalaman
        label="Buku agenda surat masuk"
        kolom={KOLOM}
        kunciSaring={JSON.stringify(input)}
        ambil={(offset, limit) => call('suratMasuk.list', { ...input, offset, limit })}
        kunciBaris={(s) => s.id}
        onBuka={(s) => pergi(href('surat-masuk', s.id))}
        satuan="surat"
        kosong={Object.keys(input).length ? 'Tidak ada surat yang cocok dengan saringan.' : 'Belum ada surat masuk yang dicatat.'}
      />
    </Halaman>
  );
}
