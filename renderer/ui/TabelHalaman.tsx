import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Halaman } from '../../shared/api/fields';
import { keApiError } from '../api/useMuat';
import { angka } from './label';
import { KepalaTabel, type Kolom } from './Tabel';

export type { Kolom };

/** Rows per request: a few screens' worth, so scrolling rarely waits and no request is large. */
const UKURAN_HALAMAN = 100;
/** Fixed row height (matches tabel.css): lets the virtualizer place any row without measuring. */
export const TINGGI_BARIS = 34;

interface Props<T> {
  label: string;
  kolom: Kolom<T>[];
  /** One page from the core; called with the current filters (a new function when they change). */
  ambil: (offset: number, limit: number) => Promise<Halaman<T>>;
  /** Changes whenever the filters change: the table then starts again at the top. */
  kunciSaring: string;
  kunciBaris: (baris: T) => number;
  onBuka?: (baris: T) => void;
  kosong: ReactNode;
  satuan?: string;
}

/**
 * A long register (buku agenda) as a table that only ever holds the rows on screen plus a margin:
 * pages are fetched from the core as they scroll into view, never the whole book.
 */
export function TabelHalaman<T>({ label, kolom, ambil, kunciSaring, kunciBaris, onBuka, kosong, satuan = 'baris' }: Props<T>) {
  const gulir = useRef<HTMLDivElement>(null);
  const halaman = useRef(new Map<number, T[] | 'memuat'>());
  const generasi = useRef(0);
  const ambilTerbaru = useRef(ambil);
  ambilTerbaru.current = ambil;
  // The total belongs to one set of filters: until the new one arrives there is none, so no page of
  // the old result is ever requested with the new filters.
  const [hasil, setHasil] = useState<{ kunci: string; total: number } | null>(null);
  const total = hasil?.kunci === kunciSaring ? hasil.total : null;
  const [galat, setGalat] = useState<string>();
  const [, gambarUlang] = useReducer((x: number) => x + 1, 0);

  const muat = (h: number) => {
    const gen = generasi.current;
    const kunci = kunciSaring;
    halaman.current.set(h, 'memuat');
    ambilTerbaru.current(h * UKURAN_HALAMAN, UKURAN_HALAMAN).then(
      (r) => {
        if (gen !== generasi.current) return;
        halaman.current.set(h, r.items);
        setHasil({ kunci, total: r.total });
        setGalat(undefined);
        gambarUlang();
      },
      (e: unknown) => {
        if (gen !== generasi.current) return;
        halaman.current.delete(h);
        setGalat(keApiError(e).message);
        gambarUlang();
      },
    );
  };

  useEffect(() => {
    generasi.current += 1;
    halaman.current = new Map();
    gulir.current?.scrollTo({ top: 0 });
    muat(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kunciSaring]);

  const virtual = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => gulir.current,
    estimateSize: () => TINGGI_BARIS,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();

  useEffect(() => {
    if (total === null || galat) return;
    for (const it of items) {
      const h = Math.floor(it.index / UKURAN_HALAMAN);
      if (!halaman.current.has(h)) muat(h);
    }
  });

  const baris = (i: number): T | undefined => {
    const h = halaman.current.get(Math.floor(i / UKURAN_HALAMAN));
    return Array.isArray(h) ? h[i % UKURAN_HALAMAN] : undefined;
  };
  const padAtas = items[0]?.start ?? 0;
  const padBawah = items.length ? virtual.getTotalSize() - items[items.length - 1]!.end : 0;
  const pertama = items.find((it) => it.start + TINGGI_BARIS > (gulir.current?.scrollTop ?? 0));

  return (
    <div className="tabel-halaman">
      {galat && (
        <div role="alert" className="pesan pesan--galat">
          {galat}{' '}
          <button type="button" className="tombol tombol--kecil" onClick={() => (setGalat(undefined), halaman.current.clear(), muat(0))}>
            Coba lagi
          </button>
        </div>
      )}
      <div ref={gulir} className="tabel-gulir" tabIndex={0} role="region" aria-label={label}>
        <table className="tabel tabel--tetap" aria-rowcount={(total ?? 0) + 1}>
          <colgroup>
            {kolom.map((k) => (
              <col key={k.judul} style={k.lebar ? { width: k.lebar } : undefined} />
            ))}
          </colgroup>
          <KepalaTabel kolom={kolom} rowIndex={1} />
          <tbody>
            {total === 0 && (
              <tr>
                <td colSpan={kolom.length} className="tabel__kosong">
                  {kosong}
                </td>
              </tr>
            )}
            {padAtas > 0 && <Pengisi tinggi={padAtas} kolom={kolom.length} />}
            {items.map((it) => {
              const b = baris(it.index);
              return (
                <tr
                  key={b ? kunciBaris(b) : `memuat-${it.index}`}
                  aria-rowindex={it.index + 2}
                  className={b && onBuka ? 'tabel__baris--buka' : undefined}
                  onClick={b && onBuka ? () => onBuka(b) : undefined}
                >
                  {b ? (
                    kolom.map((k) => (
                      <td key={k.judul} className={k.kelas}>
                        {k.sel(b)}
                      </td>
                    ))
                  ) : (
                    <td colSpan={kolom.length} className="samar">
                      Memuat…
                    </td>
                  )}
                </tr>
              );
            })}
            {padBawah > 0 && <Pengisi tinggi={padBawah} kolom={kolom.length} />}
          </tbody>
        </table>
      </div>
      <p className="tabel-halaman__info">
        {total === null
          ? 'Memuat…'
          : total === 0
            ? `0 ${satuan}`
            : `Baris ${angka((pertama?.index ?? 0) + 1)} dari ${angka(total)} ${satuan}`}
      </p>
    </div>
  );
}

/** Stands in for the rows above or below the window, so the scrollbar matches the whole book. */
function Pengisi({ tinggi, kolom }: { tinggi: number; kolom: number }) {
  return (
    <tr aria-hidden="true" className="tabel__pengisi">
      <td colSpan={kolom} style={{ height: tinggi }} />
    </tr>
  );
}
