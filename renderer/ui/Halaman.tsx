import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One screen: its heading takes the focus when the screen opens (unless a field already has it), so
 * keyboard and screen-reader users start at the top of what changed.
 */
export function Halaman({ judul, sub, aksi, children }: { judul: ReactNode; sub?: ReactNode; aksi?: ReactNode; children: ReactNode }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const aktif = document.activeElement;
    if (!aktif || aktif === document.body || aktif.closest('nav')) h1.current?.focus();
  }, []);
  return (
    <div className="halaman">
      <header className="halaman__kepala">
        <div>
          <h1 ref={h1} tabIndex={-1}>
            {judul}
          </h1>
          {sub && <p className="halaman__sub">{sub}</p>}
        </div>
        {aksi && <div className="halaman__aksi">{aksi}</div>}
      </header>
      {children}
    </div>
  );
}

/** Label–value pairs of a record, in a compact two-column grid. */
export function DataSurat({ baris }: { baris: [string, ReactNode][] }) {
  return (
    <dl className="data-surat">
      {baris.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v === null || v === undefined || v === '' ? <span className="samar">—</span> : v}</dd>
        </div>
      ))}
    </dl>
  );
}
