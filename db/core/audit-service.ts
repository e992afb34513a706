import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { auditApi } from '../../shared/api/audit';
import type { Handlers } from './handlers';
import { verifyAudit } from './audit';
import { auditLog } from './schema';

export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.list': (ctx, input) =>
    ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          input.tabel ? eq(auditLog.tabel, input.tabel) : undefined,
          input.recordId ? eq(auditLog.recordId, input.recordId) : undefined,
          input.aktor ? eq(auditLog.aktor, input.aktor) : undefined,
          input.dari ? gte(auditLog.waktu, input.dari) : undefined,
          input.sampai ? lte(auditLog.waktu, `${input.sampai}T99`) : undefined,
          input.sebelumId ? lt(auditLog.id, input.sebelumId) : undefined,
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(input.limit)
      .all()
      .map((r) => ({
        id: r.id,
        waktu: r.waktu,
        aktor: r.aktor,
        aksi: r.aksi,
        tabel: r.tabel,
        recordId: r.recordId,
        sebelum: r.sebelum ? JSON.parse(r.sebelum) : null,
        sesudah: r.sesudah ? JSON.parse(r.sesudah) : null,
        hash: r.hash,
      })),
  'audit.verify': (ctx) => {
    const v = verifyAudit(ctx.sqlite);
    return {
      ...v,
      pesan: v.ok ? `Rantai jejak audit utuh (${v.jumlah} entri).` : `Rantai jejak audit rusak pada entri #${v.rusakPada}: isinya diubah di luar aplikasi.`,
    };
  },
};
