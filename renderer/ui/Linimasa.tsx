import type { Riwayat } from '../../shared/api';
import { formatWaktu } from '../../shared/format/tanggal';
import { Aktor } from './Aktor';

/** A letter's timeline, oldest first: it is read as the story of the letter. */
export function Linimasa({ riwayat }: { riwayat: Riwayat[] }) {
  return (
    <section className="kartu" aria-labelledby="judul-riwayat">
      <h2 id="judul-riwayat">Riwayat</h2>
      {riwayat.length === 0 ? (
        <p className="samar">Belum ada riwayat.</p>
      ) : (
        <ol className="linimasa">
          {riwayat.map((r) => (
            <li key={r.id}>
              <time dateTime={r.waktu}>{formatWaktu(r.waktu)}</time>
              <span className="linimasa__uraian">{r.uraian}</span>
              <span className="linimasa__aktor">
                oleh <Aktor aktor={r.aktor} nama={r.namaAktor} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
