import type { SuratKeluar } from '../../shared/api';
import { formatTanggal } from '../../shared/format/tanggal';
import { STATUS_SURAT_KELUAR_LABEL } from '../../shared/surat/enums';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { href, pergi } from '../app/rute';
import { Halaman } from '../ui/Halaman';
import { opsiDari } from '../ui/label';
import { LencanaStatus } from '../ui/Lencana';
import { masukanSaring, Saring, useSaring, type BidangSaring } from '../ui/Saring';
import { TabelHalaman, type Kolom } from '../ui/TabelHalaman';

/** Outgoing letters, newest first; numbered ones show their number, drafts say so. */
export function DaftarSuratKeluar({ query }: { query: URLSearchParams }) {
  const jenis = useMuat('jenisNaskah.list', {});
  const register = useMuat('register.list', {});
  const bidang: BidangSaring[] = [
    { kunci: 'q', label: 'Cari', jenis: 'cari', contoh: 'Perihal, tujuan, nomor, ringkasan…' },
    { kunci: 'tahun', label: 'Tahun', jenis: 'tahun' },
    { kunci: 'dari', label: 'Tanggal dari', jenis: 'tanggal' },
    { kunci: 'sampai', label: 'Sampai', jenis: 'tanggal' },
    { kunci: 'status', label: 'Status', jenis: 'pilihan', pilihan: opsiDari(STATUS_SURAT_KELUAR_LABEL) },
    { kunci: 'register', label: 'Register', jenis: 'pilihan', pilihan: (register.data ?? []).map((r) => ({ nilai: r.kode, label: r.nama })) },
  ];
  const saring = useSaring('surat-keluar', query, bidang);
  const input = masukanSaring(saring.efektif);
  const namaJenis = new Map((jenis.data ?? []).map((j) => [j.slug, j.nama]));

  const kolom: Kolom<SuratKeluar>[] = [
    {
      judul: 'Nomor',
      lebar: '15rem',
      sel: (s) => (
        <a href={href('surat-keluar', s.id)} onClick={(e) => e.stopPropagation()}>
          {s.nomor ?? <span className="samar">belum bernomor</span>}
        </a>
      ),
    },
    { judul: 'Tanggal', lebar: '10rem', sel: (s) => formatTanggal(s.tanggal) },
    { judul: 'Jenis', lebar: '9rem', sel: (s) => namaJenis.get(s.jenisNaskah) ?? s.jenisNaskah },
    { judul: 'Tujuan', lebar: '18%', sel: (s) => <span title={s.tujuan}>{s.tujuan}</span> },
    { judul: 'Perihal', sel: (s) => <span title={s.perihal}>{s.perihal}</span> },
    { judul: 'Status', lebar: '12rem', sel: (s) => <LencanaStatus status={s.status} /> },
  ];

  return (
    <Halaman
      judul="Surat Keluar"
      sub="Konsep, paraf, tanda tangan, penomoran, dan pengiriman."
      aksi={
        <a className="tombol tombol--utama" href={href('surat-keluar', 'baru')}>
          Konsep Baru
        </a>
      }
    >
      <Saring saring={saring} />
      <TabelHalaman
        label="Daftar surat keluar"
        kolom={kolom}
        kunciSaring={JSON.stringify(input)}
        ambil={(offset, limit) => call('suratKeluar.list', { ...input, offset, limit })}
        kunciBaris={(s) => s.id}
        onBuka={(s) => pergi(href('surat-keluar', s.id))}
        satuan="surat"
        kosong={Object.keys(input).length ? 'Tidak ada surat yang cocok dengan saringan.' : 'Belum ada surat keluar.'}
      />
    </Halaman>
  );
}
