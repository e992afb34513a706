import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { disposisiApi } from '../../shared/api/disposisi';
import type { Disposisi, PenerimaDisposisi } from '../../shared/api/surat-masuk';
import { STATUS_PENERIMA_LABEL, type StatusPenerima } from '../../shared/surat/enums';
import { bolehPindahStatus, laporanLanjutan, statusSuratMasuk, wajibBelumDibatalkan } from '../../shared/surat/status-surat-masuk';
import { formatTanggal } from '../../shared/format/tanggal';
import { invalid, invalidBidang, rejected } from '../../shared/errors';
import { audit, wajibBukanMasaDepan, waktuSekarang, type Ctx } from '../core/context';
import type { Handlers } from '../core/handlers';
import { wajibAda } from '../core/rows';
import { pengguna } from '../akses/schema';
import { jabatan } from '../organisasi/schema';
import { jabatanById } from '../organisasi/service';
import { catatRiwayat } from './riwayat';
import { wajibBertindakSebagai } from '../akses/service';
import { disposisi, disposisiPenerima, suratMasuk, tindakLanjut } from './schema';

function penerimaById(ctx: Ctx, id: number) {
  return wajibAda(ctx.db.select().from(disposisiPenerima).where(eq(disposisiPenerima.id, id)).get(), `Penerima disposisi #${id}`);
}

/** The letter's state follows all its branches; recomputed inside every write that moves one. */
function perbaruiStatusSurat(ctx: Ctx, suratMasukId: number): void {
  const statuses = ctx.db
    .select({ s: disposisiPenerima.status })
    .from(disposisiPenerima)
    .where(eq(disposisiPenerima.suratMasukId, suratMasukId))
    .all()
    .map((r) => r.s as StatusPenerima);
  ctx.db
    .update(suratMasuk)
    .set({ status: statusSuratMasuk(statuses), updatedAt: waktuSekarang(ctx) })
    .where(eq(suratMasuk.id, suratMasukId))
    .run();
}

/** The whole disposisi tree of one letter, in four queries whatever its size. */
export function pohonDisposisi(ctx: Ctx, suratMasukId: number): Disposisi[] {
  const dRows = ctx.db
    .select({ d: disposisi, dari: jabatan.nama })
    .from(disposisi)
    .innerJoin(jabatan, eq(jabatan.id, disposisi.dariJabatanId))
    .where(eq(disposisi.suratMasukId, suratMasukId))
    .orderBy(asc(disposisi.id))
    .all();
  const pRows = ctx.db
    .select({ p: disposisiPenerima, nama: jabatan.nama, unitId: jabatan.unitId })
    .from(disposisiPenerima)
    .innerJoin(jabatan, eq(jabatan.id, disposisiPenerima.jabatanId))
    .where(eq(disposisiPenerima.suratMasukId, suratMasukId))
    .orderBy(desc(disposisiPenerima.utama), asc(disposisiPenerima.id))
    .all();
  // Each note names the person who wrote it, as the letter's timeline does (riwayatOf).
  const tRows = pRows.length
    ? ctx.db
        .select({ t: tindakLanjut, namaAktor: pengguna.nama })
        .from(tindakLanjut)
        .leftJoin(pengguna, eq(pengguna.username, tindakLanjut.aktor))
        .where(inArray(tindakLanjut.penerimaId, pRows.map((r) => r.p.id)))
        .orderBy(asc(tindakLanjut.id))
        .all()
    : [];

  const nodes = new Map<number, Disposisi>();
  for (const { d, dari } of dRows) {
    nodes.set(d.id, {
      id: d.id,
      suratMasukId: d.suratMasukId,
      dariJabatanId: d.dariJabatanId,
      dariJabatan: dari,
      asalPenerimaId: d.asalPenerimaId,
      tanggal: d.tanggal,
      instruksi: d.instruksi,
      catatan: d.catatan,
      batasWaktu: d.batasWaktu,
      penerima: [],
    });
  }
  const penerima = new Map<number, PenerimaDisposisi>();
  for (const { p, nama, unitId } of pRows) {
    const node: PenerimaDisposisi = {
      id: p.id,
      disposisiId: p.disposisiId,
      jabatanId: p.jabatanId,
      jabatan: nama,
      unitId,
      utama: p.utama,
      status: p.status as StatusPenerima,
      tindakLanjut: tRows
        .filter(({ t }) => t.penerimaId === p.id)
        .map(({ t, namaAktor }) => ({ id: t.id, waktu: t.waktu, status: t.status as StatusPenerima, catatan: t.catatan, aktor: t.aktor, namaAktor })),
      diteruskan: [],
    };
    penerima.set(p.id, node);
    nodes.get(p.disposisiId)?.penerima.push(node);
  }
  const akar: Disposisi[] = [];
  for (const d of nodes.values()) {
    const induk = d.asalPenerimaId ? penerima.get(d.asalPenerimaId) : undefined;
    if (induk) induk.diteruskan.push(d);
    else akar.push(d);
  }
  return akar;
}

function disposisiById(ctx: Ctx, suratMasukId: number, disposisiId: number): Disposisi {
  const cari = (list: Disposisi[]): Disposisi | undefined => {
    for (const d of list) {
      if (d.id === disposisiId) return d;
      for (const p of d.penerima) {
        const found = cari(p.diteruskan);
        if (found) return found;
      }
    }
    return undefined;
  };
  return wajibAda(cari(pohonDisposisi(ctx, suratMasukId)), `Disposisi #${disposisiId}`);
}

function pindahStatus(ctx: Ctx, penerimaId: number, ke: StatusPenerima, catatan: string | null) {
  const p = penerimaById(ctx, penerimaId);
  // Only the addressee follows a branch up; only the giver withdraws it.
  const pelaku = ke === 'ditarik' ? ctx.db.select({ j: disposisi.dariJabatanId }).from(disposisi).where(eq(disposisi.id, p.disposisiId)).get()!.j : p.jabatanId;
  wajibBertindakSebagai(ctx, pelaku);
  const dari = p.status as StatusPenerima;
  if (laporanLanjutan(dari, ke) && !catatan) throw invalidBidang('catatan', 'Catatan tindak lanjut wajib diisi.');
  if (!bolehPindahStatus(dari, ke)) {
    const pesan =
      ke === 'ditarik'
        ? `Disposisi hanya dapat ditarik selama belum dibaca; statusnya sekarang ${STATUS_PENERIMA_LABEL[dari].toLowerCase()}.`
        : `Status disposisi tidak dapat berubah dari ${STATUS_PENERIMA_LABEL[dari].toLowerCase()} menjadi ${STATUS_PENERIMA_LABEL[ke].toLowerCase()}.`;
    throw rejected(pesan);
  }
  ctx.db.update(disposisiPenerima).set({ status: ke, updatedAt: waktuSekarang(ctx) }).where(eq(disposisiPenerima.id, penerimaId)).run();
  const catatanBaru = ctx.db.insert(tindakLanjut).values({ penerimaId, waktu: waktuSekarang(ctx), status: ke, catatan, aktor: ctx.aktor }).returning().get();
  // The note goes into the audit too: a further report changes nothing else on the branch.
  const sesudah = { ...penerimaById(ctx, penerimaId), tindakLanjut: catatanBaru };
  audit(ctx, { aksi: 'update', tabel: 'disposisi_penerima', recordId: penerimaId, sebelum: p, sesudah });
  const nama = jabatanById(ctx, p.jabatanId).nama;
  catatRiwayat(ctx, 'masuk', p.suratMasukId, `disposisi-${ke}`, `${nama}: ${STATUS_PENERIMA_LABEL[ke].toLowerCase()}${catatan ? ` — ${catatan}` : ''}.`);
  perbaruiStatusSurat(ctx, p.suratMasukId);
  return p;
}

export const disposisiHandlers: Handlers<typeof disposisiApi> = {
  'disposisi.create': (ctx, input) => {
    const surat = wajibAda(ctx.db.select().from(suratMasuk).where(eq(suratMasuk.id, input.suratMasukId)).get(), `Surat masuk #${input.suratMasukId}`);
    wajibBelumDibatalkan(surat);
    const dari = jabatanById(ctx, input.dariJabatanId);
    wajibBertindakSebagai(ctx, dari.id);
    if (input.tanggal < surat.tanggalTerima) {
      throw invalidBidang('tanggal', `Tanggal disposisi tidak boleh sebelum tanggal surat diterima (${formatTanggal(surat.tanggalTerima)}).`);
    }
    wajibBukanMasaDepan(ctx, input.tanggal, 'Tanggal disposisi', 'tanggal');
    if (input.asalPenerimaId) {
      const asal = penerimaById(ctx, input.asalPenerimaId);
      if (asal.suratMasukId !== surat.id) throw invalid('Disposisi asal bukan milik surat ini.');
      if (asal.jabatanId !== dari.id) throw rejected('Hanya penerima disposisi yang dapat meneruskannya.');
      if (asal.status === 'ditarik' || asal.status === 'selesai') {
        throw rejected(`Disposisi yang sudah ${STATUS_PENERIMA_LABEL[asal.status as StatusPenerima].toLowerCase()} tidak dapat diteruskan.`);
      }
      // Passing a disposisi on means it was read.
      if (asal.status === 'belum_dibaca') pindahStatus(ctx, asal.id, 'diterima', 'Diteruskan');
    }
    const penerimaJabatan = input.penerima.map((p) => jabatanById(ctx, p.jabatanId));
    if (penerimaJabatan.some((j) => j.id === dari.id)) throw invalid('Pemberi disposisi tidak boleh menjadi penerimanya sendiri.');
    const adaUtama = input.penerima.some((p) => p.utama);

    const d = ctx.db
      .insert(disposisi)
      .values({
        suratMasukId: surat.id,
        dariJabatanId: dari.id,
        asalPenerimaId: input.asalPenerimaId ?? null,
        tanggal: input.tanggal,
        instruksi: input.instruksi,
        catatan: input.catatan ?? null,
        batasWaktu: input.batasWaktu ?? null,
      })
      .returning()
      .get();
    const rows = input.penerima.map((p, i) =>
      ctx.db
        .insert(disposisiPenerima)
        .values({ disposisiId: d.id, suratMasukId: surat.id, jabatanId: p.jabatanId, utama: adaUtama ? p.utama : i === 0, batasWaktu: d.batasWaktu })
        .returning()
        .get(),
    );
    audit(ctx, { aksi: 'create', tabel: 'disposisi', recordId: d.id, sesudah: { ...d, penerima: rows } });
    const kepada = penerimaJabatan.map((j, i) => `${j.nama}${rows[i]!.utama ? ' (utama)' : ''}`).join('; ');
    const batas = d.batasWaktu ? `, batas waktu ${formatTanggal(d.batasWaktu)}` : '';
    catatRiwayat(ctx, 'masuk', surat.id, 'didisposisikan', `${dari.nama} mendisposisikan kepada ${kepada}${batas}.`);
    perbaruiStatusSurat(ctx, surat.id);
    return disposisiById(ctx, surat.id, d.id);
  },

  'disposisi.updateStatus': (ctx, input) => {
    const p = pindahStatus(ctx, input.penerimaId, input.status, input.catatan ?? null);
    return disposisiById(ctx, p.suratMasukId, p.disposisiId);
  },

  'disposisi.tarik': (ctx, input) => {
    const p = pindahStatus(ctx, input.penerimaId, 'ditarik', input.alasan ?? null);
    return disposisiById(ctx, p.suratMasukId, p.disposisiId);
  },

  'disposisi.inbox': (ctx, input) => {
    const dariJabatan = jabatan;
    const rows = ctx.db
      .select({ p: disposisiPenerima, d: disposisi, s: suratMasuk, dari: dariJabatan.nama })
      .from(disposisiPenerima)
      .innerJoin(disposisi, eq(disposisi.id, disposisiPenerima.disposisiId))
      .innerJoin(suratMasuk, eq(suratMasuk.id, disposisiPenerima.suratMasukId))
      .innerJoin(dariJabatan, eq(dariJabatan.id, disposisi.dariJabatanId))
      .where(and(eq(disposisiPenerima.jabatanId, input.jabatanId), input.status ? eq(disposisiPenerima.status, input.status) : undefined))
      .orderBy(desc(disposisi.tanggal), desc(disposisiPenerima.id))
      .limit(input.limit)
      .all();
    const namaJabatan = jabatanById(ctx, input.jabatanId).nama;
    return rows.map(({ p, d, s, dari }) => ({
      penerimaId: p.id,
      disposisiId: d.id,
      suratMasukId: s.id,
      nomorAgenda: s.nomorAgenda,
      tahunAgenda: s.tahunAgenda,
      perihal: s.perihal,
      asal: s.asal,
      dariJabatan: dari,
      jabatanId: p.jabatanId,
      jabatan: namaJabatan,
      utama: p.utama,
      status: p.status as StatusPenerima,
      instruksi: d.instruksi,
      catatan: d.catatan,
      batasWaktu: p.batasWaktu,
      tanggal: d.tanggal,
    }));
  },
};
