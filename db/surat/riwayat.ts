import { and, asc, eq } from 'drizzle-orm';
import type { BerkasLampiran, Riwayat } from '../../shared/api/surat-masuk';
import { waktuSekarang, type Ctx } from '../core/context';
import { siap } from '../core/siap';
import { pengguna } from '../akses/schema';
import { berkasFile } from '../core/schema';
import { lampiranSurat, riwayatSurat } from './schema';

type JenisSurat = 'masuk' | 'keluar';

/** One step on a letter's timeline (append-only). */
export function catatRiwayat(ctx: Ctx, jenisSurat: JenisSurat, suratId: number, aksi: string, uraian: string): void {
  // Notes typed by people often end with a full stop already; the sentence around them adds another.
  // "… (alasan: terlambat dicatat.)." as well.
  const rapi = uraian.replace(/\.(\)?)\.(?=\s|$)/g, '$1.');
  siap(ctx.sqlite, 'INSERT INTO riwayat_surat (jenis_surat, surat_id, waktu, aksi, uraian, aktor) VALUES (?, ?, ?, ?, ?, ?)').run(
    jenisSurat,
    suratId,
    waktuSekarang(ctx),
    aksi,
    rapi,
    ctx.aktor,
  );
}

export function riwayatOf(ctx: Ctx, jenisSurat: JenisSurat, suratId: number): Riwayat[] {
  return ctx.db
    .select({ id: riwayatSurat.id, waktu: riwayatSurat.waktu, aksi: riwayatSurat.aksi, uraian: riwayatSurat.uraian, aktor: riwayatSurat.aktor, namaAktor: pengguna.nama })
    .from(riwayatSurat)
    .leftJoin(pengguna, eq(pengguna.username, riwayatSurat.aktor))
    .where(and(eq(riwayatSurat.jenisSurat, jenisSurat), eq(riwayatSurat.suratId, suratId)))
    .orderBy(asc(riwayatSurat.id))
    .all();
}

export function berkasOf(ctx: Ctx, jenisSurat: JenisSurat, suratId: number): BerkasLampiran[] {
  return ctx.db
    .select({ id: berkasFile.id, namaFile: berkasFile.namaFile, mime: berkasFile.mime, ukuran: berkasFile.ukuran, sha256: berkasFile.sha256, createdAt: berkasFile.createdAt })
    .from(lampiranSurat)
    .innerJoin(berkasFile, eq(berkasFile.id, lampiranSurat.berkasId))
    .where(and(eq(lampiranSurat.jenisSurat, jenisSurat), eq(lampiranSurat.suratId, suratId)))
    .orderBy(asc(lampiranSurat.id))
    .all();
}
