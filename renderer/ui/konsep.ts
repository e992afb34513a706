import { useEffect, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { Formulir } from './form';

/**
 * Keeps what was typed into a long form in localStorage until it is saved, so a crash, a wrong click
 * on the menu or closing the window never loses a half-registered letter.
 */
export function useKonsepTersimpan<T extends FieldValues>(kunci: string | null, form: Formulir<T>) {
  const [dipulihkan, setDipulihkan] = useState(false);

  useEffect(() => {
    if (!kunci) return;
    const bawaan = JSON.stringify(form.formState.defaultValues ?? {});
    const tersimpan = localStorage.getItem(kunci);
    if (tersimpan && tersimpan !== bawaan) {
      try {
        form.reset({ ...form.getValues(), ...(JSON.parse(tersimpan) as T) }, { keepDefaultValues: true });
        setDipulihkan(true);
      } catch {
        localStorage.removeItem(kunci);
      }
    }
    const langganan = form.watch((nilai) => {
      const teks = JSON.stringify(nilai);
      if (teks === JSON.stringify(form.formState.defaultValues ?? {})) localStorage.removeItem(kunci);
      else localStorage.setItem(kunci, teks);
    });
    return () => langganan.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kunci]);

  return {
    dipulihkan,
    /** After a successful save. */
    lupakan: () => {
      if (kunci) localStorage.removeItem(kunci);
      setDipulihkan(false);
    },
  };
}
