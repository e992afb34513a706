import { useId, useState } from 'react';
import type { Register } from '../../shared/api';
import { formatTanggal } from '../../shared/format/tanggal';
import { useMuat } from '../api/useMuat';
import { href } from '../app/rute';
import { hariIni } from '../ui/label';
import { GagalMuat } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';

/** Every number a register issued in a year, sisipan and cancelled ones included: the book auditors ask for. */
export function BukuNomor({ reg }: { reg: Register }) {
  const id = useId();
  const [tahun, setTahun] = useState(() => Number(hariIni().slice(0, 4)));
  const buku = useMuat('register.book', Number.isInteger(tahun) && tahun >= 1900 && tahun <= 2200 ? { kode: reg.kode, tahun } : null);
  return (
    <section className="kartu" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>Buku nomor {reg.nama}</h2>
      <div className="saring">
        <div className="bidang">
          <label htmlFor={`${id}-tahun`}>Tahun</label>
          <input id={`${id}-tahun`} type="number" value={tahun} onChange={(e) => setTahun(Number(e.target.value))} />
        </div>
      </div>
      {buku.galat && <GagalMuat pesan={buku.galat.message} ulang={buku.muatUlang} />}
      {buku.data?.length === 0 && <p className="samar">Belum ada nomor terbit pada {tahun}.</p>}
      {buku.data && buku.data.length > 0 && (
        <div className="tabel-kecil">
          <Tabel
            data={buku.data}
            kunci={(n) => n.id}
            kolom={[
              {
                judul: 'Nomor',
                sel: (n) => (
                  <>
                    <a href={href('surat-keluar', n.suratKeluarId)}>{n.nomor}</a>
                    {n.sisipan > 0 && <span className="lencana lencana--info">Sisipan</span>}
                  </>
                ),
              },
              { judul: 'Tanggal', sel: (n) => formatTanggal(n.tanggal) },
              { judul: 'Tujuan · perihal', sel: (n) => `${n.tujuan} · ${n.perihal}` },
              {
                judul: 'Status',
                sel: (n) =>
                  n.status === 'terbit' ? (
                    <span className="lencana lencana--baik">Terbit</span>
                  ) : (
                    <>
                      <span className="lencana lencana--netral">Dibatalkan</span> {n.alasan}
                    </>
                  ),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
