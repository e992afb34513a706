import { useEffect, useId, useRef, useState } from 'react';
import { href } from '../app/rute';
import type { Opsi } from './bidang';

export interface BidangSaring {
  kunci: string;
  label: string;
  jenis: 'cari' | 'tanggal' | 'tahun' | 'pilihan';
  pilihan?: Opsi[];
  /** Placeholder of the search box: what the core searches in. */
  contoh?: string;
}

type Nilai = Record<string, string>;

/**
 * List filters kept in the address (#/surat-masuk?status=…), so "Kembali" from a letter returns to
 * the same filtered list. The search text waits for a pause in typing before it asks the core.
 */
export function useSaring(layar: 'surat-masuk' | 'surat-keluar', query: URLSearchParams, bidang: BidangSaring[]) {
  const [nilai, setNilai] = useState<Nilai>(() => Object.fromEntries(bidang.map((b) => [b.kunci, query.get(b.kunci) ?? ''])));
  const [cari, setCari] = useState(nilai.q ?? '');

  useEffect(() => {
    const t = setTimeout(() => setCari(nilai.q ?? ''), 250);
    return () => clearTimeout(t);
  }, [nilai.q]);

  useEffect(() => {
    const terisi = Object.fromEntries(Object.entries(nilai).filter(([, v]) => v));
    window.history.replaceState(null, '', href(layar, undefined, terisi));
  }, [layar, nilai]);

  return {
    bidang,
    nilai,
    /** The values to query with: the search text only once typing pauses. */
    efektif: { ...nilai, q: cari } as Nilai,
    ubah: (k: string, v: string) => setNilai((n) => ({ ...n, [k]: v })),
    kosongkan: () => setNilai(Object.fromEntries(bidang.map((b) => [b.kunci, '']))),
  };
}

export function Saring({ saring }: { saring: ReturnType<typeof useSaring> }) {
  const id = useId();
  const cari = useRef<HTMLInputElement>(null);

  // "/" jumps to the search box, as in most list screens people already know.
  useEffect(() => {
    const tekan = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) {
        e.preventDefault();
        cari.current?.focus();
      }
    };
    window.addEventListener('keydown', tekan);
    return () => window.removeEventListener('keydown', tekan);
  }, []);

  const ada = Object.values(saring.nilai).some(Boolean);
  return (
    <form className="saring" role="search" onSubmit={(e) => e.preventDefault()}>
      {saring.bidang.map((b) => {
        const bid = `${id}-${b.kunci}`;
        const umum = { id: bid, value: saring.nilai[b.kunci] ?? '', onChange: (e: { target: { value: string } }) => saring.ubah(b.kunci, e.target.value) };
        return (
          <div key={b.kunci} className={`bidang${b.jenis === 'cari' ? ' bidang--cari' : ''}`}>
            <label htmlFor={bid}>{b.label}</label>
            {b.jenis === 'cari' && <input ref={cari} type="search" placeholder={`${b.contoh ?? ''} (tekan /)`} {...umum} />}
            {b.jenis === 'tanggal' && <input type="date" {...umum} />}
            {b.jenis === 'tahun' && <input type="number" min={1900} max={2200} placeholder="Semua" {...umum} />}
            {b.jenis === 'pilihan' && (
              <select {...umum}>
                <option value="">Semua</option>
                {b.pilihan?.map((o) => (
                  <option key={o.nilai} value={o.nilai}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      <button type="button" className="tombol" onClick={saring.kosongkan} disabled={!ada}>
        Hapus saringan
      </button>
    </form>
  );
}

/** Filter values as method input: empty means "no filter", the year is a number. */
export function masukanSaring(nilai: Nilai): Record<string, string | number> {
  const hasil: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(nilai)) {
    if (!v.trim()) continue;
    if (k === 'tahun') {
      const n = Number(v);
      if (Number.isInteger(n) && n >= 1900 && n <= 2200) hasil.tahun = n;
    } else hasil[k] = v.trim();
  }
  return hasil;
}
