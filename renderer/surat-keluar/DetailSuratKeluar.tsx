import { useRef, type ReactNode } from 'react';
import type { SuratKeluarDetail } from '../../shared/api';
import { formatTanggal, formatWaktu } from '../../shared/format/tanggal';
import { CARA_KIRIM_LABEL, KEAMANAN_LABEL, URGENSI_LABEL } from '../../shared/surat/enums';
import { useMuat } from '../api/useMuat';
import { href, hrefNaskah } from '../app/rute';
import { usePengiriman } from '../ui/form';
import { usePanel } from '../ui/panel';
import { DataSurat, Halaman } from '../ui/Halaman';
import { LencanaSifat, LencanaStatus } from '../ui/Lencana';
import { Linimasa } from '../ui/Linimasa';
import { GagalMuat, Pesan } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';
import { FormSuratKeluar } from './FormSuratKeluar';
import { pemarafBerikutnya, rantaiParaf } from './paraf';
import { kodeDenganNama } from '../ui/label';
import { LangkahBatalNomor, LangkahEkspedisi, LangkahNomor, LangkahParaf, LangkahTandaTangan } from './LangkahSurat';

function RantaiParaf({ s }: { s: SuratKeluarDetail }) {
  return (
    <section className="kartu" aria-labelledby="judul-paraf">
      <h2 id="judul-paraf">Rantai paraf</h2>
      {s.paraf.length === 0 ? (
        <p className="samar">Belum ada paraf.</p>
      ) : (
        <Tabel
          data={s.paraf}
          kunci={(p) => p.id}
          kolom={[
            {
              judul: 'Jabatan',
              sel: (p) => (
                <>
                  {p.jabatan}
                  {p.jenis === 'koordinasi' && <span className="samar"> (koordinasi)</span>}
                </>
              ),
            },
            {
              judul: 'Hasil',
              sel: (p) =>
                p.hasil === 'setuju' ? <span className="lencana lencana--baik">Diparaf</span> : <span className="lencana lencana--bahaya">Dikembalikan</span>,
            },
            { judul: 'Catatan', sel: (p) => p.catatan ?? '—' },
            { judul: 'Waktu', sel: (p) => formatWaktu(p.waktu) },
          ]}
        />
      )}
    </section>
  );
}

function Ekspedisi({ s }: { s: SuratKeluarDetail }) {
  if (s.ekspedisi.length === 0) return null;
  return (
    <section className="kartu" aria-labelledby="judul-ekspedisi">
      <h2 id="judul-ekspedisi">Pengiriman</h2>
      <Tabel
        data={s.ekspedisi}
        kunci={(e) => e.id}
        kolom={[
          { judul: 'Tanggal kirim', sel: (e) => formatTanggal(e.tanggalKirim) },
          { judul: 'Cara', sel: (e) => CARA_KIRIM_LABEL[e.cara] },
          { judul: 'Penerima', sel: (e) => e.penerimaNama ?? '—' },
          { judul: 'Keterangan', sel: (e) => e.keterangan ?? '—' },
        ]}
      />
    </section>
  );
}

/**
 * One outgoing letter. Only the steps its status allows are offered, in the order they happen:
 * paraf → tanda tangan → nomor → pengiriman.
 */
export function DetailSuratKeluar({ id }: { id: number }) {
  const { data: s, galat, muatUlang } = useMuat('suratKeluar.get', { id });
  const jabatan = useMuat('jabatan.list', {});
  const jenis = useMuat('jenisNaskah.list', {});
  // After a step the keyboard goes on to the next step's first field (Paraf → Tanda tangan → Beri nomor → Kirim).
  const langkah = useRef<HTMLDivElement>(null);
  const { panel, buka, tutup, ingat } = usePanel<'ubah' | 'batal'>(langkah);
  const kirim = usePengiriman();

  if (galat && !s) return <GagalMuat pesan={galat.message} ulang={muatUlang} />;
  if (!s || !jabatan.data) return <p className="samar">Memuat surat…</p>;

  const selesai = (pesan: ReactNode) => {
    tutup();
    kirim.setGalat(null);
    kirim.setSukses(pesan);
    muatUlang();
  };
  // A step's form is replaced by the next step once the letter reloads: its button is the one to leave.
  const selesaiLangkah = (pesan: ReactNode) => {
    ingat();
    selesai(pesan);
  };
  const bolehUbah = ['konsep', 'dikembalikan', 'diparaf'].includes(s.status);
  const rantai = rantaiParaf(jabatan.data, s);
  const rantaiLengkap = s.status === 'diparaf' && rantai.length > 0 && !pemarafBerikutnya(rantai, s);
  const namaJenis = jenis.data?.find((j) => j.slug === s.jenisNaskah)?.nama ?? s.jenisNaskah;

  return (
    <Halaman
      judul={s.nomor ? `Surat Keluar ${s.nomor}` : bolehUbah ? `Konsep ${namaJenis}` : `${namaJenis} (belum bernomor)`}
      sub={
        <>
          <LencanaStatus status={s.status} /> <LencanaSifat urgensi={s.urgensi} keamanan={s.klasifikasiKeamanan} /> {s.perihal}
        </>
      }
      aksi={
        <>
          {bolehUbah && (
            <button type="button" className="tombol" aria-expanded={panel === 'ubah'} onClick={() => buka('ubah')}>
              Ubah konsep
            </button>
          )}
          {s.nomor && (
            <button type="button" className="tombol tombol--bahaya" aria-expanded={panel === 'batal'} onClick={() => buka('batal')}>
              Batalkan Nomor
            </button>
          )}
          <a className="tombol tombol--utama" href={hrefNaskah(s.id)}>
            Susun naskah
          </a>
          <a className="tombol" href={href('surat-keluar')}>
            Daftar surat keluar
          </a>
        </>
      }
    >
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      {panel === 'ubah' && <FormSuratKeluar surat={s} onTersimpan={() => selesai('Konsep diperbarui.')} />}
      {panel === 'batal' && <LangkahBatalNomor s={s} onSelesai={selesai} onBatal={tutup} />}

      <div className="dua-kolom">
        <div className="halaman">
          <div ref={langkah}>
            {/* Once the suggested paraf chain is complete, signing is the next step: it comes first (and takes the focus). */}
            {rantaiLengkap && <LangkahTandaTangan s={s} jabatan={jabatan.data} onSelesai={selesaiLangkah} />}
            {['konsep', 'dikembalikan', 'diparaf'].includes(s.status) && <LangkahParaf key={s.paraf.length} s={s} jabatan={jabatan.data} onSelesai={selesaiLangkah} />}
            {['konsep', 'diparaf'].includes(s.status) && !rantaiLengkap && <LangkahTandaTangan s={s} jabatan={jabatan.data} onSelesai={selesaiLangkah} />}
            {s.status === 'ditandatangani' && <LangkahNomor s={s} jabatan={jabatan.data} onSelesai={selesaiLangkah} />}
            {['bernomor', 'dikirim'].includes(s.status) && <LangkahEkspedisi s={s} onSelesai={selesaiLangkah} />}
          </div>

          <section className="kartu" aria-label="Data surat">
            <DataSurat
              baris={[
                ['Nomor', s.nomor ? <span className="nomor-besar">{s.nomor}</span> : 'Belum bernomor'],
                ['Jenis naskah', namaJenis],
                ['Tanggal surat', formatTanggal(s.tanggal)],
                ['Tujuan', s.tujuan],
                ['Perihal', s.perihal],
                ['Kode klasifikasi', kodeDenganNama(s.kodeKlasifikasi, s.namaKlasifikasi)],
                ['Register', s.namaRegister],
                ['Unit pengolah', s.unitPengolah],
                ['Penandatangan', s.penandatangan],
                ['Ditandatangani', formatTanggal(s.ditandatanganiTanggal)],
                ['Urgensi', URGENSI_LABEL[s.urgensi]],
                ['Klasifikasi keamanan', KEAMANAN_LABEL[s.klasifikasiKeamanan]],
                ['Lampiran', s.lampiran],
                ['Ringkasan', s.ringkasan],
              ]}
            />
          </section>
          <RantaiParaf s={s} />
          <Ekspedisi s={s} />
        </div>
        <Linimasa riwayat={s.riwayat} />
      </div>
    </Halaman>
  );
}
