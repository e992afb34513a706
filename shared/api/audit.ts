import { z } from 'zod';
import { method } from './contract';
import { idRecord, tanggal } from './fields';

export interface AuditEntry {
  id: number;
  waktu: string;
  aktor: string;
  aksi: 'create' | 'update' | 'delete';
  tabel: string;
  recordId: string;
  sebelum: unknown;
  sesudah: unknown;
  hash: string;
}

export interface HasilVerifikasiAudit {
  ok: boolean;
  jumlah: number;
  /** The first entry whose hash does not follow from its content and the previous hash. */
  rusakPada: number | null;
  pesan: string;
}

export const auditApi = {
  'audit.list': method<AuditEntry[]>()({
    ringkasan: 'Jejak audit: siapa mengubah apa dan kapan, dengan isi sebelum dan sesudah.',
    input: z.strictObject({
      tabel: z.string().trim().max(60).optional(),
      recordId: z.string().trim().max(60).optional(),
      aktor: z.string().trim().max(100).optional(),
      dari: tanggal('Dari tanggal').optional(),
      sampai: tanggal('Sampai tanggal').optional(),
      sebelumId: idRecord().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  }),
  'audit.verify': method<HasilVerifikasiAudit>()({ input: z.strictObject({}), ringkasan: 'Periksa rantai hash jejak audit dari awal sampai akhir.' }),
};
