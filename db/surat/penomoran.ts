import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Register } from '../../shared/api/surat-keluar';
import { formatNomor, sisipanFormatErrors, templateErrors } from '../../shared/surat/nomor';
import { rencanakanNomor, type NomorTerpakai } from '../../shared/surat/rencana-nomor';
import type { Keamanan } from '../../shared/surat/enums';
import { tahunDari } from '../../shared/format/tanggal';
import { conflict, invalid, rejected } from '../../shared/errors';
import { hariIni, type Ctx } from '../core/context';
import { siap, siapKueri } from '../core/siap';
import { wajibAda } from '../core/rows';
import { instansi, jabatan } from '../organisasi/schema';
import { nomorSurat, register, registerTahun, suratKeluar } from './schema';

type SuratRow = typeof suratKeluar.$inferSelect;

export function registerByKode(ctx: Ctx, kode: string) {
  const q = siapKueri(ctx.db, 'registerByKode', () => ctx.db.select().from(register).where(eq(register.kode, sql.placeholder('kode'))).prepare());
  return wajibAda(q.get({ kode }), `Register "${kode}"`);
}

export function registerDenganTahun(ctx: Ctx, kode: string): Register {
  const r = registerByKode(ctx, kode);
  const tahun = ctx.db
    .select({ tahun: registerTahun.tahun, nomorTerakhir: registerTahun.nomorTerakhir })
    .from(registerTahun)
    .where(eq(registerTahun.registerKode, kode))
    .orderBy(desc(registerTahun.tahun))
    .all();
  return { ...r, tahun };
}

function nomorTerakhir(ctx: Ctx, kode: string, tahun: number): number {
  siap(ctx.sqlite, 'INSERT INTO register_tahun (register_kode, tahun, nomor_terakhir) VALUES (?, ?, 0) ON CONFLICT DO NOTHING').run(kode, tahun);
  return (siap(ctx.sqlite, 'SELECT nomor_terakhir AS n FROM register_tahun WHERE register_kode = ? AND tahun = ?').get(kode, tahun) as { n: number }).n;
}

/**
 * The queries of the numbering path, built and prepared once per database: they run inside the write
 * lock, where every microsecond is a microsecond the other processes wait.
 */
function kueriPenomoran(ctx: Ctx) {
  return siapKueri(ctx.db, 'penomoran', () => {
    const p = sql.placeholder;
    const pilih = { urut: nomorSurat.urut, sisipan: nomorSurat.sisipan, tanggal: nomorSurat.tanggal };
    const diRegister = and(eq(nomorSurat.registerKode, p('kode')), eq(nomorSurat.tahun, p('tahun')), eq(nomorSurat.sisipan, 0));
    return {
      terbaru: ctx.db.select(pilih).from(nomorSurat).where(diRegister).orderBy(desc(nomorSurat.urut)).limit(1).prepare(),
      induk: ctx.db.select(pilih).from(nomorSurat).where(and(diRegister, lte(nomorSurat.tanggal, p('tanggal')))).orderBy(desc(nomorSurat.urut)).limit(1).prepare(),
      keluarga: ctx.db
        .select(pilih)
        .from(nomorSurat)
        .where(and(eq(nomorSurat.registerKode, p('kode')), eq(nomorSurat.tahun, p('tahun')), eq(nomorSurat.urut, p('urut'))))
        .orderBy(asc(nomorSurat.sisipan))
        .prepare(),
      kodeUnit: ctx.db.select({ kodeUnit: instansi.kodeUnit }).from(instansi).where(eq(instansi.id, 1)).prepare(),
      kodeJabatan: ctx.db.select({ kode: jabatan.kode }).from(jabatan).where(eq(jabatan.id, p('id'))).prepare(),
      simpan: ctx.db
        .insert(nomorSurat)
        .values({
          registerKode: p('registerKode'),
          tahun: p('tahun'),
          urut: p('urut'),
          sisipan: p('sisipan'),
          nomor: p('nomor'),
          tanggal: p('tanggal'),
          suratKeluarId: p('suratKeluarId'),
          alasan: p('alasan'),
        })
        .returning()
        .prepare(),
    };
  });
}

/** Only the rows the numbering rule can look at: the newest main number, and the anchor of a sisipan. */
function nomorRelevan(ctx: Ctx, kode: string, tahun: number, tanggal: string): NomorTerpakai[] {
  const q = kueriPenomoran(ctx);
  const terbaru = q.terbaru.get({ kode, tahun });
  if (!terbaru || tanggal >= terbaru.tanggal) return terbaru ? [terbaru] : [];
  const induk = q.induk.get({ kode, tahun, tanggal });
  if (!induk) return [terbaru];
  return [terbaru, ...q.keluarga.all({ kode, tahun, urut: induk.urut })];
}

/**
 * Books the next number for a signed letter. Runs inside the caller's IMMEDIATE transaction, so two
 * processes numbering at once are serialised by SQLite; the unique index on (register, tahun, urut,
 * sisipan) is the last guard against a duplicate.
 */
export function bukukanNomor(ctx: Ctx, surat: SuratRow, opts: { sisipan: boolean; alasan?: string }) {
  const reg = registerByKode(ctx, surat.registerKode);
  if (!reg.aktif) throw rejected(`Register ${reg.nama} tidak aktif.`);
  const tahun = tahunDari(surat.tanggal);
  const terakhir = nomorTerakhir(ctx, reg.kode, tahun);
  const hasil = rencanakanNomor({
    terpakai: nomorRelevan(ctx, reg.kode, tahun, surat.tanggal),
    nomorTerakhir: terakhir,
    tanggal: surat.tanggal,
    sisipan: opts.sisipan,
    alasan: opts.alasan,
    hariIni: hariIni(ctx),
  });
  if (!hasil.ok) throw rejected(hasil.alasan);
  const r = hasil.rencana;
  const sisipan = r.jenis === 'sisipan' ? r.sisipan : 0;

  if (r.jenis === 'baru') {
    const ubah = siap(ctx.sqlite, 'UPDATE register_tahun SET nomor_terakhir = ? WHERE register_kode = ? AND tahun = ? AND nomor_terakhir = ?').run(
      r.urut,
      reg.kode,
      tahun,
      terakhir,
    );
    if (ubah.changes !== 1) throw conflict('Penghitung nomor berubah saat penomoran; coba lagi.');
  }
  const q = kueriPenomoran(ctx);
  const nomor = formatNomor(
    reg.format,
    {
      klasifikasi: surat.kodeKlasifikasi,
      urut: r.urut,
      sisipan,
      unit: reg.unit ?? q.kodeUnit.get()?.kodeUnit ?? '',
      jabatan: surat.penandatanganJabatanId ? (q.kodeJabatan.get({ id: surat.penandatanganJabatanId })?.kode ?? '') : '',
      tanggal: surat.tanggal,
      keamanan: surat.klasifikasiKeamanan as Keamanan,
    },
    { padding: reg.padding, sisipanFormat: reg.sisipanFormat },
  );
  return q.simpan.get({
    registerKode: reg.kode,
    tahun,
    urut: r.urut,
    sisipan,
    nomor,
    tanggal: surat.tanggal,
    suratKeluarId: surat.id,
    alasan: sisipan > 0 ? (opts.alasan ?? null) : null,
  })!;
}

export function validasiFormatRegister(format: string, sisipanFormat?: string): void {
  const errs = [...templateErrors(format), ...(sisipanFormat ? sisipanFormatErrors(sisipanFormat) : [])];
  if (errs.length) throw invalid(errs.join(' '), errs.map((message) => ({ path: 'format', message })));
}

/** An office that starts mid-year continues its paper book; it may never go back below a used number. */
export function aturNomorTerakhir(ctx: Ctx, kode: string, tahun: number, nilai: number): void {
  const maks =
    ctx.db
      .select({ m: sql<number | null>`max(${nomorSurat.urut})` })
      .from(nomorSurat)
      .where(and(eq(nomorSurat.registerKode, kode), eq(nomorSurat.tahun, tahun)))
      .get()?.m ?? 0;
  if (nilai < maks) throw rejected(`Nomor terakhir ${tahun} tidak boleh kurang dari ${maks}: nomor itu sudah terbit dan tidak boleh dipakai ulang.`);
  ctx.sqlite
    .prepare(
      `INSERT INTO register_tahun (register_kode, tahun, nomor_terakhir) VALUES (?, ?, ?)
       ON CONFLICT (register_kode, tahun) DO UPDATE SET nomor_terakhir = excluded.nomor_terakhir`,
    )
    .run(kode, tahun, nilai);
}
