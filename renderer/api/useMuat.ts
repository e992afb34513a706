import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, MethodName, Result } from '../../shared/api';
import { ApiError, call } from './client';

export interface Muat<T> {
  data: T | undefined;
  galat: ApiError | undefined;
  memuat: boolean;
  muatUlang: () => void;
  /** Replace the data with what a write returned, without another round trip. */
  setData: (d: T) => void;
}

/** Anything thrown by a call, as an ApiError with an Indonesian message. */
export function keApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError({ code: 'INTERNAL', message: 'Tidak dapat menghubungi inti aplikasi. Coba lagi; bila berulang, mulai ulang aplikasi.' });
}

/**
 * Reads `method(input)` and re-reads when the input changes (compared as JSON); `null` input means
 * "nothing to ask" and clears the data. The previous data stays on screen while the next arrives, so
 * lists do not flicker; `tunda` (ms) waits for a pause in typing before asking.
 */
export function useMuat<M extends MethodName>(method: M, input: Input<M> | null, opsi: { tunda?: number } = {}): Muat<Result<M>> {
  const kunci = input === null ? null : JSON.stringify(input);
  const [data, setData] = useState<Result<M>>();
  const [galat, setGalat] = useState<ApiError>();
  const [memuat, setMemuat] = useState(kunci !== null);
  const [versi, setVersi] = useState(0);
  const urutan = useRef(0);

  const tunda = opsi.tunda ?? 0;
  useEffect(() => {
    const ke = ++urutan.current;
    if (kunci === null) {
      setData(undefined);
      setGalat(undefined);
      setMemuat(false);
      return;
    }
    setMemuat(true);
    const t = setTimeout(() => minta(ke, kunci), tunda);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [method, kunci, versi, tunda]);

  function minta(ke: number, kunci: string) {
    call(method, JSON.parse(kunci) as Input<M>).then(
      (d) => {
        if (ke !== urutan.current) return;
        setData(d);
        setGalat(undefined);
        setMemuat(false);
      },
      (e: unknown) => {
        if (ke !== urutan.current) return;
        setGalat(keApiError(e));
        setMemuat(false);
      },
    );
  }

  const muatUlang = useCallback(() => setVersi((v) => v + 1), []);
  return { data, galat, memuat, muatUlang, setData };
}
