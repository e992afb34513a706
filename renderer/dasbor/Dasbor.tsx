import type React from 'react';
import { formatHariTanggal, formatTanggal } from '../../shared/format/tanggal';
import { STATUS_PENERIMA_LABEL } from '../../shared/surat/enums';
import { useMuat } from '../api/useMuat';
import { href } from '../app/rute';
import { Halaman } from '../ui/Halaman';
import { angka } from '../ui/label';
import { LencanaSifat } from '../ui/Lencana';
import { GagalMuat } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';

/** `tujuan` is a route, or the id of a section on this screen (hash links would change the route). */
function Penghitung({ nilai, label, tujuan, nada }: { nilai: number; label: string; tujuan: string; nada?: 'perlu' | 'gawat' }) {
  const bagian = tujuan.startsWith('#/') ? null : tujuan;
  const ke = (e: React.MouseEvent) => {
    if (!bagian) return;
    e.preventDefault();
    const el = document.getElementById(bagian);
    el?.scrollIntoView({ behavior: 'smooth' });
    el?.focus();
  };
  return (
    <a href={bagian ? '#/dasbor' : tujuan} onClick={ke} className={nilai > 0 ? nada : undefined}>
      <strong>{angka(nilai)}</strong>
      {label}
    </a>
  );
}

/** What needs doing today, most urgent first; every number leads to the list behind it. */
export function Dasbor() {
  const { data: d, galat, muatUlang } = useMuat('dashboard.get', {});
  return (
    <Halaman
      judul="Dasbor"
      sub={d ? formatHariTanggal(d.tanggal) : undefined}
      aksi={
        <>
          <a className="tombol tombol--utama" href={href('surat-masuk', 'baru')}>
            Catat Surat Masuk
          </a>
          <a className="tombol" href={href('surat-keluar', 'baru')}>
            Konsep Surat Keluar
          </a>
        </>
      }
    >
      {galat && <GagalMuat pesan={galat.message} ulang={muatUlang} />}
      {d && (
        <>
          <div className="penghitung">
            <Penghitung nilai={d.belumDidisposisi} label="surat belum didisposisi" nada="perlu" tujuan={href('surat-masuk', undefined, { status: 'belum_didisposisi' })} />
            <Penghitung nilai={d.disposisiLewatBatas.length} label="disposisi lewat batas waktu" nada="gawat" tujuan="judul-lewat-batas" />
            <Penghitung nilai={d.suratKeluarMenungguParaf} label="konsep menunggu paraf" nada="perlu" tujuan={href('surat-keluar', undefined, { status: 'konsep' })} />
            <Penghitung
              nilai={d.suratKeluarMenungguNomor}
              label="surat menunggu nomor"
              nada="perlu"
              tujuan={href('surat-keluar', undefined, { status: 'ditandatangani' })}
            />
            <Penghitung nilai={d.suratMasukTahunIni} label="surat masuk tahun ini" tujuan={href('surat-masuk')} />
            <Penghitung nilai={d.suratKeluarTahunIni} label="surat keluar tahun ini" tujuan={href('surat-keluar')} />
          </div>

          <div className="kisi">
            <section className="kartu" aria-labelledby="judul-belum">
              <h2 id="judul-belum">Surat belum didisposisi</h2>
              {d.suratBelumDidisposisi.length === 0 ? (
                <p className="samar">Semua surat sudah didisposisi.</p>
              ) : (
                <Tabel
                  data={d.suratBelumDidisposisi}
                  kunci={(s) => s.id}
                  kolom={[
                    { judul: 'No. agenda', sel: (s) => <a href={href('surat-masuk', s.id)}>{`${s.nomorAgenda}/${s.tahunAgenda}`}</a> },
                    { judul: 'Diterima', sel: (s) => formatTanggal(s.tanggalTerima) },
                    {
                      judul: 'Asal · perihal',
                      sel: (s) => (
                        <>
                          <LencanaSifat urgensi={s.urgensi} keamanan={s.klasifikasiKeamanan} />
                          {s.asal} · {s.perihal}
                        </>
                      ),
                    },
                  ]}
                />
              )}
              {d.belumDidisposisi > d.suratBelumDidisposisi.length && (
                <p>
                  <a href={href('surat-masuk', undefined, { status: 'belum_didisposisi' })}>Lihat semua {angka(d.belumDidisposisi)} surat</a>
                </p>
              )}
            </section>

            <section className="kartu" aria-labelledby="judul-lewat-batas">
              <h2 id="judul-lewat-batas" tabIndex={-1}>Disposisi lewat batas waktu</h2>
              {d.disposisiLewatBatas.length === 0 ? (
                <p className="samar">Tidak ada disposisi yang lewat batas waktu.</p>
              ) : (
                <Tabel
                  data={d.disposisiLewatBatas}
                  kunci={(x) => x.penerimaId}
                  kelasBaris={() => 'lewat'}
                  kolom={[
                    {
                      judul: 'No. agenda',
                      sel: (x) => (
                        <a href={href('surat-masuk', x.suratMasukId)} title={x.perihal}>
                          {`${x.nomorAgenda}/${x.tahunAgenda}`}
                        </a>
                      ),
                    },
                    { judul: 'Kepada', sel: (x) => x.jabatan },
                    { judul: 'Batas waktu', sel: (x) => formatTanggal(x.batasWaktu) },
                    { judul: 'Status', sel: (x) => STATUS_PENERIMA_LABEL[x.status] },
                  ]}
                />
              )}
            </section>
          </div>

          <section className="kartu" aria-labelledby="judul-per-unit">
            <h2 id="judul-per-unit">Disposisi per unit</h2>
            {d.perUnit.length === 0 ? (
              <p className="samar">Belum ada disposisi.</p>
            ) : (
              <Tabel
                data={d.perUnit}
                kunci={(u) => u.unitId ?? 0}
                kelasBaris={(u) => (u.lewatBatas > 0 ? 'lewat' : undefined)}
                kolom={[
                  { judul: 'Unit', sel: (u) => u.unit },
                  { judul: 'Belum dibaca', kelas: 'angka', sel: (u) => angka(u.belumDibaca) },
                  { judul: 'Diproses', kelas: 'angka', sel: (u) => angka(u.diproses) },
                  { judul: 'Selesai', kelas: 'angka', sel: (u) => angka(u.selesai) },
                  { judul: 'Lewat batas', kelas: 'angka', sel: (u) => angka(u.lewatBatas) },
                ]}
              />
            )}
          </section>
        </>
      )}
    </Halaman>
  );
}
