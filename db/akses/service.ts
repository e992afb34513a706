import { addMinutes } from 'date-fns';
import { asc, eq, sql } from 'drizzle-orm';
import type { aksesApi, Pengguna, PenggunaSesi } from '../../shared/api/akses';
import type { Peran } from '../../shared/akses/peran';
import { formatWaktu } from '../../shared/format/tanggal';
import { AppError, conflict, rejected } from '../../shared/errors';
import { audit, waktuSekarang, type Ctx } from '../core/context';
import type { Handlers } from '../core/handlers';
import { wajibAda } from '../core/rows';
import { jabatan, pegawai } from '../organisasi/schema';
import { cocokSandi, hashSandi } from './sandi';
import { pengguna, penggunaPeran } from './schema';

/** Five wrong passwords lock the account for fifteen minutes. */
const BATAS_GAGAL = 5;
const LAMA_KUNCI_MENIT = 15;
let hashPalsu: string | null = null;
/** Made on first use, not at load: start-up should not pay for a scrypt it may never need. */
const HASH_PALSU = () => (hashPalsu ??= hashSandi('tidak-dipakai-hanya-untuk-menyamakan-waktu'));

type Row = typeof pengguna.$inferSelect;

function peranOf(ctx: Ctx, id: number): Peran[] {
  return ctx.db
    .select({ p: penggunaPeran.peran })
    .from(penggunaPeran)
    .where(eq(penggunaPeran.penggunaId, id))
    .orderBy(asc(penggunaPeran.peran))
    .all()
    .map((r) => r.p as Peran);
}

export function penggunaSesi(ctx: Ctx, id: number): PenggunaSesi | null {
  const r = ctx.db.select().from(pengguna).where(eq(pengguna.id, id)).get();
  if (!r || !r.aktif) return null;
  return { id: r.id, username: r.username, nama: r.nama, peran: peranOf(ctx, r.id), jabatanId: r.jabatanId, harusGantiSandi: r.harusGantiSandi };
}

export function penggunaByUsername(ctx: Ctx, username: string): PenggunaSesi | null {
  const r = ctx.db.select({ id: pengguna.id }).from(pengguna).where(eq(pengguna.username, username.toLowerCase())).get();
  return r ? penggunaSesi(ctx, r.id) : null;
}

function keluar(ctx: Ctx, r: Row): Pengguna {
  return {
    id: r.id,
    username: r.username,
    nama: r.nama,
    peran: peranOf(ctx, r.id),
    jabatanId: r.jabatanId,
    pegawaiId: r.pegawaiId,
    aktif: r.aktif,
    harusGantiSandi: r.harusGantiSandi,
    terkunciSampai: r.terkunciSampai,
    punyaSandi: r.sandiHash !== null,
  };
}

/** A record of who did what never carries a password hash. */
const tanpaHash = (r: Row | undefined) => (r ? { ...r, sandiHash: r.sandiHash ? '***' : null } : r);

function byId(ctx: Ctx, id: number): Row {
  return wajibAda(ctx.db.select().from(pengguna).where(eq(pengguna.id, id)).get(), `Pengguna #${id}`);
}

/**
 * Someone acting for a jabatan (disposing, following up, initialling) must hold it — unless they
 * record it for the holder, as the agendaris does from the paper, or are pimpinan/admin.
 */
export function wajibBertindakSebagai(ctx: Ctx, jabatanId: number): void {
  const p = ctx.pengguna;
  if (!p || p.peran.some((r) => r === 'admin' || r === 'agendaris' || r === 'pimpinan')) return;
  if (p.jabatanId !== jabatanId) throw rejected('Anda hanya dapat bertindak untuk jabatan Anda sendiri.');
}

export const aksesHandlers: Handlers<typeof aksesApi> = {
  'auth.status': (ctx) => ({
    perluSetup: ctx.db.select({ n: sql<number>`count(*)` }).from(pengguna).get()!.n === 0,
    pengguna: ctx.pengguna,
  }),

  'auth.setupAdmin': (ctx, input) => {
    if (ctx.db.select({ n: sql<number>`count(*)` }).from(pengguna).get()!.n > 0) throw rejected('Admin pertama sudah dibuat; masuk dengan akun yang ada.');
    const r = ctx.db.insert(pengguna).values({ username: input.username, nama: input.nama, sandiHash: hashSandi(input.sandi), createdAt: waktuSekarang(ctx) }).returning().get();
    ctx.db.insert(penggunaPeran).values({ penggunaId: r.id, peran: 'admin' }).run();
    audit(ctx, { aksi: 'create', tabel: 'pengguna', recordId: r.id, sesudah: { ...tanpaHash(r), peran: ['admin'] } });
    return { token: ctx.sesi.buat(r.id), pengguna: penggunaSesi(ctx, r.id)!, batasDiamMenit: ctx.sesi.batasDiamMenit };
  },

  'auth.login': (ctx, input) => {
    const r = ctx.db.select().from(pengguna).where(eq(pengguna.username, input.username)).get();
    const salah = new AppError('DITOLAK', 'Nama pengguna atau kata sandi salah.');
    if (!r || !r.sandiHash || !r.aktif) {
      cocokSandi(input.sandi, HASH_PALSU()); // the same time whether or not the name exists
      throw salah;
    }
    const sekarang = waktuSekarang(ctx);
    if (r.terkunciSampai && r.terkunciSampai > sekarang) {
      throw rejected(`Akun terkunci sampai ${formatWaktu(r.terkunciSampai)} karena terlalu sering salah kata sandi. Hubungi admin atau tunggu.`);
    }
    const cocok = cocokSandi(input.sandi, r.sandiHash);
    // Committed on its own: a failed login must count even though the call then fails.
    ctx.sqlite
      .transaction(() => {
        const gagal = cocok ? 0 : r.gagalBeruntun + 1;
        const kunci = gagal >= BATAS_GAGAL ? addMinutes(ctx.now(), LAMA_KUNCI_MENIT).toISOString() : null;
        ctx.db.update(pengguna).set({ gagalBeruntun: kunci ? 0 : gagal, terkunciSampai: kunci }).where(eq(pengguna.id, r.id)).run();
        audit(ctx, {
          aksi: 'update',
          tabel: 'sesi',
          recordId: r.id,
          sesudah: { username: r.username, hasil: cocok ? 'masuk' : 'gagal', gagalBeruntun: gagal, terkunciSampai: kunci },
        });
      })
      .immediate();
    if (!cocok) throw salah;
    return { token: ctx.sesi.buat(r.id), pengguna: penggunaSesi(ctx, r.id)!, batasDiamMenit: ctx.sesi.batasDiamMenit };
  },

  'auth.logout': (ctx) => {
    if (ctx.token) ctx.sesi.hapus(ctx.token);
    return { ok: true };
  },

  'auth.gantiSandi': (ctx, input) => {
    if (!ctx.pengguna) throw rejected('Ganti kata sandi hanya untuk pengguna yang sedang masuk.');
    const r = byId(ctx, ctx.pengguna.id);
    if (!r.sandiHash || !cocokSandi(input.sandiLama, r.sandiHash)) throw rejected('Kata sandi lama salah.');
    ctx.db.update(pengguna).set({ sandiHash: hashSandi(input.sandiBaru), harusGantiSandi: false }).where(eq(pengguna.id, r.id)).run();
    audit(ctx, { aksi: 'update', tabel: 'pengguna', recordId: r.id, sebelum: tanpaHash(r), sesudah: { ...tanpaHash(r), harusGantiSandi: false, sandi: 'diganti' } });
    ctx.sesi.hapusMilik(r.id, ctx.token);
    return { ok: true };
  },

  'pengguna.list': (ctx) => ctx.db.select().from(pengguna).orderBy(asc(pengguna.username)).all().map((r) => keluar(ctx, r)),

  'pengguna.save': (ctx, input) => {
    const { id, peran, sandiAwal, ...nilai } = input;
    const sama = ctx.db.select().from(pengguna).where(eq(pengguna.username, input.username)).get();
    if (sama && sama.id !== id) throw conflict(`Nama pengguna "${input.username}" sudah dipakai.`);
    if (input.jabatanId) wajibAda(ctx.db.select().from(jabatan).where(eq(jabatan.id, input.jabatanId)).get(), `Jabatan #${input.jabatanId}`);
    if (input.pegawaiId) wajibAda(ctx.db.select().from(pegawai).where(eq(pegawai.id, input.pegawaiId)).get(), `Pegawai #${input.pegawaiId}`);
    let r: Row;
    const sebelum = id ? byId(ctx, id) : undefined;
    if (sebelum) {
      if (ctx.pengguna?.id === sebelum.id && (!peran.includes('admin') || input.aktif === false)) {
        throw rejected('Anda tidak dapat mencabut peran admin atau menonaktifkan akun Anda sendiri.');
      }
      ctx.db
        .update(pengguna)
        .set({ ...nilai, jabatanId: input.jabatanId ?? null, pegawaiId: input.pegawaiId ?? null, aktif: input.aktif ?? sebelum.aktif })
        .where(eq(pengguna.id, sebelum.id))
        .run();
      ctx.db.delete(penggunaPeran).where(eq(penggunaPeran.penggunaId, sebelum.id)).run();
      r = byId(ctx, sebelum.id);
    } else {
      r = ctx.db
        .insert(pengguna)
        .values({ ...nilai, sandiHash: sandiAwal ? hashSandi(sandiAwal) : null, harusGantiSandi: Boolean(sandiAwal), createdAt: waktuSekarang(ctx) })
        .returning()
        .get();
    }
    for (const p of new Set(peran)) ctx.db.insert(penggunaPeran).values({ penggunaId: r.id, peran: p }).run();
    audit(ctx, { aksi: sebelum ? 'update' : 'create', tabel: 'pengguna', recordId: r.id, sebelum: sebelum && { ...tanpaHash(sebelum) }, sesudah: { ...tanpaHash(r), peran } });
    if (r.aktif === false) ctx.sesi.hapusMilik(r.id);
    return keluar(ctx, r);
  },

  'pengguna.resetSandi': (ctx, input) => {
    const sebelum = byId(ctx, input.id);
    ctx.db.update(pengguna).set({ sandiHash: hashSandi(input.sandiBaru), harusGantiSandi: true, gagalBeruntun: 0, terkunciSampai: null }).where(eq(pengguna.id, sebelum.id)).run();
    const r = byId(ctx, sebelum.id);
    audit(ctx, { aksi: 'update', tabel: 'pengguna', recordId: r.id, sebelum: tanpaHash(sebelum), sesudah: { ...tanpaHash(r), sandi: 'diatur ulang oleh admin' } });
    ctx.sesi.hapusMilik(r.id);
    return keluar(ctx, r);
  },
};
