import { and, asc, eq, isNull, like, or, gte, lte, desc, sql } from 'drizzle-orm';
import type { organisasiApi, Jabatan, PejabatPadaTanggal, Pegawai, StatusPenugasan, Unit } from '../../shared/api/organisasi';
import { conflict, invalid } from '../../shared/errors';
import { mimePindaian } from '../core/berkas';
import { audit, hariIni, type Ctx } from '../core/context';
import type { Handlers } from '../core/handlers';
import { tanpaUndefined, wajibAda } from '../core/rows';
import { instansi, jabatan, pegawai, penugasan, unit } from './schema';

/** On one date, a Plh. acts over a Plt., a Plt. over a Pj., and any of them over the definitif holder. */
const PRIORITAS: Record<StatusPenugasan, number> = { plh: 0, plt: 1, pj: 2, definitif: 3 };

export function pejabatPadaTanggal(ctx: Ctx, jabatanId: number, tanggal: string): PejabatPadaTanggal | null {
  const rows = ctx.db
    .select({ p: penugasan, g: pegawai })
    .from(penugasan)
    .innerJoin(pegawai, eq(pegawai.id, penugasan.pegawaiId))
    .where(and(eq(penugasan.jabatanId, jabatanId), lte(penugasan.mulai, tanggal), or(isNull(penugasan.selesai), gte(penugasan.selesai, tanggal))))
    .all();
  rows.sort((a, b) => PRIORITAS[a.p.status] - PRIORITAS[b.p.status] || b.p.mulai.localeCompare(a.p.mulai));
  const top = rows[0];
  return top ? { penugasanId: top.p.id, status: top.p.status, pegawai: top.g } : null;
}

export function jabatanById(ctx: Ctx, id: number) {
  return wajibAda(ctx.db.select().from(jabatan).where(eq(jabatan.id, id)).get(), `Jabatan #${id}`);
}

function jabatanDenganPejabat(ctx: Ctx, j: typeof jabatan.$inferSelect, tanggal: string): Jabatan {
  return { ...j, pejabat: pejabatPadaTanggal(ctx, j.id, tanggal) };
}

export const organisasiHandlers: Handlers<typeof organisasiApi> = {
  'instansi.get': (ctx) => {
    const row = wajibAda(ctx.db.select().from(instansi).where(eq(instansi.id, 1)).get(), 'Profil instansi (jalankan init)');
    const { id: _id, ...rest } = row;
    return rest;
  },
  'instansi.update': (ctx, input) => {
    const sebelum = ctx.db.select().from(instansi).where(eq(instansi.id, 1)).get();
    const nilai = { ...input, kodePos: input.kodePos ?? null, telepon: input.telepon ?? null, email: input.email ?? null, laman: input.laman ?? null };
    if (sebelum) ctx.db.update(instansi).set(nilai).where(eq(instansi.id, 1)).run();
    else ctx.db.insert(instansi).values({ id: 1, ...nilai }).run();
    const sesudah = wajibAda(ctx.db.select().from(instansi).where(eq(instansi.id, 1)).get(), 'Profil instansi');
    audit(ctx, { aksi: sebelum ? 'update' : 'create', tabel: 'instansi', recordId: 1, sebelum, sesudah });
    const { id: _id, ...rest } = sesudah;
    return rest;
  },

  'instansi.setLogo': (ctx, input) => {
    const sebelum = wajibAda(ctx.db.select().from(instansi).where(eq(instansi.id, 1)).get(), 'Profil instansi');
    let logoSha256: string | null = null;
    if (input.isiBase64) {
      const isi = Buffer.from(input.isiBase64, 'base64');
      if (mimePindaian(isi) === 'application/pdf') throw invalid('Logo harus berupa gambar PNG atau JPG.');
      logoSha256 = ctx.berkas.simpan(isi);
    }
    ctx.db.update(instansi).set({ logoSha256 }).where(eq(instansi.id, 1)).run();
    audit(ctx, { aksi: 'update', tabel: 'instansi', recordId: 1, sebelum, sesudah: { ...sebelum, logoSha256 } });
    const { id: _id, ...rest } = { ...sebelum, logoSha256 };
    return rest;
  },
  'unit.list': (ctx) => ctx.db.select().from(unit).orderBy(asc(unit.kode)).all() as Unit[],
  'unit.save': (ctx, input) => {
    const { id, ...nilai } = input;
    if (input.parentId) {
      wajibAda(ctx.db.select().from(unit).where(eq(unit.id, input.parentId)).get(), 'Unit induk');
      if (id && input.parentId === id) throw invalid('Unit tidak boleh menjadi induk dirinya sendiri.');
    }
    const bentrok = ctx.db.select().from(unit).where(eq(unit.kode, input.kode)).get();
    if (bentrok && bentrok.id !== id) throw conflict(`Kode unit "${input.kode}" sudah dipakai oleh ${bentrok.nama}.`);
    if (id) {
      const sebelum = wajibAda(ctx.db.select().from(unit).where(eq(unit.id, id)).get(), `Unit #${id}`);
      ctx.db.update(unit).set(tanpaUndefined(nilai)).where(eq(unit.id, id)).run();
      const sesudah = ctx.db.select().from(unit).where(eq(unit.id, id)).get()!;
      audit(ctx, { aksi: 'update', tabel: 'unit', recordId: id, sebelum, sesudah });
      return sesudah as Unit;
    }
    const sesudah = ctx.db.insert(unit).values(nilai).returning().get();
    audit(ctx, { aksi: 'create', tabel: 'unit', recordId: sesudah.id, sesudah });
    return sesudah as Unit;
  },

  'jabatan.list': (ctx, input) => {
    const tanggal = input.tanggal ?? hariIni(ctx);
    return ctx.db
      .select()
      .from(jabatan)
      .orderBy(asc(jabatan.urutan), asc(jabatan.nama))
      .all()
      .map((j) => jabatanDenganPejabat(ctx, j, tanggal));
  },
  'jabatan.save': (ctx, input) => {
    const { id, ...nilai } = input;
    if (input.unitId) wajibAda(ctx.db.select().from(unit).where(eq(unit.id, input.unitId)).get(), 'Unit');
    if (input.atasanId) {
      if (input.atasanId === id) throw invalid('Jabatan tidak boleh menjadi atasan dirinya sendiri.');
      jabatanById(ctx, input.atasanId);
    }
    const bentrok = ctx.db.select().from(jabatan).where(eq(jabatan.nama, input.nama)).get();
    if (bentrok && bentrok.id !== id) throw conflict(`Jabatan "${input.nama}" sudah ada.`);
    let row;
    if (id) {
      const sebelum = jabatanById(ctx, id);
      ctx.db.update(jabatan).set(tanpaUndefined(nilai)).where(eq(jabatan.id, id)).run();
      row = jabatanById(ctx, id);
      audit(ctx, { aksi: 'update', tabel: 'jabatan', recordId: id, sebelum, sesudah: row });
    } else {
      row = ctx.db.insert(jabatan).values(nilai).returning().get();
      audit(ctx, { aksi: 'create', tabel: 'jabatan', recordId: row.id, sesudah: row });
    }
    return jabatanDenganPejabat(ctx, row, hariIni(ctx));
  },

  'pegawai.list': (ctx, input) => {
    const q = input.q ? `%${input.q}%` : undefined;
    return ctx.db
      .select()
      .from(pegawai)
      .where(q ? or(like(pegawai.nama, q), like(pegawai.nip, q)) : undefined)
      .orderBy(asc(pegawai.nama))
      .limit(500)
      .all() as Pegawai[];
  },
  'pegawai.save': (ctx, input) => {
    const { id, ...nilai } = input;
    if (input.nip) {
      const bentrok = ctx.db.select().from(pegawai).where(eq(pegawai.nip, input.nip)).get();
      if (bentrok && bentrok.id !== id) throw conflict(`NIP ${input.nip} sudah tercatat atas nama ${bentrok.nama}.`);
    }
    if (id) {
      const sebelum = wajibAda(ctx.db.select().from(pegawai).where(eq(pegawai.id, id)).get(), `Pegawai #${id}`);
      ctx.db.update(pegawai).set(tanpaUndefined(nilai)).where(eq(pegawai.id, id)).run();
      const sesudah = ctx.db.select().from(pegawai).where(eq(pegawai.id, id)).get()!;
      audit(ctx, { aksi: 'update', tabel: 'pegawai', recordId: id, sebelum, sesudah });
      return sesudah;
    }
    const sesudah = ctx.db.insert(pegawai).values(nilai).returning().get();
    audit(ctx, { aksi: 'create', tabel: 'pegawai', recordId: sesudah.id, sesudah });
    return sesudah;
  },

  'penugasan.list': (ctx, input) =>
    ctx.db
      .select()
      .from(penugasan)
      .where(input.jabatanId ? eq(penugasan.jabatanId, input.jabatanId) : undefined)
      .orderBy(desc(penugasan.mulai))
      .all(),
  'penugasan.save': (ctx, input) => {
    const { id, ...nilai } = input;
    jabatanById(ctx, input.jabatanId);
    wajibAda(ctx.db.select().from(pegawai).where(eq(pegawai.id, input.pegawaiId)).get(), `Pegawai #${input.pegawaiId}`);
    // Two holders of the same kind on overlapping dates would make the signer ambiguous.
    const tumpang = ctx.db
      .select()
      .from(penugasan)
      .where(
        and(
          eq(penugasan.jabatanId, input.jabatanId),
          eq(penugasan.status, input.status),
          sql`${penugasan.id} IS NOT ${id ?? null}`,
          lte(penugasan.mulai, input.selesai ?? '9999-12-31'),
          or(isNull(penugasan.selesai), gte(penugasan.selesai, input.mulai)),
        ),
      )
      .get();
    if (tumpang) {
      throw conflict(`Sudah ada pejabat ${input.status} pada jabatan ini yang masa tugasnya bertumpang tanggal (mulai ${tumpang.mulai}). Akhiri dahulu penugasan itu.`);
    }
    const values = { ...nilai, selesai: nilai.selesai ?? null, nomorSk: nilai.nomorSk ?? null };
    if (id) {
      const sebelum = wajibAda(ctx.db.select().from(penugasan).where(eq(penugasan.id, id)).get(), `Penugasan #${id}`);
      ctx.db.update(penugasan).set(values).where(eq(penugasan.id, id)).run();
      const sesudah = ctx.db.select().from(penugasan).where(eq(penugasan.id, id)).get()!;
      audit(ctx, { aksi: 'update', tabel: 'penugasan', recordId: id, sebelum, sesudah });
      return sesudah;
    }
    const sesudah = ctx.db.insert(penugasan).values(values).returning().get();
    audit(ctx, { aksi: 'create', tabel: 'penugasan', recordId: sesudah.id, sesudah });
    return sesudah;
  },
};
