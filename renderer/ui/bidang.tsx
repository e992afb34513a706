import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { formatHariTanggal } from '../../shared/format/tanggal';
import { get, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';
import type { Formulir } from './form';

/**
 * Form fields bound to react-hook-form: every one has a visible <label htmlFor>, its hint and its
 * error below it, tied with aria-describedby so a screen reader reads the error with the field.
 */

interface BidangProps<T extends FieldValues> {
  form: Formulir<T>;
  nama: Path<T>;
  label: string;
  petunjuk?: ReactNode;
  wajib?: boolean;
  className?: string;
  opsi?: RegisterOptions<T, Path<T>>;
}

export function useBidang<T extends FieldValues>(form: Formulir<T>, nama: Path<T>) {
  const id = `${useId()}-${nama}`;
  const galat = (get(form.formState.errors, nama) as { message?: string } | undefined)?.message;
  return { id, galat };
}

/** The asterisk is for the eye; screen readers hear "wajib" from aria-required instead. */
function ariaBidang(id: string, galat: string | undefined, petunjuk: ReactNode, wajib?: boolean) {
  const oleh = [petunjuk ? `${id}-petunjuk` : '', galat ? `${id}-galat` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': galat ? true : undefined, 'aria-describedby': oleh || undefined, 'aria-required': wajib || undefined };
}

/** The asterisk after a required field's label; the field itself carries aria-required. */
export function TandaWajib() {
  return (
    <span className="wajib" aria-hidden="true" title="wajib diisi">
      {' '}
      *
    </span>
  );
}

export function Kerangka(p: { id: string; label: ReactNode; wajib?: boolean; petunjuk?: ReactNode; galat?: string; className?: string; children: ReactNode }) {
  return (
    <div className={['bidang', p.className, p.galat ? 'bidang--galat' : ''].filter(Boolean).join(' ')}>
      {/* The asterisk stays outside the <label> so the field's name is the label text alone. */}
      <span className="bidang__label">
        <label htmlFor={p.id}>{p.label}</label>
        {p.wajib && <TandaWajib />}
      </span>
      {p.children}
      <KetBidang id={p.id} petunjuk={p.petunjuk} galat={p.galat} />
    </div>
  );
}

export function KetBidang({ id, petunjuk, galat }: { id: string; petunjuk?: ReactNode; galat?: string }) {
  return (
    <>
      {petunjuk && (
        <div id={`${id}-petunjuk`} className="petunjuk">
          {petunjuk}
        </div>
      )}
      {galat && (
        <p id={`${id}-galat`} className="galat-bidang">
          <span aria-hidden="true">⚠ </span>
          {galat}
        </p>
      )}
    </>
  );
}

type Asli<E> = Omit<E, 'form' | 'name' | 'id'>;

export function Teks<T extends FieldValues>({ form, nama, label, petunjuk, wajib, className, opsi, ...asli }: BidangProps<T> & Asli<InputHTMLAttributes<HTMLInputElement>>) {
  const { id, galat } = useBidang(form, nama);
  return (
    <Kerangka id={id} label={label} wajib={wajib} petunjuk={petunjuk} galat={galat} className={className}>
      <input id={id} type="text" {...ariaBidang(id, galat, petunjuk, wajib)} {...asli} {...form.register(nama, opsi)} />
    </Kerangka>
  );
}

/**
 * A date input, with the chosen date repeated in words: the browser's own date widget may show
 * mm/dd/yyyy, and "3 Desember" read back avoids the 12/3 vs 3/12 mistake.
 */
export function Tanggal<T extends FieldValues>({ petunjuk, ...p }: BidangProps<T> & Asli<InputHTMLAttributes<HTMLInputElement>>) {
  const nilai = String(p.form.watch(p.nama) ?? '');
  const terbaca = /^\d{4}-\d{2}-\d{2}$/.test(nilai) ? formatHariTanggal(nilai) : '';
  return (
    <Teks
      {...p}
      type="date"
      className={['bidang--pendek', p.className].filter(Boolean).join(' ')}
      petunjuk={
        terbaca || petunjuk ? (
          <>
            {terbaca && <span className="tanggal-terbaca">{terbaca}</span>}
            {petunjuk && <span className="blok">{petunjuk}</span>}
          </>
        ) : undefined
      }
    />
  );
}

export function Area<T extends FieldValues>({ form, nama, label, petunjuk, wajib, className, opsi, ...asli }: BidangProps<T> & Asli<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { id, galat } = useBidang(form, nama);
  return (
    <Kerangka id={id} label={label} wajib={wajib} petunjuk={petunjuk} galat={galat} className={className}>
      <textarea id={id} rows={3} {...ariaBidang(id, galat, petunjuk, wajib)} {...asli} {...form.register(nama, opsi)} />
    </Kerangka>
  );
}

export interface Opsi {
  nilai: string | number;
  label: string;
}

export function Pilihan<T extends FieldValues>({
  form,
  nama,
  label,
  petunjuk,
  wajib,
  className,
  opsi,
  pilihan,
  kosong,
  ...asli
}: BidangProps<T> & Asli<SelectHTMLAttributes<HTMLSelectElement>> & { pilihan: Opsi[]; kosong?: string }) {
  const { id, galat } = useBidang(form, nama);
  return (
    <Kerangka id={id} label={label} wajib={wajib} petunjuk={petunjuk} galat={galat} className={className}>
      <select id={id} {...ariaBidang(id, galat, petunjuk, wajib)} {...asli} {...form.register(nama, opsi)}>
        {kosong !== undefined && <option value="">{kosong}</option>}
        {pilihan.map((o) => (
          <option key={o.nilai} value={o.nilai}>
            {o.label}
          </option>
        ))}
      </select>
    </Kerangka>
  );
}

/** A single checkbox: the label follows the box, as people expect. */
export function Centang<T extends FieldValues>({ form, nama, label, petunjuk, className, opsi, ...asli }: BidangProps<T> & Asli<InputHTMLAttributes<HTMLInputElement>>) {
  const { id, galat } = useBidang(form, nama);
  return (
    <div className={['bidang bidang--centang', className].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" {...ariaBidang(id, galat, petunjuk)} {...asli} {...form.register(nama, opsi)} />
      <label htmlFor={id}>{label}</label>
      <KetBidang id={id} petunjuk={petunjuk} galat={galat} />
    </div>
  );
}

/** Several checkboxes writing one array field (instruksi disposisi). */
export function GrupCentang<T extends FieldValues>({ form, nama, label, pilihan, petunjuk }: Omit<BidangProps<T>, 'wajib'> & { pilihan: Opsi[] }) {
  const { id, galat } = useBidang(form, nama);
  return (
    <fieldset className={['grup-centang', galat ? 'bidang--galat' : ''].join(' ')} {...ariaBidang(id, galat, petunjuk)}>
      <legend>{label}</legend>
      <div className="grup-centang__isi">
        {pilihan.map((o) => (
          <div key={o.nilai} className="bidang--centang">
            <input id={`${id}-${o.nilai}`} type="checkbox" value={o.nilai} {...form.register(nama)} />
            <label htmlFor={`${id}-${o.nilai}`}>{o.label}</label>
          </div>
        ))}
      </div>
      <KetBidang id={id} petunjuk={petunjuk} galat={galat} />
    </fieldset>
  );
}
