import { useId, type ReactNode } from 'react';
import type { DefaultValues, FieldValues, Path, PathValue } from 'react-hook-form';
import type { z } from 'zod';
import { tombolFormulir, useFormKontrak, usePengiriman, type Formulir } from './form';
import { Pesan } from './Pesan';

export interface TombolAksi<T> {
  label: string;
  /** Values set just before submitting (e.g. hasil: 'dikembalikan' for the second button). */
  nilai?: Partial<T>;
  bahaya?: boolean;
}

/**
 * A small form for one step of a letter's life (paraf, tanda tangan, nomor, ekspedisi…): validated by
 * the method's contract schema, errors shown here, success handed to the screen, which reloads.
 * Enter goes to the next field, Ctrl+Enter submits it as its first button does; Escape cancels.
 */
export function FormAksi<T extends FieldValues, R>({
  judul,
  keterangan,
  skema,
  bawaan,
  keApi,
  tombol,
  jalankan,
  onSelesai,
  onBatal,
  children,
}: {
  judul: string;
  keterangan?: ReactNode;
  skema: z.ZodType;
  bawaan: DefaultValues<T>;
  keApi?: (v: T) => unknown;
  tombol: TombolAksi<T>[];
  jalankan: (v: never) => Promise<R>;
  onSelesai: (r: R) => void;
  onBatal?: () => void;
  children: (form: Formulir<T>) => ReactNode;
}) {
  const id = useId();
  const form = useFormKontrak<T>({ skema, bawaan, keApi });
  const kirim = usePengiriman();
  const simpan = form.handleSubmit(async (v) => {
    const r = await kirim.jalankan(() => jalankan(v as never), { form });
    if (r === undefined) return;
    // Back to the defaults, so a form that stays on screen cannot send the same step twice.
    form.reset();
    onSelesai(r);
  }, kirim.tidakSah);

  return (
    <form className="formulir kartu" noValidate aria-labelledby={id} onSubmit={(e) => void simpan(e)} onKeyDown={tombolFormulir({ enterLanjut: true, onBatal })}>
      <h2 id={id} className="bidang-lebar">
        {judul}
      </h2>
      {keterangan && <div className="petunjuk bidang-lebar">{keterangan}</div>}
      {children(form)}
      <Pesan galat={kirim.galat} />
      <div className="baris-tombol">
        {tombol.map((t, i) => (
          <button
            key={t.label}
            type="submit"
            className={`tombol ${t.bahaya ? 'tombol--bahaya' : i === 0 ? 'tombol--utama' : ''}`}
            disabled={kirim.sedang}
            onClick={() => Object.entries(t.nilai ?? {}).forEach(([k, v]) => form.setValue(k as Path<T>, v as PathValue<T, Path<T>>))}
          >
            {t.label}
          </button>
        ))}
        {onBatal && (
          <button type="button" className="tombol" onClick={onBatal}>
            Batal
          </button>
        )}
      </div>
    </form>
  );
}
