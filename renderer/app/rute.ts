import { useEffect, useState } from 'react';

/**
 * Hash routes (`#/surat-masuk/12?status=selesai`): they survive a reload, work from file:// in
 * Electron and need no router library. Query strings carry list filters so the dasbor can link to them.
 */
export type Layar =
  | 'dasbor'
  | 'surat-masuk'
  | 'surat-masuk-baru'
  | 'surat-masuk-detail'
  | 'disposisi'
  | 'surat-keluar'
  | 'surat-keluar-baru'
  | 'surat-keluar-detail'
  | 'surat-keluar-naskah'
  | 'periksa-qr'
  | 'register'
  | 'laporan'
  | 'organisasi'
  | 'audit'
  | 'cadangan'
  | 'pengaturan-naskah';

export interface Rute {
  layar: Layar;
  id?: number;
  query: URLSearchParams;
}

const DETAIL: Partial<Record<Layar, { baru: Layar; detail: Layar }>> = {
  'surat-masuk': { baru: 'surat-masuk-baru', detail: 'surat-masuk-detail' },
  'surat-keluar': { baru: 'surat-keluar-baru', detail: 'surat-keluar-detail' },
};

const LAYAR_UTAMA = ['dasbor', 'surat-masuk', 'disposisi', 'surat-keluar', 'periksa-qr', 'register', 'laporan', 'organisasi', 'audit', 'cadangan', 'pengaturan-naskah'] as const;

export function bacaRute(hash: string): Rute {
  const [jalur = '', qs = ''] = hash.replace(/^#\/?/, '').split('?');
  const [awal, kedua, ketiga] = jalur.split('/');
  const query = new URLSearchParams(qs);
  const layar = LAYAR_UTAMA.find((l) => l === awal) ?? 'dasbor';
  const sub = DETAIL[layar];
  if (sub && kedua === 'baru') return { layar: sub.baru, query };
  if (layar === 'surat-keluar' && kedua && /^\d+$/.test(kedua) && ketiga === 'naskah') return { layar: 'surat-keluar-naskah', id: Number(kedua), query };
  if (sub && kedua && /^\d+$/.test(kedua)) return { layar: sub.detail, id: Number(kedua), query };
  return { layar, query };
}

/** `href('surat-masuk', 12)` → `#/surat-masuk/12`; `href('surat-masuk', 'baru')`; a query object for filters. */
export function href(layar: (typeof LAYAR_UTAMA)[number], sub?: number | 'baru', query?: Record<string, string>): string {
  const qs = query ? new URLSearchParams(query).toString() : '';
  return `#/${layar}${sub !== undefined ? `/${sub}` : ''}${qs ? `?${qs}` : ''}`;
}

/** The compose screen of one outgoing letter: `#/surat-keluar/12/naskah`. */
export const hrefNaskah = (id: number): string => `#/surat-keluar/${id}/naskah`;

export function pergi(tujuan: string): void {
  window.location.hash = tujuan;
}

export function useRute(): Rute {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const ubah = () => setHash(window.location.hash);
    window.addEventListener('hashchange', ubah);
    return () => window.removeEventListener('hashchange', ubah);
  }, []);
  return bacaRute(hash);
}

/** The nav entry a screen belongs to, for aria-current. */
export function layarInduk(l: Layar): Layar {
  return l.startsWith('surat-masuk') ? 'surat-masuk' : l.startsWith('surat-keluar') ? 'surat-keluar' : l;
}
