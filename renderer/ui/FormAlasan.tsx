import type { ReactNode } from 'react';
import type { z } from 'zod';
import { Area } from './bidang';
import { FormAksi } from './FormAksi';

/**
 * A step that asks only why (cancelling a number, cancelling an agenda entry): the reason, then one
 * red button, or Ctrl+Enter from the reason; Escape closes it. The reason goes to the core with the
 * record's id.
 */
export function FormAlasan({
  judul,
  keterangan,
  skema,
  tombol,
  id,
  jalankan,
  onSelesai,
  onBatal,
}: {
  judul: string;
  keterangan: ReactNode;
  skema: z.ZodType;
  tombol: string;
  id: number;
  jalankan: (v: { id: number; alasan: string }) => Promise<unknown>;
  onSelesai: () => void;
  onBatal: () => void;
}) {
  return (
    <FormAksi<{ alasan: string }, unknown>
      judul={judul}
      keterangan={keterangan}
      skema={skema}
      bawaan={{ alasan: '' }}
      keApi={(v) => ({ id, ...v })}
      tombol={[{ label: tombol, bahaya: true }]}
      jalankan={jalankan}
      onSelesai={onSelesai}
      onBatal={onBatal}
    >
      {(form) => <Area form={form} nama="alasan" label="Alasan pembatalan" wajib className="bidang--lebar" rows={2} autoFocus />}
    </FormAksi>
  );
}
