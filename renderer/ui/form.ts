import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';
import { keApiError } from '../api/useMuat';

// Forms are typed loosely on the output side: every submit goes back through the core, which parses again.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Formulir<T extends FieldValues = any> = UseFormReturn<T, unknown, any>;

/**
 * An empty input means "not given" only where the contract lets the field be left out; required
 * fields keep their '' so that their own "wajib diisi" message shows and object-level checks (such as
 * tanggal surat ≤ tanggal terima) still run alongside it.
 */
function kosongkan(skema: z.ZodType, nilai: unknown): unknown {
  if (!(skema instanceof z.ZodObject) || !nilai || typeof nilai !== 'object') return nilai;
  const shape = skema.shape as Record<string, z.ZodType>;
  const hasil: Record<string, unknown> = { ...(nilai as Record<string, unknown>) };
  for (const [k, v] of Object.entries(hasil)) {
    const kosong = v === '' || (typeof v === 'number' && Number.isNaN(v));
    if (kosong && shape[k]?.safeParse(undefined).success) delete hasil[k];
  }
  return hasil;
}

/**
 * A react-hook-form form validated by the contract's own zod schema, so the screen and the core say
 * the same thing. `keApi` reshapes form values (strings from inputs) into the method's input first.
 */
export function useFormKontrak<T extends FieldValues, O = unknown>(opts: {
  skema: z.ZodType<O>;
  bawaan: DefaultValues<T>;
  keApi?: (nilai: T) => unknown;
}): Formulir<T> {
  const { skema, keApi } = opts;
  const resolver = zodResolver(z.preprocess((v) => kosongkan(skema, keApi ? keApi(v as T) : v), skema) as never) as unknown as Resolver<T, unknown, O>;
  // Errors first appear on submit, then follow every keystroke. Validating on blur instead would move
  // the layout under the pointer just as "Simpan" is pressed, and the click would land elsewhere.
  return useForm<T, unknown, O>({ resolver, defaultValues: opts.bawaan, mode: 'onSubmit', reValidateMode: 'onChange' });
}

/**
 * Form values for editing a record: each field of `kosong` takes the record's value where it has
 * one. Inputs and selects hold strings, so numeric ids become strings; null stays the empty default.
 */
export function isianDari<T extends object>(kosong: T, data?: object | null): T {
  const sumber = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(kosong).map(([k, v]) => {
      const d = sumber[k];
      if (d === null || d === undefined) return [k, v];
      return [k, typeof v === 'string' && typeof d === 'number' ? String(d) : d];
    }),
  ) as T;
}

/**
 * Of the parsed values, only the fields the person changed from `awal`: a correction then records
 * (in the audit and the letter's history) what was actually corrected, not every field of the form.
 * A field the person emptied is gone from the parsed values (an empty optional input means "not
 * given"); in a correction it is sent as null, which the update contracts read as "clear it".
 */
export function yangBerubah(awal: object, sekarang: object, hasil: object): Record<string, unknown> {
  const a = awal as Record<string, unknown>;
  const s = sekarang as Record<string, unknown>;
  const h = hasil as Record<string, unknown>;
  const kunci = new Set([...Object.keys(h), ...Object.keys(a)]);
  return Object.fromEntries([...kunci].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(s[k])).map((k) => [k, h[k] ?? null]));
}

function semuaPesan(errors: FieldErrors, awalan = ''): string[] {
  return Object.entries(errors).flatMap(([k, e]) => {
    if (!e || typeof e !== 'object') return [];
    const msg = (e as { message?: unknown }).message;
    return typeof msg === 'string' && msg ? [msg] : semuaPesan(e as FieldErrors, `${awalan}${k}.`);
  });
}

export interface Pengiriman {
  galat: ReactNode;
  sukses: ReactNode;
  sedang: boolean;
  /** The core's per-field issues of the last failure, for fields outside a react-hook-form form. */
  masalah: FieldIssue[];
  setSukses: (s: ReactNode) => void;
  setGalat: (g: ReactNode) => void;
  /** Runs a write; on failure shows the core's message and puts its issues on the matching fields. */
  jalankan: <R>(fn: () => Promise<R>, opts?: { form?: Formulir; sukses?: (r: R) => ReactNode }) => Promise<R | undefined>;
  /** For handleSubmit's second argument: repeats the field errors in the alert region. */
  tidakSah: (errors: FieldErrors) => void;
}

export function usePengiriman(): Pengiriman {
  const [galat, setGalat] = useState<ReactNode>(null);
  const [sukses, setSukses] = useState<ReactNode>(null);
  const [sedang, setSedang] = useState(false);
  const [masalah, setMasalah] = useState<FieldIssue[]>([]);

  const jalankan = useCallback(async <R,>(fn: () => Promise<R>, opts: { form?: Formulir; sukses?: (r: R) => ReactNode } = {}) => {
    setGalat(null);
    setSukses(null);
    setMasalah([]);
    setSedang(true);
    try {
      const r = await fn();
      if (opts.sukses) setSukses(opts.sukses(r));
      return r;
    } catch (e) {
      const err = keApiError(e);
      // The sign-in form is already over the screen; this tells what to do once signed in again.
      setGalat(err.code === 'SESI' ? 'Sesi berakhir sebelum tersimpan. Masuk lagi, lalu simpan sekali lagi; isian tidak hilang.' : err.message);
      setMasalah(err.issues);
      const form = opts.form;
      if (form) {
        const bidang = new Set(Object.keys(form.getValues()));
        err.issues
          .filter((i) => bidang.has(i.path.split('.')[0] ?? ''))
          .forEach((i, n) => form.setError(i.path.split('.')[0] as Path<FieldValues>, { type: 'server', message: i.message }, { shouldFocus: n === 0 }));
      }
      return undefined;
    } finally {
      setSedang(false);
    }
  }, []);

  const tidakSah = useCallback((errors: FieldErrors) => {
    setSukses(null);
    setGalat(`Periksa isian yang ditandai: ${semuaPesan(errors).join(' ')}`);
  }, []);

  return { galat, sukses, sedang, masalah, setSukses, setGalat, jalankan, tidakSah };
}

/** The hint beside a data-entry form's save button, for the keys `tombolFormulir({ enterLanjut: true })` gives it. */
export const PETUNJUK_KETIK = 'Enter: kolom berikutnya · Ctrl+Enter: simpan';

/** Inputs whose Enter the browser reads as "submit the form": the one-line fields, not buttons or file pickers. */
const BUKAN_ISIAN = new Set(['submit', 'button', 'reset', 'image', 'file']);

/** The controls of a form a Tab would visit, in document order (the app uses no positive tabindex). */
function urutanTab(form: HTMLFormElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.getClientRects().length > 0,
  );
}

/**
 * The keys of every form: Ctrl+Enter submits from any field, the multi-line ones included, as its
 * first button would (so not while that button is disabled, mid-save); Escape cancels. With
 * `enterLanjut`, Enter in a one-line field or a select goes on to the next control as Tab does
 * (Shift+Enter back) instead of submitting half a form: clerks typing from paper press Enter after
 * every field. A multi-line field keeps Enter for its new lines. A key a
 * control has handled itself (the kode klasifikasi list takes its first match on Enter and closes on
 * Escape) is left to it.
 */
export function tombolFormulir(opts: { enterLanjut?: boolean; onBatal?: () => void } = {}) {
  return (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.defaultPrevented || e.nativeEvent.isComposing) return;
    const form = e.currentTarget;
    if (e.key === 'Escape') return opts.onBatal?.();
    if (e.key !== 'Enter' || e.altKey) return;
    if (e.ctrlKey || e.metaKey) {
      // Without this the browser also submits the form itself for the Enter in a one-line input.
      e.preventDefault();
      if (!form.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled) form.requestSubmit();
      return;
    }
    const isian = e.target;
    // A select goes on too: Enter there would otherwise open its list, and the clerk means "next".
    const satuBaris = (isian instanceof HTMLInputElement && !BUKAN_ISIAN.has(isian.type)) || isian instanceof HTMLSelectElement;
    if (!opts.enterLanjut || !satuBaris) return;
    e.preventDefault();
    const urutan = urutanTab(form);
    urutan[urutan.indexOf(isian) + (e.shiftKey ? -1 : 1)]?.focus();
  };
}
