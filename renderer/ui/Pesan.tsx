import type { ReactNode } from 'react';
import type { Muat } from '../api/useMuat';

/**
 * The two live regions of a form or action area. They are always in the DOM (a live region that
 * appears together with its text is often not announced) and take no space while empty.
 */
export function Pesan({ galat, sukses }: { galat?: ReactNode; sukses?: ReactNode }) {
  return (
    <>
      <div role="alert" className={galat ? 'pesan pesan--galat' : 'pesan--kosong'}>
        {galat}
      </div>
      <div role="status" className={sukses ? 'pesan pesan--sukses' : 'pesan--kosong'}>
        {sukses}
      </div>
    </>
  );
}

/** A read failure (list or detail), with a retry. */
export function GagalMuat({ pesan, ulang }: { pesan: string; ulang?: () => void }) {
  return (
    <div role="alert" className="pesan pesan--galat">
      {pesan}{' '}
      {ulang && (
        <button type="button" className="tombol tombol--kecil" onClick={ulang}>
          Coba lagi
        </button>
      )}
    </div>
  );
}

/**
 * What to show instead of a screen whose reads are not all in yet: the first failure (with a retry
 * of every read) or a short "Memuat…". Null once everything has arrived.
 */
export function belumSiap(...muat: Pick<Muat<unknown>, 'data' | 'galat' | 'muatUlang'>[]): ReactNode {
  const gagal = muat.find((m) => m.galat);
  if (gagal) return <GagalMuat pesan={gagal.galat!.message} ulang={() => muat.forEach((m) => m.muatUlang())} />;
  if (muat.some((m) => m.data === undefined)) return <p className="samar">Memuat…</p>;
  return null;
}
