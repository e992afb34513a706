import { useState } from 'react';
import type { Register } from '../../shared/api';
import { useMuat } from '../api/useMuat';
import { usePengiriman } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { angka, hariIni } from '../ui/label';
import { GagalMuat, Pesan } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';
import { BukuNomor } from './BukuNomor';
import { FormRegister } from './FormRegister';
import { nomorTerakhir } from './pratinjau';

type Pilihan = { ubah: Register | 'baru' } | { buku: Register } | null;

/** Numbering registers (surat, nota dinas, keputusan…): their formats, counters and books. */
export function RegisterNomor() {
  const { data, galat, muatUlang } = useMuat('register.list', {});
  const [pilih, setPilih] = useState<Pilihan>(null);
  const kirim = usePengiriman();
  const tahun = Number(hariIni().slice(0, 4));

  return (
    <Halaman
      judul="Register Nomor"
      sub="Format nomor per register dan nomor terakhir per tahun."
      aksi={
        <button type="button" className="tombol" onClick={() => setPilih({ ubah: 'baru' })}>
          Register baru
        </button>
      }
    >
      {galat && <GagalMuat pesan={galat.message} ulang={muatUlang} />}
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      {data && (
        <div className="kartu" style={{ padding: 0, overflow: 'hidden' }}>
          <Tabel
            data={data}
            kunci={(r) => r.kode}
            kolom={[
              {
                judul: 'Register',
                sel: (r) => (
                  <>
                    <strong>{r.nama}</strong> <span className="samar">({r.kode})</span>
                  </>
                ),
              },
              { judul: 'Format', sel: (r) => <code>{r.format}</code> },
              { judul: `Nomor terakhir ${tahun}`, kelas: 'angka', sel: (r) => angka(nomorTerakhir(r, tahun)) },
              { judul: 'Status', sel: (r) => (r.aktif ? <span className="lencana lencana--baik">Aktif</span> : <span className="lencana lencana--netral">Tidak aktif</span>) },
              {
                judul: 'Tindakan',
                sel: (r) => (
                  <div className="baris-tombol">
                    <button type="button" className="tombol tombol--kecil" onClick={() => setPilih({ ubah: r })} aria-label={`Ubah ${r.nama}`}>
                      Ubah
                    </button>
                    <button type="button" className="tombol tombol--kecil" onClick={() => setPilih({ buku: r })} aria-label={`Buku nomor ${r.nama}`}>
                      Buku nomor
                    </button>
                  </div>
                ),
              },
            ]}
          />
        </div>
      )}
      {pilih && 'ubah' in pilih && (
        <FormRegister
          key={pilih.ubah === 'baru' ? 'baru' : pilih.ubah.kode}
          reg={pilih.ubah === 'baru' ? undefined : pilih.ubah}
          onBatal={() => setPilih(null)}
          onSelesai={(r) => {
            setPilih(null);
            kirim.setSukses(`${r.nama} tersimpan.`);
            muatUlang();
          }}
        />
      )}
      {pilih && 'buku' in pilih && <BukuNomor key={pilih.buku.kode} reg={pilih.buku} />}
    </Halaman>
  );
}
