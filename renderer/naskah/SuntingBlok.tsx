import { useId, useRef, useState, type TextareaHTMLAttributes } from 'react';
import { Kerangka } from '../ui/bidang';
import { kunciBaru, type BlokSunting } from './teks';

/** The markers, said once per screen so every text field does not need to repeat them. */
export const PETUNJUK_GAYA = 'Tebal: **kata**, miring: _kata_, garis bawah: __kata__ (atau pilih teks lalu tekan tombol T / M).';

/**
 * A textarea with "Tebal" and "Miring" buttons that wrap the selected text in the markers, for people
 * who would rather not type asterisks.
 */
export function TeksKaya({
  label,
  nilai,
  ubah,
  petunjuk,
  polos,
  ...asli
}: { label: string; nilai: string; ubah: (s: string) => void; petunjuk?: string; /** No style buttons: the text prints as typed. */ polos?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const bungkus = (m: string) => {
    const el = ref.current;
    if (!el) return;
    const [a, b] = [el.selectionStart, el.selectionEnd];
    const pilih = nilai.slice(a, b) || 'teks';
    ubah(nilai.slice(0, a) + m + pilih + m + nilai.slice(b));
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(a + m.length, a + m.length + pilih.length);
    });
  };
  return (
    <Kerangka id={id} label={label} petunjuk={petunjuk} className="bidang--lebar">
      {!asli.disabled && !polos && (
        <div className="alat-teks" role="toolbar" aria-label={`Gaya teks ${label}`}>
          <button type="button" className="tombol tombol--kecil" title="Tebal (**…**)" aria-label="Tebal" onClick={() => bungkus('**')}>
            <strong>T</strong>
          </button>
          <button type="button" className="tombol tombol--kecil" title="Miring (_…_)" aria-label="Miring" onClick={() => bungkus('_')}>
            <em>M</em>
          </button>
        </div>
      )}
      <textarea
        ref={ref}
        id={id}
        rows={3}
        value={nilai}
        onChange={(e) => ubah(e.target.value)}
        aria-describedby={petunjuk ? `${id}-petunjuk` : undefined}
        {...asli}
      />
    </Kerangka>
  );
}

const NAMA: Record<BlokSunting['jenis'], string> = { paragraf: 'Paragraf', daftar: 'Daftar', tabel: 'Tabel', rincian: 'Rincian' };

/**
 * The blocks of a body (isi surat, a diktum, a lampiran) in order: paragraphs, lists and tables, each
 * movable and removable. Empty blocks are simply not saved.
 */
export function SuntingBlok({ judul, blok, ubah, terkunci }: { judul: string; blok: BlokSunting[]; ubah: (b: BlokSunting[]) => void; terkunci: boolean }) {
  const [baru, setBaru] = useState<number | null>(null);
  const ganti = (i: number, b: BlokSunting) => ubah(blok.map((x, j) => (j === i ? b : x)));
  const geser = (i: number, d: number) => {
    const salin = [...blok];
    const [x] = salin.splice(i, 1);
    salin.splice(i + d, 0, x!);
    ubah(salin);
  };
  const tambah = (b: BlokSunting) => {
    setBaru(b.kunci);
    ubah([...blok, b]);
  };
  const nomor: Record<string, number> = {};

  return (
    <fieldset className="blok-sunting" aria-label={judul} disabled={terkunci}>
      {blok.length === 0 && <p className="samar">Belum ada isi. Tambahkan paragraf di bawah.</p>}
      {blok.map((b, i) => {
        nomor[b.jenis] = (nomor[b.jenis] ?? 0) + 1;
        const label = `${NAMA[b.jenis]} ${nomor[b.jenis]}`;
        const fokus = b.kunci === baru;
        return (
          <div key={b.kunci} className="blok-sunting__blok">
            {b.jenis === 'paragraf' && <TeksKaya label={label} nilai={b.teks} ubah={(teks) => ganti(i, { ...b, teks })} autoFocus={fokus} disabled={terkunci} />}
            {b.jenis === 'daftar' && (
              <>
                <TeksKaya
                  label={`${label} (satu butir per baris)`}
                  nilai={b.teks}
                  ubah={(teks) => ganti(i, { ...b, teks })}
                  autoFocus={fokus}
                  rows={4}
                  disabled={terkunci}
                />
                <label className="blok-sunting__pilih">
                  Penomoran{' '}
                  <select value={b.gaya} onChange={(e) => ganti(i, { ...b, gaya: e.target.value as typeof b.gaya })}>
                    <option value="angka">1. 2. 3.</option>
                    <option value="huruf">a. b. c.</option>
                    <option value="poin">• (poin)</option>
                  </select>
                </label>
              </>
            )}
            {b.jenis === 'tabel' && (
              <>
                <TeksKaya
                  label={`${label} (satu baris per baris, kolom dipisah | )`}
                  nilai={b.teks}
                  ubah={(teks) => ganti(i, { ...b, teks })}
                  autoFocus={fokus}
                  rows={4}
                  placeholder={'No | Uraian | Jumlah\n1 | Beras | 10 kg'}
                  disabled={terkunci}
                  spellCheck={false}
                />
                <label className="blok-sunting__pilih">
                  <input type="checkbox" checked={b.berkepala} onChange={(e) => ganti(i, { ...b, berkepala: e.target.checked })} /> Baris pertama sebagai kepala tabel
                </label>
              </>
            )}
            {b.jenis === 'rincian' && (
              <p className="samar">
                {label}: {b.asli.baris.map((r) => r.label).join(', ')} — dibuat di luar layar ini; tetap tersimpan apa adanya.
              </p>
            )}
            {!terkunci && (
              <div className="baris-tombol blok-sunting__aksi">
                <button type="button" className="tombol tombol--kecil" aria-label={`Naikkan ${label}`} disabled={i === 0} onClick={() => geser(i, -1)}>
                  ↑ Naik
                </button>
                <button type="button" className="tombol tombol--kecil" aria-label={`Turunkan ${label}`} disabled={i === blok.length - 1} onClick={() => geser(i, 1)}>
                  ↓ Turun
                </button>
                <button type="button" className="tombol tombol--kecil tombol--bahaya" aria-label={`Hapus ${label}`} onClick={() => ubah(blok.filter((_, j) => j !== i))}>
                  Hapus
                </button>
              </div>
            )}
          </div>
        );
      })}
      {!terkunci && (
        <div className="baris-tombol">
          <button type="button" className="tombol" onClick={() => tambah({ jenis: 'paragraf', kunci: kunciBaru(), teks: '' })}>
            + Paragraf
          </button>
          <button type="button" className="tombol" onClick={() => tambah({ jenis: 'daftar', kunci: kunciBaru(), gaya: 'angka', teks: '' })}>
            + Daftar bernomor
          </button>
          <button type="button" className="tombol" onClick={() => tambah({ jenis: 'tabel', kunci: kunciBaru(), teks: '', berkepala: true })}>
            + Tabel
          </button>
        </div>
      )}
    </fieldset>
  );
}
