import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { KodeKlasifikasi, KodeKlasifikasiCari, referensiApi } from '../../shared/api/referensi';
import { invalid, rejected } from '../../shared/errors';
import { audit, type Ctx } from '../core/context';
import type { Handlers } from '../core/handlers';
import { tanpaUndefined, wajibAda } from '../core/rows';
import { cariKodeKlasifikasi, lupakanPohon } from './cari-klasifikasi';
import { instruksiDisposisi, jenisNaskah, kodeKlasifikasi } from './schema';

type Row = typeof kodeKlasifikasi.$inferSelect;

function keluar(r: Row): KodeKlasifikasi {
  const { urutKode: _u, versi: _v, ...rest } = r;
  return { ...rest, bolehDipakai: r.retensiAktifTahun !== null || r.nasibAkhir !== null };
}

export function getKlasifikasi(ctx: Ctx, kode: string, skema: Row['skema'] = 'permendagri_83_2022'): KodeKlasifikasi | undefined {
  const r = ctx.db.select().from(kodeKlasifikasi).where(and(eq(kodeKlasifikasi.skema, skema), eq(kodeKlasifikasi.kode, kode))).get();
  return r ? keluar(r) : undefined;
}

/**
 * New letters must carry a current (Permendagri 83/2022) code that is a leaf of the tree:
 * a header such as 400.9 says too little to file or to retain the letter by.
 */
export function pastikanKodeBaru(ctx: Ctx, kode: string): KodeKlasifikasi {
  const k = getKlasifikasi(ctx, kode);
  if (!k) throw invalid(`Kode klasifikasi ${kode} tidak ada dalam daftar Permendagri 83/2022.`, [{ path: 'kodeKlasifikasi', message: 'Kode tidak dikenal.' }]);
  if (!k.bolehDipakai) {
    throw invalid(`Kode ${kode} (${k.nama}) adalah kode induk; pilih salah satu kode turunannya.`, [
      { path: 'kodeKlasifikasi', message: 'Pilih kode turunan.' },
    ]);
  }
  return k;
}

/** The codes a code sits in, below the top level: 400.3 and 400.3.3 for 400.3.3.2. */
function kodeInduk(kode: string): string[] {
  const b = kode.split('.');
  return b.slice(2).map((_, i) => b.slice(0, i + 2).join('.'));
}

/**
 * Search results with the groups each sits in ("PENDIDIKAN › Pendidikan Masyarakat" for 400.3.3.2),
 * so that two codes with the same words (bantuan sosial for schools, or for the Dinas Sosial's own
 * programmes) can be told apart without opening the tree. One lookup for the whole list.
 */
function denganInduk(ctx: Ctx, skema: Row['skema'], rows: Row[]): KodeKlasifikasiCari[] {
  const semua = [...new Set(rows.flatMap((r) => kodeInduk(r.kode)))];
  const nama = new Map(
    semua.length
      ? ctx.db
          .select({ kode: kodeKlasifikasi.kode, nama: kodeKlasifikasi.nama })
          .from(kodeKlasifikasi)
          .where(and(eq(kodeKlasifikasi.skema, skema), inArray(kodeKlasifikasi.kode, semua)))
          .all()
          .map((r) => [r.kode, r.nama])
      : [],
  );
  return rows.map((r) => {
    const jalur = kodeInduk(r.kode).flatMap((k) => nama.get(k) ?? []);
    return { ...keluar(r), induk: jalur.length ? jalur.join(' › ') : null };
  });
}

export const referensiHandlers: Handlers<typeof referensiApi> = {
  'klasifikasi.search': (ctx, input) => {
    const skema = eq(kodeKlasifikasi.skema, input.skema);
    const q = input.q?.trim();
    if (!q) {
      const where = and(skema, input.parent ? eq(kodeKlasifikasi.parent, input.parent) : sql`${kodeKlasifikasi.parent} IS NULL`);
      return denganInduk(ctx, input.skema, ctx.db.select().from(kodeKlasifikasi).where(where).orderBy(asc(kodeKlasifikasi.urutKode)).limit(input.limit).all());
    }
    // Matching and ranking live in cari-klasifikasi.ts; the rows are read fresh, so retention
    // edited a moment ago shows even while the tree held for matching is a few minutes old.
    const kode = cariKodeKlasifikasi(ctx, input.skema, q, input.limit);
    const urutan = new Map(kode.map((k, i) => [k, i]));
    const rows = kode.length
      ? ctx.db
          .select()
          .from(kodeKlasifikasi)
          .where(and(skema, inArray(kodeKlasifikasi.kode, kode)))
          .all()
          .sort((a, b) => urutan.get(a.kode)! - urutan.get(b.kode)!)
      : [];
    return denganInduk(ctx, input.skema, rows);
  },
  'klasifikasi.get': (ctx, input) => wajibAda(getKlasifikasi(ctx, input.kode, input.skema), `Kode klasifikasi ${input.kode}`),
  'klasifikasi.update': (ctx, input) => {
    if (input.skema === 'pola_lama') throw rejected('Kode pola lama hanya untuk dibaca; tidak dapat diubah.');
    const { kode, skema, ...nilai } = input;
    const where = and(eq(kodeKlasifikasi.skema, skema), eq(kodeKlasifikasi.kode, kode));
    const sebelum = wajibAda(ctx.db.select().from(kodeKlasifikasi).where(where).get(), `Kode klasifikasi ${kode}`);
    ctx.db
      .update(kodeKlasifikasi)
      .set({ ...tanpaUndefined(nilai), diubahAdmin: true })
      .where(where)
      .run();
    // A renamed code must be found by its new name at once, not when the held tree next expires.
    lupakanPohon(ctx.sqlite);
    const sesudah = ctx.db.select().from(kodeKlasifikasi).where(where).get()!;
    audit(ctx, { aksi: 'update', tabel: 'kode_klasifikasi', recordId: `${skema}:${kode}`, sebelum, sesudah });
    return keluar(sesudah);
  },
  'jenisNaskah.list': (ctx) => ctx.db.select().from(jenisNaskah).orderBy(asc(jenisNaskah.nama)).all(),
  'jenisNaskah.update': (ctx, input) => {
    const sebelum = ctx.db.select().from(jenisNaskah).where(eq(jenisNaskah.slug, input.slug)).get();
    const reg = ctx.sqlite.prepare('SELECT 1 FROM register WHERE kode = ?').get(input.registerKode);
    if (!reg) throw invalid(`Register ${input.registerKode} tidak ada.`);
    ctx.db.insert(jenisNaskah).values(input).onConflictDoUpdate({ target: jenisNaskah.slug, set: input }).run();
    const sesudah = ctx.db.select().from(jenisNaskah).where(eq(jenisNaskah.slug, input.slug)).get()!;
    audit(ctx, { aksi: sebelum ? 'update' : 'create', tabel: 'jenis_naskah', recordId: input.slug, sebelum, sesudah });
    return sesudah;
  },
  'instruksi.list': (ctx) => ctx.db.select().from(instruksiDisposisi).orderBy(asc(instruksiDisposisi.urutan)).all(),
  'instruksi.save': (ctx, input) => {
    const { id, ...nilai } = input;
    const sama = ctx.db.select().from(instruksiDisposisi).where(eq(instruksiDisposisi.teks, input.teks)).get();
    if (sama && sama.id !== id) throw invalid(`Instruksi "${input.teks}" sudah ada.`);
    if (id) {
      const sebelum = wajibAda(ctx.db.select().from(instruksiDisposisi).where(eq(instruksiDisposisi.id, id)).get(), `Instruksi #${id}`);
      ctx.db.update(instruksiDisposisi).set(tanpaUndefined(nilai)).where(eq(instruksiDisposisi.id, id)).run();
      const sesudah = ctx.db.select().from(instruksiDisposisi).where(eq(instruksiDisposisi.id, id)).get()!;
      audit(ctx, { aksi: 'update', tabel: 'instruksi_disposisi', recordId: id, sebelum, sesudah });
      return sesudah;
    }
    const urutan = input.urutan ?? (ctx.sqlite.prepare('SELECT coalesce(max(urutan), 0) + 1 AS u FROM instruksi_disposisi').get() as { u: number }).u;
    const sesudah = ctx.db.insert(instruksiDisposisi).values({ ...nilai, urutan }).returning().get();
    audit(ctx, { aksi: 'create', tabel: 'instruksi_disposisi', recordId: sesudah.id, sesudah });
    return sesudah;
  },
};
