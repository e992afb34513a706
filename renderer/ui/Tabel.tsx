import type { ReactNode } from 'react';

export interface Kolom<T> {
  judul: string;
  /** CSS width of the column (virtual tables only; ordinary tables size to content). */
  lebar?: string;
  kelas?: string;
  sel: (baris: T) => ReactNode;
}

export function KepalaTabel<T>({ kolom, rowIndex }: { kolom: Kolom<T>[]; rowIndex?: number }) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {kolom.map((k) => (
          <th key={k.judul} scope="col" className={k.kelas}>
            {k.judul}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A small table that holds all its rows (dasbor lists, paraf chain, reference tables). */
export function Tabel<T>({
  kolom,
  data,
  kunci,
  kelasBaris,
  label,
}: {
  kolom: Kolom<T>[];
  data: T[];
  kunci: (b: T) => number | string;
  kelasBaris?: (b: T) => string | undefined;
  label?: string;
}) {
  return (
    <table className="tabel tabel--bebas" aria-label={label}>
      <KepalaTabel kolom={kolom} />
      <tbody>
        {data.map((b) => (
          <tr key={kunci(b)} className={kelasBaris?.(b)}>
            {kolom.map((k) => (
              <td key={k.judul} className={k.kelas}>
                {k.sel(b)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
