import { useState } from 'react';
import type { Disposisi, PenerimaDisposisi } from '../../shared/api';
import { formatTanggal, formatWaktu } from '../../shared/format/tanggal';
import { STATUS_PENERIMA_LABEL } from '../../shared/surat/enums';
import type { Pengiriman } from '../ui/form';
import { lewatBatas } from '../ui/label';
import { LencanaStatus } from '../ui/Lencana';
import { AksiPenerima } from './AksiPenerima';
import { FormDisposisi } from './FormDisposisi';
import { Aktor } from '../ui/Aktor';

interface Konteks {
  suratMasukId: number;
  kirim: Pengiriman;
  onBerubah: () => void;
}

function Cabang({ p, batasWaktu, k }: { p: PenerimaDisposisi; batasWaktu: string | null; k: Konteks }) {
  const [teruskan, setTeruskan] = useState(false);
  const lewat = lewatBatas(batasWaktu, p.status);
  return (
    <li className={`cabang cabang--${p.status}`}>
      <section aria-label={`Disposisi untuk ${p.jabatan}`}>
        <div className="cabang__judul">
          <span>{p.jabatan}</span>
          {p.utama && <span className="lencana lencana--info">Utama</span>}
          <LencanaStatus status={p.status} />
          {lewat && <span className="lencana lencana--bahaya">Lewat batas waktu</span>}
        </div>
        {p.tindakLanjut.length > 0 && (
          <ul className="cabang__catatan" aria-label={`Catatan ${p.jabatan}`}>
            {p.tindakLanjut.map((t) => (
              <li key={t.id}>
                <time dateTime={t.waktu} className="samar">
                  {formatWaktu(t.waktu)}
                </time>{' '}
                — <strong>{STATUS_PENERIMA_LABEL[t.status]}</strong>
                {t.catatan ? `: ${t.catatan}` : ''}{' '}
                <span className="samar">
                  (<Aktor aktor={t.aktor} nama={t.namaAktor} />)
                </span>
              </li>
            ))}
          </ul>
        )}
        <AksiPenerima penerimaId={p.id} status={p.status} jabatan={p.jabatan} kirim={k.kirim} onBerubah={k.onBerubah} onTeruskan={() => setTeruskan(true)} />
        {teruskan && (
          <FormDisposisi
            suratMasukId={k.suratMasukId}
            asal={{ penerimaId: p.id, jabatanId: p.jabatanId, jabatan: p.jabatan }}
            onBatal={() => setTeruskan(false)}
            onSelesai={(pesan) => {
              setTeruskan(false);
              k.kirim.setSukses(pesan);
              k.onBerubah();
            }}
          />
        )}
        {p.diteruskan.length > 0 && (
          <div className="cabang__teruskan">
            <PohonDisposisi disposisi={p.diteruskan} {...k} />
          </div>
        )}
      </section>
    </li>
  );
}

/** The disposisi chain of one letter: who sent it to whom, how far each branch has got, and why. */
export function PohonDisposisi({ disposisi, ...k }: { disposisi: Disposisi[] } & Konteks) {
  return (
    <>
      {disposisi.map((d) => (
        <div key={d.id} className="disposisi">
          <div className="disposisi__kepala">
            <strong>Dari {d.dariJabatan}</strong>
            <span>{formatTanggal(d.tanggal)}</span>
            {d.batasWaktu && <span>Batas waktu {formatTanggal(d.batasWaktu)}</span>}
          </div>
          {d.instruksi.length > 0 && <p>Instruksi: {d.instruksi.join(', ')}</p>}
          {d.catatan && <p>Catatan: {d.catatan}</p>}
          <ul className="disposisi__penerima">
            {d.penerima.map((p) => (
              <Cabang key={p.id} p={p} batasWaktu={d.batasWaktu} k={k} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
