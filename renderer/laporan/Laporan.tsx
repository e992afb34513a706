import { api, type JenisLaporan } from '../../shared/api';
import { ApiError, call } from '../api/client';
import { Centang, Pilihan, Tanggal } from '../ui/bidang';
import { useFormKontrak } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { hariIni } from '../ui/label';
import { SimpanBerkas, type Tujuan } from '../ui/SimpanBerkas';

type JenisPeriode = Exclude<JenisLaporan, 'lembar-disposisi'>;

const JENIS: Record<JenisPeriode, string> = {
  'agenda-masuk': 'Buku agenda surat masuk',
  'agenda-keluar': 'Buku agenda surat keluar',
  'rekap-disposisi': 'Rekapitulasi disposisi',
  ekspedisi: 'Buku ekspedisi',
};

// Books and recaps print on F4 or A4; the half sizes are for the lembar disposisi only.
const KERTAS_BUKU = [
  { nilai: 'F4', label: 'F4 (folio)' },
  { nilai: 'A4', label: 'A4' },
];

interface Nilai {
  jenis: JenisPeriode;
  format: 'pdf' | 'xlsx';
  dari: string;
  sampai: string;
  kertas: string;
  mengetahui: boolean;
}

/** Period reports for printing or for the archive (000.5.3.1), as PDF or as a workbook to work on. */
export function Laporan() {
  const hari = hariIni();
  // The path is chosen when saving; the placeholder lets the contract check the rest now.
  const form = useFormKontrak<Nilai>({
    skema: api['laporan.export'].input,
    bawaan: { jenis: 'agenda-masuk', format: 'pdf', dari: `${hari.slice(0, 4)}-01-01`, sampai: hari, kertas: 'F4', mengetahui: true },
    keApi: (v) => ({ ...v, kertas: v.format === 'pdf' ? v.kertas : '', path: '-' }),
  });
  const [jenis, format, dari, sampai] = form.watch(['jenis', 'format', 'dari', 'sampai']);

  const ekspor = async (tujuan: Tujuan) => {
    if (!(await form.trigger())) throw new ApiError({ code: 'VALIDASI', message: 'Periksa isian laporan yang ditandai.' });
    const v = form.getValues();
    return call('laporan.export', {
      jenis: v.jenis,
      format: v.format,
      ...tujuan,
      ...(v.dari ? { dari: v.dari } : {}),
      ...(v.sampai ? { sampai: v.sampai } : {}),
      ...(v.format === 'pdf' ? { kertas: v.kertas as 'F4' | 'A4', mengetahui: v.mengetahui } : {}),
    });
  };

  return (
    <Halaman judul="Laporan" sub="Lembar disposisi dicetak dari halaman surat masuk masing-masing.">
      <form className="formulir kartu formulir--sempit" noValidate onSubmit={(e) => e.preventDefault()} aria-label="Pilihan laporan">
        <Pilihan form={form} nama="jenis" label="Jenis laporan" className="bidang--lebar" pilihan={Object.entries(JENIS).map(([nilai, label]) => ({ nilai, label }))} />
        <Pilihan
          form={form}
          nama="format"
          label="Format"
          pilihan={[
            { nilai: 'pdf', label: 'PDF (untuk dicetak)' },
            { nilai: 'xlsx', label: 'Excel XLSX (untuk diolah)' },
          ]}
        />
        {format === 'pdf' && <Pilihan form={form} nama="kertas" label="Ukuran kertas" pilihan={KERTAS_BUKU} />}
        <Tanggal form={form} nama="dari" label="Dari tanggal" />
        <Tanggal form={form} nama="sampai" label="Sampai tanggal" />
        {format === 'pdf' && <Centang form={form} nama="mengetahui" label="Dengan blok 'Mengetahui' Kepala Dinas" className="bidang--lebar" />}
        <div className="bidang-lebar">
          <SimpanBerkas
            namaBawaan={`${jenis}_${dari || 'awal'}_${sampai || 'akhir'}.${format}`}
            ekstensi={format}
            labelTombol={`Simpan ${format.toUpperCase()}`}
            ekspor={ekspor}
          />
        </div>
      </form>
    </Halaman>
  );
}
