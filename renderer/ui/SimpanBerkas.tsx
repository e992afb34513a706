import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { HasilEkspor } from '../../shared/api';
import { useMuat } from '../api/useMuat';
import { KetBidang } from './bidang';
import { usePengiriman } from './form';
import { angka, ukuranBerkas } from './label';
import { Pesan } from './Pesan';

function gabung(folder: string, nama: string): string {
  const pemisah = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(pemisah) ? folder + nama : `${folder}${pemisah}${nama}`;
}

/** What the core is asked to write: `timpa` once the person has agreed to replace a file already there. */
export interface Tujuan {
  path: string;
  timpa: boolean;
}

/**
 * Where a report goes. In the desktop app this is the native "Simpan sebagai" dialog, which itself asks
 * before replacing a file; in the browser preview there is none, so the person confirms or edits a path
 * in the default export folder, and the core's refusal to replace a file is answered here.
 */
export function SimpanBerkas<R extends Pick<HasilEkspor, 'path' | 'ukuran'> & { baris?: number } = HasilEkspor>({
  namaBawaan,
  ekstensi,
  labelTombol,
  labelBidang = 'Simpan ke berkas',
  ekspor,
  pesanSukses,
  autoFocus,
}: {
  namaBawaan: string;
  ekstensi: 'pdf' | 'xlsx' | 'docx' | 'jpg' | 'png';
  labelTombol: string;
  /** The path field's label; give each its own when a screen has more than one. */
  labelBidang?: string;
  ekspor: (tujuan: Tujuan) => Promise<R>;
  pesanSukses?: (r: R) => ReactNode;
  /** In a panel opened just to save this file, the save button takes the focus: Enter saves. */
  autoFocus?: boolean;
}) {
  const id = useId();
  const info = useMuat('sistem.info', {});
  const dialog = window.sekretariat?.pilihLokasiSimpan;
  const [path, setPath] = useState('');
  const [diubah, setDiubah] = useState(false);
  const [dicoba, setDicoba] = useState('');
  const kirim = usePengiriman();
  const tombolSimpan = useRef<HTMLButtonElement>(null);
  const galatPath = kirim.masalah.find((m) => m.path === 'path')?.message;
  // Offered only for the very path the core found taken; editing the path withdraws it.
  const bolehTimpa = kirim.masalah.some((m) => m.path === 'timpa') && path.trim() === dicoba;
  const bawaan = info.data ? gabung(info.data.folderEkspor, namaBawaan) : '';

  useEffect(() => {
    if (!diubah) setPath(bawaan);
  }, [bawaan, diubah]);

  // Once, as soon as the button can take it: in the preview it waits for the default path to load.
  const fokusAwal = useRef(autoFocus);
  useEffect(() => {
    if (fokusAwal.current && tombolSimpan.current && !tombolSimpan.current.disabled) {
      tombolSimpan.current.focus();
      fokusAwal.current = false;
    }
  });

  const simpan = async (timpa: boolean) => {
    if (kirim.sedang) return;
    let tujuan: string | null = path.trim();
    setDicoba(tujuan);
    if (dialog) tujuan = await dialog({ namaBawaan, ekstensi });
    if (!tujuan) return;
    if (!tujuan.toLowerCase().endsWith(`.${ekstensi}`)) tujuan += `.${ekstensi}`;
    const akhir = { path: tujuan, timpa: timpa || Boolean(dialog) };
    await kirim.jalankan(() => ekspor(akhir), {
      sukses: (r) => (
        <>
          {pesanSukses?.(r) ?? (
            <>
              Tersimpan di <code className="path">{r.path}</code> ({r.baris !== undefined ? `${angka(r.baris)} baris, ` : ''}
              {ukuranBerkas(r.ukuran)}).
            </>
          )}
          {timpa && ' Berkas lama di lokasi itu sudah diganti.'}
        </>
      ),
    });
    // "Timpa berkas" is gone once used; the focus goes back to the save button, not to the page.
    if (timpa) tombolSimpan.current?.focus();
  };

  return (
    <div className="simpan-berkas">
      {!dialog && (
        <div className={`bidang bidang--lebar${galatPath ? ' bidang--galat' : ''}`}>
          <label htmlFor={id}>{labelBidang}</label>
          <input
            id={id}
            value={path}
            spellCheck={false}
            onChange={(e) => {
              setDiubah(true);
              setPath(e.target.value);
            }}
            aria-invalid={galatPath ? true : undefined}
            aria-describedby={`${id}-petunjuk${galatPath ? ` ${id}-galat` : ''}`}
          />
          <KetBidang id={id} petunjuk={`Lokasi lengkap berkas ${ekstensi.toUpperCase()}; bawaannya folder ekspor aplikasi.`} galat={galatPath} />
        </div>
      )}
      <div className="baris-tombol">
        {/* aria-disabled while saving, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button
          ref={tombolSimpan}
          type="button"
          className="tombol tombol--utama"
          disabled={!dialog && !path.trim()}
          aria-disabled={kirim.sedang || undefined}
          onClick={() => void simpan(false)}
        >
          {kirim.sedang ? 'Menyimpan…' : labelTombol}
        </button>
        {bolehTimpa && (
          <button type="button" className="tombol tombol--bahaya" aria-disabled={kirim.sedang || undefined} onClick={() => void simpan(true)}>
            Timpa berkas
          </button>
        )}
      </div>
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
    </div>
  );
}
