import { and, asc, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SuratKeluar, SuratKeluarDetail, suratKeluarApi } from '../../shared/api/surat-keluar';
import { tahunDari, formatTanggal } from '../../shared/format/tanggal';
import { CARA_KIRIM_LABEL, STATUS_SURAT_KELUAR_LABEL, type StatusSuratKeluar } from '../../shared/surat/enums';
import { conflict, invalid, invalidBidang, rejected } from '../../shared/errors';
import { audit, hariIni, wajibBukanMasaDepan, waktuSekarang, type Ctx } from '../core/context';
import type { Handlers } from '../core/handlers';
import { siapKueri } from '../core/siap';
import { bidangBerubah, tanpaUndefined, wajibAda } from '../core/rows';
import { jabatan, unit } from '../organisasi/schema';
import { jabatanById } from '../organisasi/service';
import { jenisNaskah } from '../referensi/schema';
import { getKlasifikasi, pastikanKodeBaru } from '../referensi/service';
import { aturNomorTerakhir, bukukanNomor, registerByKode, registerDenganTahun, validasiFormatRegister } from './penomoran';
import { ftsQuery, polaNomor } from './pencarian';
import { daftarField } from '../../shared/surat/label-field';
import { wajibBertindakSebagai } from '../akses/service';
import { berkasOf, catatRiwayat, riwayatOf } from './riwayat';
import { ekspedisi, nomorSurat, paraf, register, suratKeluar } from './schema';

type Row = typeof suratKeluar.$inferSelect;

export function keluarSuratKeluar(r: Row): SuratKeluar {
  const { nomorId: _n, ditandatanganiJabatanId: _j, ...rest } = r;
  return rest as SuratKeluar;
}

export function suratKeluarById(ctx: Ctx, id: number): Row {
  const q = siapKueri(ctx.db, 'suratKeluarById', () => ctx.db.select().from(suratKeluar).where(eq(suratKeluar.id, sql.placeholder('id'))).prepare());
  return wajibAda(q.get({ id }), `Surat keluar #${id}`);
}

function wajibStatus(s: Row, boleh: StatusSuratKeluar[], tindakan: string): void {
  if (!boleh.includes(s.status as StatusSuratKeluar)) {
    throw rejected(`Surat berstatus "${STATUS_SURAT_KELUAR_LABEL[s.status as StatusSuratKeluar]}" tidak dapat ${tindakan}.`);
  }
}

function detail(ctx: Ctx, id: number): SuratKeluarDetail {
  const s = suratKeluarById(ctx, id);
  const parafRows = ctx.db
    .select({ p: paraf, nama: jabatan.nama })
    .from(paraf)
    .innerJoin(jabatan, eq(jabatan.id, paraf.jabatanId))
    .where(eq(paraf.suratKeluarId, id))
    .orderBy(asc(paraf.id))
    .all()
    .map(({ p, nama }) => ({ id: p.id, jabatanId: p.jabatanId, jabatan: nama, jenis: p.jenis, hasil: p.hasil, catatan: p.catatan, waktu: p.waktu, aktor: p.aktor }));
  const eks = ctx.db
    .select()
    .from(ekspedisi)
    .where(eq(ekspedisi.suratKeluarId, id))
    .orderBy(asc(ekspedisi.id))
    .all()
    .map(({ suratKeluarId: _s, ...e }) => e as SuratKeluarDetail['ekspedisi'][number]);
  const unitPengolah = s.unitPengolahId ? (ctx.db.select({ n: unit.nama }).from(unit).where(eq(unit.id, s.unitPengolahId)).get()?.n ?? null) : null;
  const penandatangan = s.penandatanganJabatanId ? jabatanById(ctx, s.penandatanganJabatanId).nama : null;
  return {
    ...keluarSuratKeluar(s),
    paraf: parafRows,
    ekspedisi: eks,
    riwayat: riwayatOf(ctx, 'keluar', id),
    berkas: berkasOf(ctx, 'keluar', id),
    unitPengolah,
    penandatangan,
    namaRegister: registerByKode(ctx, s.registerKode).nama,
    namaKlasifikasi: getKlasifikasi(ctx, s.kodeKlasifikasi)?.nama ?? null,
  };
}

/** Moves a letter on: the change, its audit entry (changed fields only) and a step on its timeline. */
function ubahSurat(ctx: Ctx, sebelum: Row, set: Partial<Row>, aksi: string, uraian: string): Row {
  const nilai: Partial<Row> = { ...set, updatedAt: waktuSekarang(ctx) };
  const kolom = Object.keys(nilai).sort();
  // One prepared UPDATE per set of columns (the transitions are few): numbering runs this in the lock.
  const q = siapKueri(ctx.db, `ubahSurat:${kolom.join(',')}`, () =>
    ctx.db
      .update(suratKeluar)
      .set(Object.fromEntries(kolom.map((k) => [k, sql.placeholder(k)])))
      .where(eq(suratKeluar.id, sql.placeholder('id')))
      .returning()
      .prepare(),
  );
  const sesudah = q.get({ ...nilai, id: sebelum.id })!;
  audit(ctx, { aksi: 'update', tabel: 'surat_keluar', recordId: sebelum.id, sebelum, sesudah });
  catatRiwayat(ctx, 'keluar', sebelum.id, aksi, uraian);
  return sesudah;
}

function periksaRujukan(ctx: Ctx, v: { jenisNaskah?: string; kodeKlasifikasi?: string; register?: string; unitPengolahId?: number | null; penandatanganJabatanId?: number | null }) {
  let registerKode = v.register;
  if (v.jenisNaskah !== undefined) {
    const j = ctx.db.select().from(jenisNaskah).where(eq(jenisNaskah.slug, v.jenisNaskah)).get();
    if (!j || !j.aktif) throw invalid(`Jenis naskah "${v.jenisNaskah}" tidak dikenal atau tidak aktif.`, [{ path: 'jenisNaskah', message: 'Jenis naskah tidak dikenal.' }]);
    registerKode ??= j.registerKode;
  }
  if (registerKode !== undefined) {
    const r = registerByKode(ctx, registerKode);
    if (!r.aktif) throw rejected(`Register ${r.nama} tidak aktif.`);
  }
  if (v.kodeKlasifikasi) pastikanKodeBaru(ctx, v.kodeKlasifikasi);
  if (v.unitPengolahId) wajibAda(ctx.db.select().from(unit).where(eq(unit.id, v.unitPengolahId)).get(), `Unit #${v.unitPengolahId}`);
  if (v.penandatanganJabatanId) jabatanById(ctx, v.penandatanganJabatanId);
  return registerKode;
}

/** Letters whose perihal, tujuan or ringkasan match every word, or whose number contains every word. */
function cocokKataKunci(teks: string, batas?: number): SQL | undefined {
  const fts = ftsQuery(teks);
  const pola = polaNomor(teks);
  const terbaru = batas ? sql` ORDER BY rowid DESC LIMIT ${batas}` : sql``;
  const nomorMemuat = pola ? sql.join(pola.map((p) => sql`nomor LIKE ${p} ESCAPE '\\'`), sql` AND `) : null;
  const bagian = [
    fts ? sql`${suratKeluar.id} IN (SELECT rowid FROM surat_keluar_fts WHERE surat_keluar_fts MATCH ${fts}${terbaru})` : undefined,
    // Unsorted and with IS NOT NULL, so SQLite scans the small partial index surat_keluar_nomor, not the table.
    nomorMemuat ? sql`${suratKeluar.id} IN (SELECT id FROM surat_keluar WHERE nomor IS NOT NULL AND ${nomorMemuat})` : undefined,
  ].filter((b) => b !== undefined);
  return bagian.length ? or(...bagian) : sql`0`;
}

function filterDaftar(input: { tahun?: number; dari?: string; sampai?: string; status?: string; register?: string; q?: string }): SQL | undefined {
  return and(
    input.tahun ? and(gte(suratKeluar.tanggal, `${input.tahun}-01-01`), lte(suratKeluar.tanggal, `${input.tahun}-12-31`)) : undefined,
    input.dari ? gte(suratKeluar.tanggal, input.dari) : undefined,
    input.sampai ? lte(suratKeluar.tanggal, input.sampai) : undefined,
    input.status ? eq(suratKeluar.status, input.status) : undefined,
    input.register ? eq(suratKeluar.registerKode, input.register) : undefined,
    input.q ? cocokKataKunci(input.q) : undefined,
  );
}

export const suratKeluarHandlers: Handlers<typeof suratKeluarApi> = {
  'suratKeluar.create': (ctx, input) => {
    const { register: _r, ditandatangani, ...nilai } = input;
    // A letter recorded as already signed was signed on its date, which cannot be still to come.
    if (ditandatangani) wajibBukanMasaDepan(ctx, input.tanggal, 'Tanggal surat yang sudah ditandatangani', 'tanggal');
    const registerKode = periksaRujukan(ctx, input)!;
    const row = ctx.db
      .insert(suratKeluar)
      .values({
        ...nilai,
        registerKode,
        lampiran: input.lampiran ?? null,
        ringkasan: input.ringkasan ?? null,
        unitPengolahId: input.unitPengolahId ?? null,
        penandatanganJabatanId: input.penandatanganJabatanId ?? null,
        status: ditandatangani ? 'ditandatangani' : 'konsep',
        ditandatanganiTanggal: ditandatangani ? input.tanggal : null,
        ditandatanganiJabatanId: ditandatangani ? (input.penandatanganJabatanId ?? null) : null,
      })
      .returning()
      .get();
    audit(ctx, { aksi: 'create', tabel: 'surat_keluar', recordId: row.id, sesudah: row });
    catatRiwayat(ctx, 'keluar', row.id, ditandatangani ? 'dicatat-ditandatangani' : 'konsep', ditandatangani ? 'Dicatat sebagai surat yang sudah ditandatangani.' : 'Konsep dicatat.');
    return keluarSuratKeluar(row);
  },

  'suratKeluar.update': (ctx, input) => {
    const { id, register: registerBaru, ...masukan } = input;
    const s = suratKeluarById(ctx, id);
    wajibStatus(s, ['konsep', 'dikembalikan', 'diparaf'], 'diubah (sudah ditandatangani)');
    const ubah = bidangBerubah(s, masukan);
    const registerKode = periksaRujukan(ctx, { ...ubah, register: registerBaru });
    const pindahRegister = registerKode !== undefined && registerKode !== s.registerKode;
    if (Object.keys(ubah).length === 0 && !pindahRegister) return keluarSuratKeluar(s);
    const set = { ...ubah, ...(pindahRegister ? { registerKode } : {}), ...(s.status === 'dikembalikan' ? { status: 'konsep' } : {}) };
    const sesudah = ubahSurat(ctx, s, set, 'diubah', `Konsep diperbaiki: ${daftarField(Object.keys(ubah)) || 'register'}.`);
    return keluarSuratKeluar(sesudah);
  },

  'suratKeluar.get': (ctx, input) => detail(ctx, input.id),

  'suratKeluar.list': (ctx, input) => {
    const where = filterDaftar(input);
    const items = ctx.db
      .select()
      .from(suratKeluar)
      .where(where)
      .orderBy(desc(suratKeluar.tanggal), desc(suratKeluar.id))
      .limit(input.limit)
      .offset(input.offset)
      .all()
      .map(keluarSuratKeluar);
    const total = ctx.db.select({ n: sql<number>`count(*)` }).from(suratKeluar).where(where).get()!.n;
    return { items, total, offset: input.offset, limit: input.limit };
  },

  'suratKeluar.search': (ctx, input) => {
    // As suratMasuk.search: the most recently registered matches, without scoring every match.
    return ctx.db
      .select()
      .from(suratKeluar)
      .where(cocokKataKunci(input.q, input.limit))
      .orderBy(desc(suratKeluar.tanggal), desc(suratKeluar.id))
      .limit(input.limit)
      .all()
      .map(keluarSuratKeluar);
  },

  'suratKeluar.paraf': (ctx, input) => {
    const s = suratKeluarById(ctx, input.id);
    wajibStatus(s, ['konsep', 'dikembalikan', 'diparaf'], 'diparaf');
    if (s.status === 'dikembalikan' && input.hasil === 'setuju') throw rejected('Konsep dikembalikan untuk perbaikan; perbaiki dahulu sebelum diparaf lagi.');
    const j = jabatanById(ctx, input.jabatanId);
    wajibBertindakSebagai(ctx, j.id);
    const p = ctx.db
      .insert(paraf)
      .values({ suratKeluarId: s.id, jabatanId: j.id, jenis: input.jenis, hasil: input.hasil, catatan: input.catatan ?? null, waktu: waktuSekarang(ctx), aktor: ctx.aktor })
      .returning()
      .get();
    audit(ctx, { aksi: 'create', tabel: 'paraf', recordId: p.id, sesudah: p });
    const status = input.hasil === 'setuju' ? 'diparaf' : 'dikembalikan';
    ubahSurat(ctx, s, { status }, `paraf-${input.hasil}`, input.hasil === 'setuju' ? `Diparaf oleh ${j.nama}.` : `Dikembalikan oleh ${j.nama}: ${input.catatan}`);
    return detail(ctx, s.id);
  },

  'suratKeluar.sign': (ctx, input) => {
    const s = suratKeluarById(ctx, input.id);
    wajibStatus(s, ['konsep', 'diparaf'], 'ditandatangani');
    const jabatanId = input.jabatanId ?? s.penandatanganJabatanId;
    if (!jabatanId) throw invalid('Pilih jabatan penandatangan.', [{ path: 'jabatanId', message: 'Penandatangan wajib diisi.' }]);
    const j = jabatanById(ctx, jabatanId);
    const tanggal = input.tanggal ?? hariIni(ctx);
    wajibBukanMasaDepan(ctx, tanggal, 'Tanggal tanda tangan', 'tanggal');
    ubahSurat(
      ctx,
      s,
      { status: 'ditandatangani', ditandatanganiTanggal: tanggal, ditandatanganiJabatanId: j.id, penandatanganJabatanId: s.penandatanganJabatanId ?? j.id },
      'ditandatangani',
      `Ditandatangani oleh ${j.nama} pada ${formatTanggal(tanggal)}.`,
    );
    return detail(ctx, s.id);
  },

  'suratKeluar.assignNumber': (ctx, input) => {
    const s = suratKeluarById(ctx, input.id);
    if (s.nomorId) throw rejected(`Surat ini sudah bernomor ${s.nomor}.`);
    wajibStatus(s, ['ditandatangani'], 'diberi nomor (nomor diberikan sesudah ditandatangani)');
    const n = bukukanNomor(ctx, s, { sisipan: input.sisipan, alasan: input.alasan });
    audit(ctx, { aksi: 'create', tabel: 'nomor_surat', recordId: n.id, sesudah: n });
    const uraian = n.sisipan > 0 ? `Diberi nomor sisipan ${n.nomor} (alasan: ${n.alasan}).` : `Diberi nomor ${n.nomor}.`;
    const sesudah = ubahSurat(ctx, s, { status: 'bernomor', nomorId: n.id, nomor: n.nomor, nomorUrut: n.urut, nomorSisipan: n.sisipan, tahunNomor: n.tahun }, 'bernomor', uraian);
    return keluarSuratKeluar(sesudah);
  },

  'suratKeluar.cancelNumber': (ctx, input) => {
    const s = suratKeluarById(ctx, input.id);
    if (!s.nomorId) throw rejected('Surat ini belum bernomor; tidak ada nomor yang dapat dibatalkan.');
    const sebelum = wajibAda(ctx.db.select().from(nomorSurat).where(eq(nomorSurat.id, s.nomorId)).get(), 'Nomor surat');
    ctx.db.update(nomorSurat).set({ status: 'dibatalkan', alasanBatal: input.alasan }).where(eq(nomorSurat.id, sebelum.id)).run();
    audit(ctx, { aksi: 'update', tabel: 'nomor_surat', recordId: sebelum.id, sebelum, sesudah: { ...sebelum, status: 'dibatalkan', alasanBatal: input.alasan } });
    const sesudah = ubahSurat(
      ctx,
      s,
      { status: 'ditandatangani', nomorId: null, nomor: null, nomorUrut: null, nomorSisipan: null, tahunNomor: null },
      'nomor-dibatalkan',
      `Nomor ${sebelum.nomor} dibatalkan: ${input.alasan}. Nomor itu tidak akan dipakai lagi.`,
    );
    return keluarSuratKeluar(sesudah);
  },

  'suratKeluar.ekspedisi': (ctx, input) => {
    const s = suratKeluarById(ctx, input.id);
    wajibStatus(s, ['bernomor', 'dikirim'], 'dikirim (beri nomor dahulu)');
    const sejak = s.ditandatanganiTanggal && s.ditandatanganiTanggal > s.tanggal ? s.ditandatanganiTanggal : s.tanggal;
    if (input.tanggalKirim < sejak) {
      throw invalidBidang('tanggalKirim', `Tanggal kirim tidak boleh sebelum surat ${sejak === s.tanggal ? 'bertanggal' : 'ditandatangani'} (${formatTanggal(sejak)}).`);
    }
    wajibBukanMasaDepan(ctx, input.tanggalKirim, 'Tanggal kirim', 'tanggalKirim');
    const { id, ...nilai } = input;
    // A letter may go out more than once (another copy, a second courier), but the same sending
    // twice is a slip of the keyboard, and the buku ekspedisi keeps no deletions.
    const sama = ctx.db
      .select({ id: ekspedisi.id })
      .from(ekspedisi)
      .where(
        and(
          eq(ekspedisi.suratKeluarId, id),
          eq(ekspedisi.tanggalKirim, input.tanggalKirim),
          eq(ekspedisi.cara, input.cara),
          sql`coalesce(${ekspedisi.penerimaNama}, '') = ${input.penerimaNama ?? ''}`,
          sql`coalesce(${ekspedisi.keterangan}, '') = ${input.keterangan ?? ''}`,
        ),
      )
      .get();
    if (sama) throw conflict(`Pengiriman yang sama (${formatTanggal(input.tanggalKirim)}, ${CARA_KIRIM_LABEL[input.cara]}) sudah tercatat di buku ekspedisi.`);
    const e = ctx.db
      .insert(ekspedisi)
      .values({ ...nilai, suratKeluarId: id, penerimaNama: input.penerimaNama ?? null, keterangan: input.keterangan ?? null })
      .returning()
      .get();
    audit(ctx, { aksi: 'create', tabel: 'ekspedisi', recordId: e.id, sesudah: e });
    const oleh = input.penerimaNama ? `, diterima oleh ${input.penerimaNama}` : '';
    ubahSurat(ctx, s, { status: 'dikirim' }, 'dikirim', `Dikirim ${formatTanggal(input.tanggalKirim)}: ${CARA_KIRIM_LABEL[input.cara]}${oleh}.`);
    return detail(ctx, id);
  },

  'register.list': (ctx) =>
    ctx.db
      .select({ kode: register.kode })
      .from(register)
      .orderBy(asc(register.kode))
      .all()
      .map((r) => registerDenganTahun(ctx, r.kode)),

  'register.update': (ctx, input) => {
    validasiFormatRegister(input.format, input.sisipanFormat);
    const sebelum = ctx.db.select().from(register).where(eq(register.kode, input.kode)).get();
    const nilai = tanpaUndefined({ format: input.format, nama: input.nama, padding: input.padding, sisipanFormat: input.sisipanFormat, unit: input.unit, aktif: input.aktif });
    if (sebelum) ctx.db.update(register).set(nilai).where(eq(register.kode, input.kode)).run();
    else ctx.db.insert(register).values({ ...nilai, kode: input.kode, nama: input.nama ?? input.kode, format: input.format }).run();
    if (input.nomorTerakhir !== undefined) aturNomorTerakhir(ctx, input.kode, input.tahun ?? tahunDari(hariIni(ctx)), input.nomorTerakhir);
    const sesudah = registerDenganTahun(ctx, input.kode);
    audit(ctx, { aksi: sebelum ? 'update' : 'create', tabel: 'register', recordId: input.kode, sebelum, sesudah });
    return sesudah;
  },

  'register.book': (ctx, input) => {
    registerByKode(ctx, input.kode);
    return ctx.db
      .select({ n: nomorSurat, perihal: suratKeluar.perihal, tujuan: suratKeluar.tujuan })
      .from(nomorSurat)
      .innerJoin(suratKeluar, eq(suratKeluar.id, nomorSurat.suratKeluarId))
      .where(and(eq(nomorSurat.registerKode, input.kode), eq(nomorSurat.tahun, input.tahun)))
      .orderBy(asc(nomorSurat.urut), asc(nomorSurat.sisipan))
      .all()
      .map(({ n, perihal, tujuan }) => ({
        id: n.id,
        registerKode: n.registerKode,
        tahun: n.tahun,
        urut: n.urut,
        sisipan: n.sisipan,
        nomor: n.nomor,
        tanggal: n.tanggal,
        status: n.status,
        alasan: n.status === 'dibatalkan' ? n.alasanBatal : n.alasan,
        suratKeluarId: n.suratKeluarId,
        perihal,
        tujuan,
      }));
  },
};
