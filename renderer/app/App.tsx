import { useEffect, useMemo } from 'react';
import { bolehMemanggil } from '../../shared/akses/izin';
import { PERAN_LABEL } from '../../shared/akses/peran';
import type { MethodName } from '../../shared/api';
import { JejakAudit } from '../audit/JejakAudit';
import { Cadangan } from '../cadangan/Cadangan';
import { PengaturanNaskah } from '../naskah/PengaturanNaskah';
import { PeriksaQr } from '../naskah/PeriksaQr';
import { SusunNaskah } from '../naskah/SusunNaskah';
import { Gerbang, type Sesi } from '../akses/Gerbang';
import { Dasbor } from '../dasbor/Dasbor';
import { KotakDisposisi } from '../disposisi/KotakDisposisi';
import { Laporan } from '../laporan/Laporan';
import { Organisasi } from '../organisasi/Organisasi';
import { RegisterNomor } from '../register/RegisterNomor';
import { DaftarSuratKeluar } from '../surat-keluar/DaftarSuratKeluar';
import { DetailSuratKeluar } from '../surat-keluar/DetailSuratKeluar';
import { KonsepBaru } from '../surat-keluar/KonsepBaru';
import { DaftarSuratMasuk } from '../surat-masuk/DaftarSuratMasuk';
import { CatatSuratMasuk } from '../surat-masuk/CatatSuratMasuk';
import { DetailSuratMasuk } from '../surat-masuk/DetailSuratMasuk';
import { href, layarInduk, pergi, useRute, type Layar, type Rute } from './rute';
import { PenjagaLayar } from '../ui/PenjagaLayar';

/** `perlu`: the screen is listed only for those who may call this method (everyone in a trusted preview). */
const MENU: { layar: Parameters<typeof href>[0]; label: string; perlu?: MethodName }[] = [
  { layar: 'dasbor', label: 'Dasbor' },
  { layar: 'surat-masuk', label: 'Surat Masuk' },
  { layar: 'disposisi', label: 'Disposisi Saya' },
  { layar: 'surat-keluar', label: 'Surat Keluar' },
  { layar: 'register', label: 'Register Nomor' },
  { layar: 'laporan', label: 'Laporan' },
  { layar: 'organisasi', label: 'Organisasi' },
  { layar: 'periksa-qr', label: 'Periksa QR' },
  { layar: 'audit', label: 'Jejak Audit', perlu: 'audit.list' },
  { layar: 'cadangan', label: 'Cadangan', perlu: 'cadangan.settings.update' },
  { layar: 'pengaturan-naskah', label: 'Pengaturan Naskah', perlu: 'naskah.pengaturan.save' },
];

/** Lists fill the window so their own scrollbar is the only one. */
const LAYAR_PENUH: Layar[] = ['surat-masuk', 'surat-keluar'];

function Layar({ rute }: { rute: Rute }) {
  switch (rute.layar) {
    case 'surat-masuk':
      return <DaftarSuratMasuk query={rute.query} />;
    case 'surat-masuk-baru':
      return <CatatSuratMasuk />;
    case 'surat-masuk-detail':
      return <DetailSuratMasuk id={rute.id!} />;
    case 'disposisi':
      return <KotakDisposisi />;
    case 'surat-keluar':
      return <DaftarSuratKeluar query={rute.query} />;
    case 'surat-keluar-baru':
      return <KonsepBaru />;
    case 'surat-keluar-detail':
      return <DetailSuratKeluar id={rute.id!} />;
    case 'surat-keluar-naskah':
      return <SusunNaskah id={rute.id!} />;
    case 'periksa-qr':
      return <PeriksaQr query={rute.query} />;
    case 'audit':
      return <JejakAudit />;
    case 'cadangan':
      return <Cadangan />;
    case 'pengaturan-naskah':
      return <PengaturanNaskah />;
    case 'register':
      return <RegisterNomor />;
    case 'laporan':
      return <Laporan />;
    case 'organisasi':
      return <Organisasi />;
    default:
      return <Dasbor />;
  }
}

export function App() {
  return <Gerbang>{(sesi) => <Kerangka sesi={sesi} />}</Gerbang>;
}

function Kerangka({ sesi }: { sesi: Sesi }) {
  const rute = useRute();
  const peran = sesi.pengguna?.peran;
  const menu = useMemo(() => MENU.filter((m) => !m.perlu || !peran || bolehMemanggil(m.perlu, peran)), [peran]);

  // Alt+1 … Alt+9 jump between the screens named in the menu, for people who live on the keyboard.
  useEffect(() => {
    const tekan = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return;
      const m = menu[Number(e.key) - 1];
      if (m) {
        e.preventDefault();
        pergi(href(m.layar));
      }
    };
    window.addEventListener('keydown', tekan);
    return () => window.removeEventListener('keydown', tekan);
  }, [menu]);

  const induk = layarInduk(rute.layar);
  return (
    <div className="aplikasi">
      <nav className="navigasi" aria-label="Menu utama">
        <div className="navigasi__merek">
          <strong>Sekretariat</strong>
          <span>Umum dan Kepegawaian</span>
        </div>
        <ul>
          {menu.map((m, i) => (
            <li key={m.layar}>
              <a href={href(m.layar)} aria-current={induk === m.layar ? 'page' : undefined} aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}>
                {m.label}
                {i < 9 && <kbd aria-hidden="true">Alt+{i + 1}</kbd>}
              </a>
            </li>
          ))}
        </ul>
        {sesi.pengguna && (
          <div className="navigasi__pengguna">
            {sesi.pengguna.nama}
            <span>{sesi.pengguna.peran.map((p) => PERAN_LABEL[p]).join(', ')}</span>
            <button type="button" className="tombol tombol--kecil" onClick={sesi.keluar}>
              Keluar
            </button>
          </div>
        )}
      </nav>
      <main className={LAYAR_PENUH.includes(rute.layar) ? 'isi isi--penuh' : 'isi'}>
        <PenjagaLayar key={`${rute.layar}-${rute.id ?? ''}`}>
          <Layar rute={rute} />
        </PenjagaLayar>
      </main>
    </div>
  );
}
