import { writeFileSync } from 'node:fs';
import { and, desc, eq, gte, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DuplikatSurat, SuratMasuk, suratMasukApi } from '../../shared/api/surat-masuk';
import { tahunDari } from '../../shared/format/tanggal';
import { invalidBidang, rejected } from '../../shared/errors';
import { kunciNomorSurat, pengirimSama } from '../../shared/surat/duplikat';
import { ekstensiPindaian } from '../../shared/surat/pindaian';
import { uraianBatal, wajibBelumDibatalkan } from '../../shared/surat/status-surat-masuk';
import { BATAS_UKURAN_BERKAS, bacaBerkasMasukan, mimePindaian } from '../core/berkas';
import { audit, wajibBukanMasaDepan, waktuSekarang, type Ctx } from '../core/context';
import { siap } from '../core/siap';
import type { Handlers } from '../core/handlers';
import { bidangBerubah, wajibAda } from '../core/rows';
import { berkasFile } from '../core/schema';
import { getKlasifikasi, pastikanKodeBaru } from '../referensi/service';
import { pohonDisposisi } from './disposisi-service';
import { ftsQuery, nomorAgendaDari } from './pencarian';
import { daftarField } from '../../shared/surat/label-field';
import { berkasOf, catatRiwayat, riwayatOf } from './riwayat';
import { periksaTujuan, tulisAtomik } from '../laporan/berkas-tujuan';
import { lampiranSurat, suratMasuk } from './schema';

type Row = typeof suratMasuk.$inferSelect;

export function keluarSuratMasuk(r: Row): SuratMasuk {
  const { kunciDuplikat: _k, ...rest } = r;
  return rest as SuratMasuk;
}

export function suratMasukById(ctx: Ctx, id: number): Row {
  return wajibAda(ctx.db.select().from(suratMasuk).where(eq(suratMasuk.id, id)).get(), `Surat masuk #${id}`);
}

/** Letters already in the book with the same nomor surat from the same sender (shared/surat/duplikat.ts). */
function duplikat(ctx: Ctx, asal: string, nomorSurat: string, kecualiId?: number): DuplikatSurat[] {
  return ctx.db
    .select({ id: suratMasuk.id, tahunAgenda: suratMasuk.tahunAgenda, nomorAgenda: suratMasuk.nomorAgenda, tanggalTerima: suratMasuk.tanggalTerima, asal: suratMasuk.asal })
    .from(suratMasuk)
    .where(
      and(
        eq(suratMasuk.kunciDuplikat, kunciNomorSurat(nomorSurat)),
        sql`${suratMasuk.status} <> 'dibatalkan'`,
        kecualiId ? sql`${suratMasuk.id} <> ${kecualiId}` : undefined,
      ),
    )
    .limit(50)
    .all()
    .filter((r) => pengirimSama(r.asal, asal))
    .slice(0, 20)
    .map(({ asal: _a, ...d }) => d);
}

/** The agenda number: one counter per calendar year of receipt, incremented inside the write. */
function nomorAgendaBerikut(ctx: Ctx, tahun: number): number {
  const row = siap(
    ctx.sqlite,
    `INSERT INTO urutan (lingkup, tahun, terakhir) VALUES ('agenda-masuk', ?, 1)
     ON CONFLICT (lingkup, tahun) DO UPDATE SET terakhir = terakhir + 1 RETURNING terakhir`,
  ).get(tahun) as { terakhir: number };
  return row.terakhir;
}

type SaringanDaftar = { tahun?: number; dari?: string; sampai?: string; status?: string; urgensi?: string; q?: string };

/**
 * How the text filter joins the rest. SQLite either drives the query from the list of matches (one
 * lookup per match, then a sort by date) or walks a date-ordered index testing each letter against
 * the set of matches. The first is cheap for few matches; the second for a page of many. Counting
 * walks the whole filtered range, so it switches later. Both give the same rows.
 */
const PAGE_LEWAT_INDEKS = 2_000;
const HITUNG_LEWAT_INDEKS = 20_000;

/**
 * Which index leads a filtered list: the one whose filter leaves the fewest letters. SQLite cannot
 * tell by itself: PRAGMA optimize samples a few hundred index entries, and on such a sample
 * "status = 'selesai'" (nearly every letter) looks as selective as a year.
 */
function kolomPemandu(input: SaringanDaftar): 'tahun' | 'status' | 'urgensi' | null {
  if (input.tahun) return 'tahun';
  if (input.status && input.status !== 'selesai') return 'status';
  if (input.urgensi) return 'urgensi';
  return input.status ? 'status' : null;
}

/**
 * The letters whose nomor agenda is what was typed ("193" or "193/2026"): one lookup per year in the
 * unique index (tahun_agenda, nomor_agenda), for the year typed, the year filtered, or every year.
 */
function nomorAgendaCocok(ctx: Ctx, input: SaringanDaftar): SQL | null {
  const agenda = input.q ? nomorAgendaDari(input.q) : null;
  if (!agenda) return null;
  const tahunSatu = agenda.tahun ?? input.tahun;
  const rentang = siap(ctx.sqlite, 'SELECT min(tahun_agenda) AS awal, max(tahun_agenda) AS akhir FROM surat_masuk').get() as { awal: number | null; akhir: number | null };
  const tahun = tahunSatu ? [tahunSatu] : rentang.awal === null ? [] : Array.from({ length: rentang.akhir! - rentang.awal + 1 }, (_, i) => rentang.awal! + i);
  if (tahun.length === 0) return null;
  return sql`SELECT id FROM surat_masuk WHERE tahun_agenda IN (${sql.join(tahun.map((t) => sql`${t}`), sql`, `)}) AND nomor_agenda = ${agenda.nomor}`;
}

/**
 * The list's WHERE for its page and for its total. Every combination of tahun/status/urgensi/date
 * range is answered by one of the covering indexes of migration 0004, which also give the date
 * order, so a page deep in the book skips index entries instead of reading and sorting letters.
 * The filters that do not lead are written `+column`, which SQLite tests but never uses to pick
 * an index.
 */
function filterDaftar(ctx: Ctx, input: SaringanDaftar): { halaman: SQL | undefined; hitung: SQL | undefined; jumlahCocok: number | null; agenda: SQL | null } {
  const pemandu = kolomPemandu(input);
  const sama = (nama: 'tahun' | 'status' | 'urgensi', kolom: SQLiteColumn, nilai: string | number | undefined) =>
    !nilai ? undefined : pemandu === nama ? eq(kolom, nilai) : sql`+${kolom} = ${nilai}`;
  const syarat: (SQL | undefined)[] = [
    sama('tahun', suratMasuk.tahunAgenda, input.tahun),
    input.dari ? gte(suratMasuk.tanggalTerima, input.dari) : undefined,
    input.sampai ? lte(suratMasuk.tanggalTerima, input.sampai) : undefined,
    sama('status', suratMasuk.status, input.status),
    sama('urgensi', suratMasuk.urgensi, input.urgensi),
  ];
  const q = input.q ? ftsQuery(input.q) : null;
  if (!q) return { halaman: and(...syarat), hitung: and(...syarat), jumlahCocok: null, agenda: null };
  const cocokTeks = (ctx.sqlite.prepare('SELECT count(*) AS n FROM surat_masuk_fts WHERE surat_masuk_fts MATCH ?').get(q) as { n: number }).n;
  const agenda = nomorAgendaCocok(ctx, input);
  const cocok = sql`(SELECT rowid FROM surat_masuk_fts WHERE surat_masuk_fts MATCH ${q}${agenda ? sql` UNION ALL ${agenda}` : sql``})`;
  // `+id` is not an indexable term, so SQLite cannot drive the query from the match list.
  const teks = (lewatIndeks: boolean) => (lewatIndeks ? sql`+${suratMasuk.id} IN ${cocok}` : sql`${suratMasuk.id} IN ${cocok}`);
  return {
    halaman: and(...syarat, teks(cocokTeks > PAGE_LEWAT_INDEKS)),
    hitung: and(...syarat, teks(cocokTeks > HITUNG_LEWAT_INDEKS)),
    // The number of letters matched, when the full-text count is all of them: a nomor agenda adds
    // letters the text index does not hold, so those totals are counted like any other filter.
    jumlahCocok: agenda ? null : cocokTeks,
    agenda,
  };
}

/**
 * One page of the list. The letter whose nomor agenda was typed ("12/2026") heads the first page,
 * before the letters that only carry those digits in their text (a nomor surat ending in 12/2026);
 * the rest follow by date. The pinned letters are few (one per year at most), so they are read
 * apart and left out of the date-ordered remainder, which keeps its index order and its paging.
 */
function halamanDaftar(ctx: Ctx, where: SQL | undefined, agenda: SQL | null, offset: number, limit: number): Row[] {
  const urut = [desc(suratMasuk.tanggalTerima), desc(suratMasuk.id)];
  const semat = agenda ? ctx.db.select().from(suratMasuk).where(and(where, sql`${suratMasuk.id} IN (${agenda})`)).orderBy(...urut).all() : [];
  const sisa = (lewati: number, ambil: number) =>
    ambil <= 0
      ? []
      : ctx.db
          .select()
          .from(suratMasuk)
          .where(semat.length ? and(where, notInArray(suratMasuk.id, semat.map((r) => r.id))) : where)
          .orderBy(...urut)
          .limit(ambil)
          .offset(lewati)
          .all();
  const atas = semat.slice(offset, offset + limit);
  return [...atas, ...sisa(Math.max(0, offset - semat.length), limit - atas.length)];
}

export const suratMasukHandlers: Handlers<typeof suratMasukApi> = {
  'suratMasuk.create': (ctx, input) => {
    wajibBukanMasaDepan(ctx, input.tanggalTerima, 'Tanggal terima', 'tanggalTerima');
    if (input.kodeKlasifikasi) pastikanKodeBaru(ctx, input.kodeKlasifikasi);
    const kemungkinanDuplikat = duplikat(ctx, input.asal, input.nomorSurat);
    const tahunAgenda = tahunDari(input.tanggalTerima);
    const row = ctx.db
      .insert(suratMasuk)
      .values({
        ...input,
        tahunAgenda,
        nomorAgenda: nomorAgendaBerikut(ctx, tahunAgenda),
        kunciDuplikat: kunciNomorSurat(input.nomorSurat),
        ringkasan: input.ringkasan ?? null,
        lampiran: input.lampiran ?? null,
        kodeKlasifikasi: input.kodeKlasifikasi ?? null,
      })
      .returning()
      .get();
    audit(ctx, { aksi: 'create', tabel: 'surat_masuk', recordId: row.id, sesudah: row });
    catatRiwayat(ctx, 'masuk', row.id, 'dicatat', `Dicatat dengan nomor agenda ${row.nomorAgenda}/${row.tahunAgenda}.`);
    return { ...keluarSuratMasuk(row), kemungkinanDuplikat };
  },

  'suratMasuk.update': (ctx, input) => {
    const { id, ...masukan } = input;
    const sebelum = suratMasukById(ctx, id);
    wajibBelumDibatalkan(sebelum);
    const ubah = bidangBerubah(sebelum, masukan);
    if (Object.keys(ubah).length === 0) return keluarSuratMasuk(sebelum);
    if (ubah.kodeKlasifikasi) pastikanKodeBaru(ctx, ubah.kodeKlasifikasi);
    if (ubah.tanggalTerima) wajibBukanMasaDepan(ctx, ubah.tanggalTerima, 'Tanggal terima', 'tanggalTerima');
    const gabung = { ...sebelum, ...ubah };
    if (gabung.tanggalSurat > gabung.tanggalTerima) throw invalidBidang('tanggalSurat', 'Tanggal surat tidak boleh sesudah tanggal terima.');
    if (tahunDari(gabung.tanggalTerima) !== sebelum.tahunAgenda) {
      throw invalidBidang('tanggalTerima', `Tanggal terima harus tetap dalam tahun agenda ${sebelum.tahunAgenda}; nomor agenda tidak dapat dipindah tahun.`);
    }
    ctx.db
      .update(suratMasuk)
      .set({ ...ubah, kunciDuplikat: kunciNomorSurat(gabung.nomorSurat), updatedAt: waktuSekarang(ctx) })
      .where(eq(suratMasuk.id, id))
      .run();
    const sesudah = suratMasukById(ctx, id);
    audit(ctx, { aksi: 'update', tabel: 'surat_masuk', recordId: id, sebelum, sesudah });
    catatRiwayat(ctx, 'masuk', id, 'diubah', `Data surat diperbaiki: ${daftarField(Object.keys(ubah))}.`);
    return keluarSuratMasuk(sesudah);
  },

  'suratMasuk.batalkan': (ctx, input) => {
    const sebelum = suratMasukById(ctx, input.id);
    wajibBelumDibatalkan(sebelum);
    // The status follows the live disposisi branches (statusSuratMasuk): any other status means one stands.
    if (sebelum.status !== 'belum_didisposisi') throw rejected('Surat ini sudah didisposisikan; tarik dahulu disposisinya, lalu batalkan catatannya.');
    ctx.db.update(suratMasuk).set({ status: 'dibatalkan', updatedAt: waktuSekarang(ctx) }).where(eq(suratMasuk.id, sebelum.id)).run();
    const sesudah = suratMasukById(ctx, sebelum.id);
    audit(ctx, { aksi: 'update', tabel: 'surat_masuk', recordId: sebelum.id, sebelum, sesudah });
    catatRiwayat(ctx, 'masuk', sebelum.id, 'dibatalkan', uraianBatal(input.alasan, `${sebelum.nomorAgenda}/${sebelum.tahunAgenda}`));
    return keluarSuratMasuk(sesudah);
  },

  'suratMasuk.get': (ctx, input) => {
    const row = suratMasukById(ctx, input.id);
    const namaKlasifikasi = row.kodeKlasifikasi ? (getKlasifikasi(ctx, row.kodeKlasifikasi)?.nama ?? null) : null;
    return { ...keluarSuratMasuk(row), namaKlasifikasi, disposisi: pohonDisposisi(ctx, row.id), berkas: berkasOf(ctx, 'masuk', row.id), riwayat: riwayatOf(ctx, 'masuk', row.id) };
  },

  'suratMasuk.list': (ctx, input) => {
    const { halaman, hitung, jumlahCocok, agenda } = filterDaftar(ctx, input);
    const items = halamanDaftar(ctx, halaman, agenda, input.offset, input.limit).map(keluarSuratMasuk);
    // With only a text filter the full-text index already counted the matches (it holds exactly the
    // letters, kept by triggers); anything else is counted from the same covering index.
    const hanyaTeks = jumlahCocok !== null && !input.tahun && !input.dari && !input.sampai && !input.status && !input.urgensi;
    const total = hanyaTeks ? jumlahCocok! : ctx.db.select({ n: sql<number>`count(*)` }).from(suratMasuk).where(hitung).get()!.n;
    return { items, total, offset: input.offset, limit: input.limit };
  },

  'suratMasuk.search': (ctx, input) => {
    const q = ftsQuery(input.q);
    if (!q) return [];
    // The most recently registered matches, read backwards off the index and stopping at the limit.
    // Ranking by relevance (ORDER BY rank) scored every match first, so common words took 100+ ms,
    // and the page is shown by date anyway; the full list of matches is suratMasuk.list with q.
    return ctx.db
      .select()
      .from(suratMasuk)
      .where(sql`${suratMasuk.id} IN (SELECT rowid FROM surat_masuk_fts WHERE surat_masuk_fts MATCH ${q} ORDER BY rowid DESC LIMIT ${input.limit})`)
      .orderBy(desc(suratMasuk.tanggalTerima), desc(suratMasuk.id))
      .all()
      .map(keluarSuratMasuk);
  },

  'suratMasuk.checkDuplicate': (ctx, input) => duplikat(ctx, input.asal, input.nomorSurat, input.kecualiId),

  'suratMasuk.salinLampiran': async (ctx, input) => {
    const b = wajibAda(
      ctx.db
        .select({ sha256: berkasFile.sha256, mime: berkasFile.mime })
        .from(lampiranSurat)
        .innerJoin(berkasFile, eq(berkasFile.id, lampiranSurat.berkasId))
        .where(and(eq(lampiranSurat.berkasId, input.berkasId), eq(lampiranSurat.jenisSurat, 'masuk')))
        .get(),
      `Pindaian #${input.berkasId}`,
    );
    const target = periksaTujuan(ctx, input.path, ekstensiPindaian(b.mime), input.timpa);
    // Read (and checked against its hash) before the target is touched: a damaged store file replaces nothing.
    const isi = ctx.berkas.baca(b.sha256);
    const hasil = await tulisAtomik(target, async (tmp) => writeFileSync(tmp, isi), 'Menyimpan salinan pindaian');
    return { path: target, ...hasil };
  },

  'suratMasuk.attach': (ctx, input) => {
    wajibBelumDibatalkan(suratMasukById(ctx, input.id));
    const isi = input.path ? bacaBerkasMasukan(ctx, input.path, BATAS_UKURAN_BERKAS, 'Berkas pindaian') : Buffer.from(input.isiBase64!, 'base64');
    const mime = mimePindaian(isi);
    const sha256 = ctx.berkas.simpan(isi);
    const b = ctx.db.insert(berkasFile).values({ sha256, namaFile: input.namaFile, mime, ukuran: isi.length }).returning().get();
    ctx.db.insert(lampiranSurat).values({ jenisSurat: 'masuk', suratId: input.id, berkasId: b.id }).run();
    audit(ctx, { aksi: 'create', tabel: 'berkas_file', recordId: b.id, sesudah: { ...b, suratMasukId: input.id } });
    catatRiwayat(ctx, 'masuk', input.id, 'lampiran', `Pindaian ${input.namaFile} dilampirkan (SHA-256 ${sha256.slice(0, 12)}…).`);
    return b;
  },
};
