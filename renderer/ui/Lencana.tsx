import type { Keamanan, StatusPenerima, StatusSuratKeluar, StatusSuratMasuk, Urgensi } from '../../shared/surat/enums';
import { KEAMANAN_LABEL, STATUS_PENERIMA_LABEL, STATUS_SURAT_KELUAR_LABEL, STATUS_SURAT_MASUK_LABEL, URGENSI_LABEL } from '../../shared/surat/enums';

type Nada = 'netral' | 'info' | 'proses' | 'baik' | 'awas' | 'bahaya';

/** Status colours: open work is amber, finished is green, what needs attention now is red. */
const NADA: Record<string, Nada> = {
  belum_didisposisi: 'awas',
  didisposisi: 'info',
  ditindaklanjuti: 'proses',
  selesai: 'baik',
  belum_dibaca: 'awas',
  diterima: 'info',
  ditarik: 'netral',
  konsep: 'netral',
  dikembalikan: 'bahaya',
  diparaf: 'info',
  ditandatangani: 'proses',
  bernomor: 'baik',
  dikirim: 'baik',
  dibatalkan: 'netral',
};

function Lencana({ nada, teks }: { nada: Nada; teks: string }) {
  return <span className={`lencana lencana--${nada}`}>{teks}</span>;
}

export function LencanaStatus({ status }: { status: StatusSuratMasuk | StatusPenerima | StatusSuratKeluar }) {
  const label: Record<string, string> = { ...STATUS_SURAT_MASUK_LABEL, ...STATUS_PENERIMA_LABEL, ...STATUS_SURAT_KELUAR_LABEL };
  return <Lencana nada={NADA[status] ?? 'netral'} teks={label[status] ?? status} />;
}

/** Only what differs from "biasa" is shown loudly; SR and R in red as on paper (domain guide §4). */
export function LencanaSifat({ urgensi, keamanan }: { urgensi: Urgensi; keamanan: Keamanan }) {
  return (
    <>
      {urgensi !== 'biasa' && <Lencana nada={urgensi === 'sangat_segera' ? 'bahaya' : 'awas'} teks={URGENSI_LABEL[urgensi]} />}
      {keamanan !== 'biasa' && <Lencana nada={keamanan === 'terbatas' ? 'info' : 'bahaya'} teks={KEAMANAN_LABEL[keamanan]} />}
    </>
  );
}
