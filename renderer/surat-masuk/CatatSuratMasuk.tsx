import { useState } from 'react';
import type { SuratMasuk, SuratMasukBaru } from '../../shared/api';
import { href } from '../app/rute';
import { Halaman } from '../ui/Halaman';
import { FormSuratMasuk } from './FormSuratMasuk';
import { PeringatanDuplikat } from './PeringatanDuplikat';

const nomorAgenda = (s: SuratMasuk) => `${s.nomorAgenda}/${s.tahunAgenda}`;

/**
 * The agendaris writes the nomor agenda on the paper letter: it has to be the biggest thing on screen,
 * and it stays while the next letter is typed, so it says it is the last one saved, not the current form.
 */
export function CatatSuratMasuk() {
  const [terakhir, setTerakhir] = useState<SuratMasukBaru>();
  return (
    <Halaman
      judul="Catat Surat Masuk"
      sub="Nomor agenda diberikan otomatis saat disimpan."
      aksi={
        <a className="tombol" href={href('surat-masuk')}>
          Ke buku agenda
        </a>
      }
    >
      <div role="status" className={terakhir ? 'kartu hasil-agenda' : 'pesan--kosong'}>
        {terakhir && (
          <>
            <p>
              Terakhir tersimpan — surat dari {terakhir.asal}: <strong>Nomor agenda {nomorAgenda(terakhir)}</strong>
            </p>
            <p className="petunjuk">Tulis nomor ini pada surat. Formulir di bawah siap untuk surat berikutnya.</p>
            <PeringatanDuplikat duplikat={terakhir.kemungkinanDuplikat} sudahTersimpan />
            <div className="baris-tombol">
              <a className="tombol tombol--utama" href={href('surat-masuk', terakhir.id)}>
                Buka dan disposisikan
              </a>
            </div>
          </>
        )}
      </div>
      <FormSuratMasuk onTersimpan={(s) => setTerakhir(s as SuratMasukBaru)} />
    </Halaman>
  );
}
