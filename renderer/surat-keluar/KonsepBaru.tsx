import { href, pergi } from '../app/rute';
import { Halaman } from '../ui/Halaman';
import { FormSuratKeluar } from './FormSuratKeluar';

export function KonsepBaru() {
  return (
    <Halaman
      judul="Konsep Surat Keluar"
      sub="Nomor diberikan sesudah surat ditandatangani."
      aksi={
        <a className="tombol" href={href('surat-keluar')}>
          Ke daftar surat keluar
        </a>
      }
    >
      <FormSuratKeluar onTersimpan={(s) => pergi(href('surat-keluar', s.id))} />
    </Halaman>
  );
}
