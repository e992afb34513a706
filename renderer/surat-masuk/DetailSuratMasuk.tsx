import { api } from '../../shared/api';
import { formatTanggal } from '../../shared/format/tanggal';
import { KEAMANAN_LABEL, URGENSI_LABEL } from '../../shared/surat/enums';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { href } from '../app/rute';
import { FormDisposisi } from '../disposisi/FormDisposisi';
import { PohonDisposisi } from '../disposisi/PohonDisposisi';
import { FormAlasan } from '../ui/FormAlasan';
import { usePengiriman } from '../ui/form';
import { usePanel } from '../ui/panel';
import { DataSurat, Halaman } from '../ui/Halaman';
import { LencanaSifat, LencanaStatus } from '../ui/Lencana';
import { Linimasa } from '../ui/Linimasa';
import { GagalMuat, Pesan } from '../ui/Pesan';
import { SimpanBerkas } from '../ui/SimpanBerkas';
import { FormSuratMasuk } from './FormSuratMasuk';
import { kodeDenganNama } from '../ui/label';
import { Lampiran } from './Lampiran';

type Panel = 'disposisi' | 'cetak' | 'ubah' | 'batal';

/** A cancelled entry may still list the disposisi it had (all withdrawn), but takes no new one. */
function keteranganDisposisi(batal: boolean, ada: boolean) {
  const teks = batal ? (ada ? 'Surat dibatalkan; tidak didisposisikan lagi.' : 'Surat dibatalkan; tidak didisposisikan.') : ada ? null : 'Surat ini belum didisposisikan.';
  return teks && <p className="samar">{teks}</p>;
}

/** One incoming letter: its data, scans, the disposisi tree with every branch's progress, and its story. */
export function DetailSuratMasuk({ id }: { id: number }) {
  const { data: s, galat, muatUlang } = useMuat('suratMasuk.get', { id });
  const { panel, buka, tutup } = usePanel<Panel>();
  const kirim = usePengiriman();

  if (galat && !s) return <GagalMuat pesan={galat.message} ulang={muatUlang} />;
  if (!s) return <p className="samar">Memuat surat…</p>;
  const agenda = `${s.nomorAgenda}/${s.tahunAgenda}`;
  const batal = s.status === 'dibatalkan';

  return (
    <Halaman
      judul={`Surat Masuk ${agenda}`}
      sub={
        <>
          <LencanaStatus status={s.status} /> <LencanaSifat urgensi={s.urgensi} keamanan={s.klasifikasiKeamanan} /> {s.perihal}
        </>
      }
      aksi={
        <>
          {!batal && (
            <>
              <button type="button" className="tombol tombol--utama" aria-expanded={panel === 'disposisi'} onClick={() => buka('disposisi')}>
                Disposisikan
              </button>
              <button type="button" className="tombol" aria-expanded={panel === 'cetak'} onClick={() => buka('cetak')}>
                Cetak lembar disposisi
              </button>
              <button type="button" className="tombol" aria-expanded={panel === 'ubah'} onClick={() => buka('ubah')}>
                Ubah data
              </button>
            </>
          )}
          {s.status === 'belum_didisposisi' && (
            <button type="button" className="tombol tombol--bahaya" aria-expanded={panel === 'batal'} onClick={() => buka('batal')}>
              Batalkan catatan
            </button>
          )}
          <a className="tombol" href={href('surat-masuk')}>
            Buku agenda
          </a>
        </>
      }
    >
      {panel === 'cetak' && (
        <section className="kartu" aria-label="Cetak lembar disposisi">
          <h2>Lembar disposisi</h2>
          <p className="samar">PDF setengah folio berisi data agenda, penerima, instruksi, dan catatan disposisi untuk dicetak dan diparaf.</p>
          <SimpanBerkas
            namaBawaan={`lembar-disposisi-${s.nomorAgenda}-${s.tahunAgenda}.pdf`}
            ekstensi="pdf"
            labelTombol="Simpan PDF"
            autoFocus
            ekspor={(tujuan) => call('laporan.export', { jenis: 'lembar-disposisi', format: 'pdf', suratMasukId: s.id, ...tujuan })}
            pesanSukses={(r) => (
              <>
                Lembar disposisi tersimpan di <code className="path">{r.path}</code>
              </>
            )}
          />
        </section>
      )}
      {panel === 'ubah' && (
        <FormSuratMasuk
          surat={s}
          onTersimpan={() => {
            tutup();
            kirim.setSukses('Data surat diperbarui.');
            muatUlang();
          }}
        />
      )}
      {panel === 'batal' && (
        <FormAlasan
          judul={`Batalkan catatan ${agenda}`}
          keterangan="Untuk surat yang tercatat ganda atau keliru. Nomor agenda tetap di buku agenda dengan keterangan dibatalkan dan tidak dipakai lagi; surat tidak dapat diubah atau didisposisikan sesudahnya."
          skema={api['suratMasuk.batalkan'].input}
          tombol="Batalkan catatan ini"
          id={s.id}
          jalankan={(v) => call('suratMasuk.batalkan', v)}
          onSelesai={() => {
            tutup();
            kirim.setSukses(`Catatan ${agenda} dibatalkan.`);
            muatUlang();
          }}
          onBatal={tutup}
        />
      )}
      {panel === 'disposisi' && (
        <FormDisposisi
          suratMasukId={s.id}
          onBatal={tutup}
          onSelesai={(pesan) => {
            tutup();
            kirim.setSukses(pesan);
            muatUlang();
          }}
        />
      )}
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      {batal && (
        <div className="pesan pesan--awas" role="note" aria-label="Catatan dibatalkan">
          {/* Why it was cancelled is the first thing anyone opening a cancelled entry asks. */}
          {s.riwayat.findLast((r) => r.aksi === 'dibatalkan')?.uraian ?? 'Catatan ini dibatalkan.'}
        </div>
      )}

      <div className="dua-kolom">
        <div className="halaman">
          <section className="kartu" aria-label="Data surat">
            <DataSurat
              baris={[
                ['Nomor agenda', <span className="nomor-besar">{agenda}</span>],
                ['Tanggal terima', formatTanggal(s.tanggalTerima)],
                ['Asal surat', s.asal],
                ['Nomor surat', s.nomorSurat],
                ['Tanggal surat', formatTanggal(s.tanggalSurat)],
                ['Perihal', s.perihal],
                ['Ringkasan', s.ringkasan],
                ['Lampiran', s.lampiran],
                ['Urgensi', URGENSI_LABEL[s.urgensi]],
                ['Klasifikasi keamanan', KEAMANAN_LABEL[s.klasifikasiKeamanan]],
                ['Kode klasifikasi', kodeDenganNama(s.kodeKlasifikasi, s.namaKlasifikasi)],
              ]}
            />
          </section>

          <section className="kartu" aria-labelledby="judul-disposisi">
            <h2 id="judul-disposisi">Disposisi</h2>
            {s.disposisi.length > 0 && <PohonDisposisi disposisi={s.disposisi} suratMasukId={s.id} kirim={kirim} onBerubah={muatUlang} />}
            {keteranganDisposisi(batal, s.disposisi.length > 0)}
          </section>

          <Lampiran suratId={s.id} berkas={s.berkas} dibatalkan={batal} onBerubah={muatUlang} />
        </div>
        <Linimasa riwayat={s.riwayat} />
      </div>
    </Halaman>
  );
}
