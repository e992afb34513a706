import { useState, type ReactNode } from 'react';
import { usePengiriman } from './form';
import { Pesan } from './Pesan';
import { Tabel, type Kolom } from './Tabel';

/**
 * A reference table (unit, jabatan, pegawai): the rows, an "Ubah" per row, a "Tambah" button, and
 * the form for whichever is chosen. The form reports back with a message; the list then reloads.
 */
export function Kelola<T>({
  judul,
  labelTambah,
  data,
  kolom,
  kunci,
  nama,
  form,
  aksiBaris,
  onBerubah,
}: {
  judul: string;
  labelTambah: string;
  data: T[];
  kolom: Kolom<T>[];
  kunci: (b: T) => number;
  nama: (b: T) => string;
  form: (pilihan: T | undefined, selesai: (pesan: string) => void, batal: () => void) => ReactNode;
  aksiBaris?: (b: T) => ReactNode;
  onBerubah: () => void;
}) {
  const [pilih, setPilih] = useState<T | 'baru' | null>(null);
  const kirim = usePengiriman();
  const selesai = (pesan: string) => {
    setPilih(null);
    kirim.setSukses(pesan);
    onBerubah();
  };
  const terpilih = pilih === 'baru' ? undefined : (pilih ?? undefined);

  return (
    <section className="halaman" aria-label={judul}>
      <div className="baris-tombol">
        <button type="button" className="tombol tombol--utama" onClick={() => setPilih('baru')}>
          {labelTambah}
        </button>
      </div>
      <Pesan sukses={kirim.sukses} />
      {pilih !== null && <div key={terpilih ? kunci(terpilih) : 'baru'}>{form(terpilih, selesai, () => setPilih(null))}</div>}
      <div className="kartu" style={{ padding: 0, overflow: 'hidden' }}>
        <Tabel
          data={data}
          kunci={kunci}
          kolom={[
            ...kolom,
            {
              judul: 'Tindakan',
              sel: (b) => (
                <div className="baris-tombol">
                  <button type="button" className="tombol tombol--kecil" aria-label={`Ubah ${nama(b)}`} onClick={() => setPilih(b)}>
                    Ubah
                  </button>
                  {aksiBaris?.(b)}
                </div>
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}
