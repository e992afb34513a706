import { useId, useState } from 'react';
import { KetBidang, TandaWajib } from '../ui/bidang';
import { tombolFormulir } from '../ui/form';

/** One optional note and a confirm button (Ctrl+Enter from the note): tindak lanjut, selesai, tarik. */
export function FormCatatan({ label, tombol, wajib, onKirim, onBatal }: { label: string; tombol: string; wajib?: boolean; onKirim: (catatan: string) => void; onBatal: () => void }) {
  const id = useId();
  const [catatan, setCatatan] = useState('');
  const [galat, setGalat] = useState('');
  return (
    <form
      className="panel-aksi"
      onSubmit={(e) => {
        e.preventDefault();
        if (wajib && !catatan.trim()) return setGalat(`${label} wajib diisi.`);
        onKirim(catatan.trim());
      }}
      onKeyDown={tombolFormulir({ onBatal })}
    >
      <div className={`bidang${galat ? ' bidang--galat' : ''}`}>
        <span className="bidang__label">
          <label htmlFor={id}>{label}</label>
          {wajib && <TandaWajib />}
        </span>
        <textarea
          id={id}
          rows={2}
          maxLength={2000}
          autoFocus
          value={catatan}
          onChange={(e) => (setCatatan(e.target.value), setGalat(''))}
          aria-invalid={galat ? true : undefined}
          aria-required={wajib || undefined}
          aria-describedby={galat ? `${id}-galat` : undefined}
        />
        <KetBidang id={id} galat={galat} />
      </div>
      <div className="baris-tombol">
        <button type="submit" className="tombol tombol--utama">
          {tombol}
        </button>
        <button type="button" className="tombol" onClick={onBatal}>
          Batal
        </button>
      </div>
    </form>
  );
}
