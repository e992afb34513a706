import { useEffect, useState, type ReactNode } from 'react';
import type { PenggunaSesi } from '../../shared/api';
import { call, saatSesiBerakhir } from '../api/client';
import { keApiError } from '../api/useMuat';
import { GagalMuat } from '../ui/Pesan';
import { FormGantiSandi, FormMasuk, FormSiapkanAdmin } from './FormAkses';

type Keadaan =
  | { tahap: 'memeriksa' }
  | { tahap: 'gagal'; pesan: string }
  | { tahap: 'masuk'; perluSetup: boolean; berakhir: boolean }
  | { tahap: 'ganti-sandi'; pengguna: PenggunaSesi }
  | { tahap: 'siap'; pengguna: PenggunaSesi | null };

export interface Sesi {
  /** Null when the adapter is trusted and needs no sign-in (the browser preview, tools). */
  pengguna: PenggunaSesi | null;
  keluar: () => void;
}

const BATAS_DIAM_MS = 15 * 60_000;
const KEGIATAN = ['keydown', 'mousedown', 'pointermove', 'wheel', 'touchstart'] as const;

async function periksa(): Promise<Keadaan> {
  const status = await call('auth.status', {});
  if (status.pengguna) return status.pengguna.harusGantiSandi ? { tahap: 'ganti-sandi', pengguna: status.pengguna } : { tahap: 'siap', pengguna: status.pengguna };
  try {
    // A trusted adapter answers without a sign-in; a session-bound one (the desktop window) says SESI.
    await call('sistem.info', {});
    return { tahap: 'siap', pengguna: null };
  } catch (e) {
    if (keApiError(e).code !== 'SESI') throw e;
    return { tahap: 'masuk', perluSetup: status.perluSetup, berakhir: false };
  }
}

/**
 * Sign-in in front of the app. When a session ends mid-work the sign-in form is laid over the
 * screen, which stays mounted (inert) underneath, so nothing typed is lost.
 */
export function Gerbang({ children }: { children: (sesi: Sesi) => ReactNode }) {
  const [k, setK] = useState<Keadaan>({ tahap: 'memeriksa' });
  const [pengguna, setPengguna] = useState<PenggunaSesi | null>(null);
  const [pernahSiap, setPernahSiap] = useState(false);

  useEffect(() => {
    periksa().then(setK, (e: unknown) => setK({ tahap: 'gagal', pesan: keApiError(e).message }));
    return saatSesiBerakhir(() => setK((x) => (x.tahap === 'masuk' ? x : { tahap: 'masuk', perluSetup: false, berakhir: true })));
  }, []);
  useEffect(() => {
    if (k.tahap === 'siap') {
      setPengguna(k.pengguna);
      setPernahSiap(true);
    }
  }, [k]);

  // Idle lock: after a quarter of an hour without a key or a click the screen locks under the sign-in
  // form (the core ends the session at the same age anyway); what was typed stays underneath.
  useEffect(() => {
    if (k.tahap !== 'siap' || !k.pengguna) return;
    const kunci = () => void call('auth.logout', {}).finally(() => setK({ tahap: 'masuk', perluSetup: false, berakhir: true }));
    let timer = setTimeout(kunci, BATAS_DIAM_MS);
    const aktif = () => {
      clearTimeout(timer);
      timer = setTimeout(kunci, BATAS_DIAM_MS);
    };
    for (const j of KEGIATAN) window.addEventListener(j, aktif, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const j of KEGIATAN) window.removeEventListener(j, aktif);
    };
  }, [k]);

  const masuk = (p: PenggunaSesi) => setK(p.harusGantiSandi ? { tahap: 'ganti-sandi', pengguna: p } : { tahap: 'siap', pengguna: p });
  const keluar = () => {
    void call('auth.logout', {}).finally(() => {
      setPernahSiap(false);
      setK({ tahap: 'masuk', perluSetup: false, berakhir: false });
    });
  };

  let dialog: ReactNode = null;
  if (k.tahap === 'memeriksa') dialog = <p className="samar">Memeriksa sesi…</p>;
  if (k.tahap === 'gagal') dialog = <GagalMuat pesan={k.pesan} ulang={() => window.location.reload()} />;
  if (k.tahap === 'masuk') dialog = k.perluSetup ? <FormSiapkanAdmin onMasuk={(h) => masuk(h.pengguna)} /> : <FormMasuk berakhir={k.berakhir} onMasuk={(h) => masuk(h.pengguna)} />;
  if (k.tahap === 'ganti-sandi') dialog = <FormGantiSandi onSelesai={() => setK({ tahap: 'siap', pengguna: { ...k.pengguna, harusGantiSandi: false } })} />;

  return (
    <>
      {pernahSiap && (
        <div className="gerbang__aplikasi" inert={k.tahap !== 'siap'}>
          {children({ pengguna, keluar })}
        </div>
      )}
      {dialog && (
        <div className={pernahSiap ? 'gerbang gerbang--atas' : 'gerbang'} role="dialog" aria-modal="true" aria-label="Masuk ke Sekretariat">
          <div className="gerbang__kotak">
            <p className="gerbang__merek">
              <strong>Sekretariat</strong> Dinas Sosial
            </p>
            {dialog}
          </div>
        </div>
      )}
    </>
  );
}
