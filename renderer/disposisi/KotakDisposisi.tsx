import { useId, useState } from 'react';
import { formatTanggal } from '../../shared/format/tanggal';
import { STATUS_PENERIMA, STATUS_PENERIMA_LABEL, type StatusPenerima } from '../../shared/surat/enums';
import { useMuat } from '../api/useMuat';
import { href } from '../app/rute';
import { usePengiriman } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { lewatBatas, namaJabatan } from '../ui/label';
import { LencanaStatus } from '../ui/Lencana';
import { GagalMuat, Pesan } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';
import { AksiPenerima } from './AksiPenerima';

const KUNCI_JABATAN = 'disposisi-saya:jabatan';

/** A bidang or subbag's inbox: the dispositions one jabatan has received, with the same actions as on the letter. */
export function KotakDisposisi() {
  const id = useId();
  const jabatan = useMuat('jabatan.list', {});
  const [jabatanId, setJabatanId] = useState(() => localStorage.getItem(KUNCI_JABATAN) ?? '');
  const [status, setStatus] = useState<StatusPenerima | ''>('');
  const kotak = useMuat('disposisi.inbox', jabatanId ? { jabatanId: Number(jabatanId), ...(status ? { status } : {}), limit: 500 } : null);
  const kirim = usePengiriman();

  const pilihJabatan = (v: string) => {
    setJabatanId(v);
    localStorage.setItem(KUNCI_JABATAN, v);
  };

  return (
    <Halaman judul="Disposisi Saya" sub="Disposisi yang diterima satu jabatan; pilihan jabatan diingat di komputer ini.">
      <div className="saring">
        <div className="bidang">
          <label htmlFor={`${id}-jabatan`}>Jabatan</label>
          <select id={`${id}-jabatan`} value={jabatanId} onChange={(e) => pilihJabatan(e.target.value)}>
            <option value="">— Pilih jabatan —</option>
            {(jabatan.data ?? [])
              .filter((j) => j.aktif)
              .map((j) => (
                <option key={j.id} value={j.id}>
                  {namaJabatan(j)}
                </option>
              ))}
          </select>
        </div>
        <div className="bidang">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as StatusPenerima | '')}>
            <option value="">Semua</option>
            {STATUS_PENERIMA.map((s) => (
              <option key={s} value={s}>
                {STATUS_PENERIMA_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      {kotak.galat && <GagalMuat pesan={kotak.galat.message} ulang={kotak.muatUlang} />}
      {!jabatanId ? (
        <p className="samar">Pilih jabatan untuk melihat disposisinya.</p>
      ) : kotak.data?.length === 0 ? (
        <p className="samar">Tidak ada disposisi{status ? ` berstatus ${STATUS_PENERIMA_LABEL[status].toLowerCase()}` : ''}.</p>
      ) : (
        <Tabel
          data={kotak.data ?? []}
          kunci={(d) => d.penerimaId}
          kelasBaris={(d) => (lewatBatas(d.batasWaktu, d.status) ? 'lewat' : undefined)}
          kolom={[
            { judul: 'No. agenda', sel: (d) => <a href={href('surat-masuk', d.suratMasukId)}>{`${d.nomorAgenda}/${d.tahunAgenda}`}</a> },
            {
              judul: 'Surat',
              sel: (d) => (
                <>
                  <strong>{d.perihal}</strong>
                  <br />
                  <span className="samar">{d.asal}</span>
                </>
              ),
            },
            {
              judul: 'Dari · instruksi',
              sel: (d) => (
                <>
                  {d.dariJabatan}, {formatTanggal(d.tanggal)}
                  {d.utama && <span className="lencana lencana--info">Utama</span>}
                  <br />
                  <span className="samar">{[d.instruksi.join(', '), d.catatan].filter(Boolean).join(' — ')}</span>
                </>
              ),
            },
            { judul: 'Batas waktu', sel: (d) => (d.batasWaktu ? formatTanggal(d.batasWaktu) : '—') },
            { judul: 'Status', sel: (d) => <LencanaStatus status={d.status} /> },
            {
              judul: 'Tindakan',
              sel: (d) => <AksiPenerima penerimaId={d.penerimaId} status={d.status} jabatan={d.jabatan} kirim={kirim} onBerubah={kotak.muatUlang} bolehTarik={false} />,
            },
          ]}
        />
      )}
    </Halaman>
  );
}
