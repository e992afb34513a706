import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { invalid } from '../../shared/errors';
import type { TabelPangkat } from '../../shared/naskah/pangkat';
import { gabungPengaturan, PENGATURAN_BAWAAN, tataLetakBawaan, tataLetakSchema, type PengaturanNaskah, type PengaturanUbah, type TataLetak } from '../../shared/naskah/pengaturan';
import type { Ctx } from '../core/context';
import { jenisNaskah } from '../referensi/schema';
import { naskahPengaturan, naskahTataLetak } from './schema';

export function bacaPengaturan(ctx: Ctx): PengaturanNaskah {
  const row = ctx.db.select().from(naskahPengaturan).where(eq(naskahPengaturan.id, 1)).get();
  return row ? gabungPengaturan(PENGATURAN_BAWAAN, row.nilai as PengaturanUbah) : PENGATURAN_BAWAAN;
}

export function simpanPengaturan(ctx: Ctx, nilai: PengaturanNaskah): void {
  ctx.db.insert(naskahPengaturan).values({ id: 1, nilai }).onConflictDoUpdate({ target: naskahPengaturan.id, set: { nilai } }).run();
}

export interface TataLetakEfektif {
  tataLetak: TataLetak;
  templateId: number | null;
  disesuaikan: boolean;
}

/** The stored page setup of a jenis over its defaults (which follow the Pemda's default paper). */
export function tataLetakJenis(ctx: Ctx, slug: string, p: PengaturanNaskah = bacaPengaturan(ctx)): TataLetakEfektif {
  const bawaan = tataLetakBawaan(slug, p.kertasBawaan);
  const row = ctx.db.select().from(naskahTataLetak).where(eq(naskahTataLetak.jenisNaskah, slug)).get();
  if (!row) return { tataLetak: bawaan, templateId: null, disesuaikan: false };
  const simpan = row.nilai as Partial<TataLetak>;
  const r = tataLetakSchema.safeParse({ ...bawaan, ...simpan, margin: { ...bawaan.margin, ...simpan.margin } });
  return { tataLetak: r.success ? r.data : bawaan, templateId: row.templateId, disesuaikan: true };
}

export function jenisNaskahBySlug(ctx: Ctx, slug: string) {
  const j = ctx.db.select().from(jenisNaskah).where(eq(jenisNaskah.slug, slug)).get();
  if (!j) throw invalid(`Jenis naskah "${slug}" tidak dikenal.`, [{ path: 'jenisNaskah', message: 'Jenis naskah tidak dikenal.' }]);
  return j;
}

const tabelCache = new Map<string, TabelPangkat>();

export function tabelPangkat(resourcesDir: string): TabelPangkat {
  let t = tabelCache.get(resourcesDir);
  if (!t) {
    t = (JSON.parse(readFileSync(join(resourcesDir, 'referensi', 'pangkat-golongan.json'), 'utf8')) as { data: TabelPangkat }).data;
    tabelCache.set(resourcesDir, t);
  }
  return t;
}
