import { and, desc, eq, isNull, max } from 'drizzle-orm';
import type { FormatNaskah, VersiNaskah } from '../../shared/api/naskah';
import { audit, type Ctx } from '../core/context';
import { berkasFile } from '../core/schema';
import { catatRiwayat } from '../surat/riwayat';
import { naskahVersi } from './schema';
import { MIME_DOCX } from './template';

type VersiRow = typeof naskahVersi.$inferSelect;

export function keluarVersi(r: VersiRow): VersiNaskah {
  const { suratKeluarId: _s, berkasId: _b, ...v } = r;
  return v;
}

/** The stored file of this exact content, format and template, if it was generated before. */
export function versiSama(ctx: Ctx, suratId: number, format: FormatNaskah, isiSha256: string, templateId: number | null): VersiRow | undefined {
  return ctx.db
    .select()
    .from(naskahVersi)
    .where(
      and(
        eq(naskahVersi.suratKeluarId, suratId),
        eq(naskahVersi.format, format),
        eq(naskahVersi.isiSha256, isiSha256),
        templateId === null ? isNull(naskahVersi.templateId) : eq(naskahVersi.templateId, templateId),
      ),
    )
    .orderBy(desc(naskahVersi.id))
    .get();
}

/**
 * The versi number: the one already given to this content in another format (a PDF and a DOCX of the
 * same text are one versi), otherwise the next. Runs inside the caller's IMMEDIATE transaction.
 */
function nomorVersi(ctx: Ctx, suratId: number, format: FormatNaskah, isiSha256: string): number {
  const kembar = ctx.db
    .select({ versi: naskahVersi.versi })
    .from(naskahVersi)
    .where(and(eq(naskahVersi.suratKeluarId, suratId), eq(naskahVersi.isiSha256, isiSha256)))
    .orderBy(desc(naskahVersi.versi))
    .get();
  if (kembar) {
    const terpakai = ctx.db
      .select({ id: naskahVersi.id })
      .from(naskahVersi)
      .where(and(eq(naskahVersi.suratKeluarId, suratId), eq(naskahVersi.versi, kembar.versi), eq(naskahVersi.format, format)))
      .get();
    if (!terpakai) return kembar.versi;
  }
  const terakhir = ctx.db.select({ m: max(naskahVersi.versi) }).from(naskahVersi).where(eq(naskahVersi.suratKeluarId, suratId)).get()?.m ?? 0;
  return terakhir + 1;
}

export interface VersiBaru {
  suratId: number;
  format: FormatNaskah;
  status: 'draft' | 'final';
  isiSha256: string;
  templateId: number | null;
  qr: string | null;
  isi: Buffer;
  namaFile: string;
}

export function simpanVersi(ctx: Ctx, v: VersiBaru): VersiRow {
  const sha = ctx.berkas.simpan(v.isi);
  const berkas = ctx.db
    .insert(berkasFile)
    .values({ sha256: sha, namaFile: v.namaFile, mime: v.format === 'pdf' ? 'application/pdf' : MIME_DOCX, ukuran: v.isi.length })
    .returning()
    .get();
  const row = ctx.db
    .insert(naskahVersi)
    .values({
      suratKeluarId: v.suratId,
      versi: nomorVersi(ctx, v.suratId, v.format, v.isiSha256),
      format: v.format,
      status: v.status,
      isiSha256: v.isiSha256,
      berkasId: berkas.id,
      sha256: sha,
      ukuran: v.isi.length,
      templateId: v.templateId,
      qr: v.qr,
      aktor: ctx.aktor,
    })
    .returning()
    .get();
  audit(ctx, { aksi: 'create', tabel: 'naskah_versi', recordId: row.id, sesudah: row });
  catatRiwayat(ctx, 'keluar', v.suratId, 'naskah-dibuat', `Naskah ${v.format.toUpperCase()} versi ${row.versi} dibuat (${v.status === 'final' ? 'final, bernomor' : 'konsep'}).`);
  return row;
}
