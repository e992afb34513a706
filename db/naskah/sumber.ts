import { and, asc, eq } from 'drizzle-orm';
import type { KopInstansi } from '../../shared/laporan/kop';
import { naskahIsiKosong, type DataNaskah, type NaskahIsi, type ParafCetak } from '../../shared/naskah/dokumen';
import { pangkatGolongan } from '../../shared/naskah/pangkat';
import type { PengaturanNaskah } from '../../shared/naskah/pengaturan';
import { kategoriPasal44, type JabatanCetak } from '../../shared/naskah/tanda-tangan';
import type { Keamanan, Urgensi } from '../../shared/surat/enums';
import { formatNomor } from '../../shared/surat/nomor';
import type { Ctx } from '../core/context';
import { kopInstansi } from '../laporan/kop';
import { instansi, jabatan } from '../organisasi/schema';
import { pejabatPadaTanggal } from '../organisasi/service';
import { paraf, register, suratKeluar } from '../surat/schema';
import { suratKeluarById } from '../surat/keluar-service';
import { bacaPengaturan, jenisNaskahBySlug, tabelPangkat, tataLetakJenis } from './pengaturan';
import { naskahIsi } from './schema';

type SuratRow = typeof suratKeluar.$inferSelect;
type JabatanRow = typeof jabatan.$inferSelect;

export function isiNaskahOf(ctx: Ctx, suratId: number): NaskahIsi {
  const r = ctx.db.select().from(naskahIsi).where(eq(naskahIsi.suratKeluarId, suratId)).get();
  if (!r) return naskahIsiKosong();
  const { suratKeluarId: _s, updatedAt: _u, ...isi } = r;
  return isi;
}

/** "Pemerintah Kabupaten Contoh" → "Kabupaten Contoh": the second line under the head of a perangkat daerah. */
const wilayahDari = (k: KopInstansi) => k.pemerintah.replace(/^pemerintah\s+/i, '');

function jabatanCetak(j: JabatanRow, k: KopInstansi): JabatanCetak {
  return { nama: j.nama, wilayah: j.atasanId === null ? wilayahDari(k) : null };
}

const jabatanById = (ctx: Ctx, id: number | null) => (id ? ctx.db.select().from(jabatan).where(eq(jabatan.id, id)).get() : undefined);

/** The jabatan between the signer and the a.n. jabatan, walking up `atasan_id`; null if it is not above the signer. */
function jalurAtasan(ctx: Ctx, dari: JabatanRow, ke: number): JabatanRow[] | null {
  const antara: JabatanRow[] = [];
  let j = jabatanById(ctx, dari.atasanId);
  for (let langkah = 0; j && langkah < 20; langkah++) {
    if (j.id === ke) return antara;
    antara.push(j);
    j = jabatanById(ctx, j.atasanId);
  }
  return null;
}

/**
 * The paraf table: the recorded approvals (latest per jabatan and kind), or, before anyone has
 * initialled, the expected hierarchy from the unit pengolah up to the signer (or, for a.n., up to
 * the jabatan signed for), so the printed draft can go round for initials.
 */
function parafCetak(ctx: Ctx, s: SuratRow, penandatanganId: number | null, atasNamaId: number | null): ParafCetak[] {
  const rows = ctx.db
    .select({ jabatanId: paraf.jabatanId, nama: jabatan.nama, jenis: paraf.jenis, hasil: paraf.hasil })
    .from(paraf)
    .innerJoin(jabatan, eq(jabatan.id, paraf.jabatanId))
    .where(eq(paraf.suratKeluarId, s.id))
    .orderBy(asc(paraf.id))
    .all();
  const terakhir = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const kunci = `${r.jenis}:${r.jabatanId}`;
    terakhir.delete(kunci);
    terakhir.set(kunci, r);
  }
  const setuju = [...terakhir.values()].filter((r) => r.hasil === 'setuju' && r.jabatanId !== penandatanganId);
  if (setuju.length) return setuju.map((r) => ({ jabatan: r.nama, jenis: r.jenis }));
  if (!s.unitPengolahId || !penandatanganId) return [];
  const awal = ctx.db
    .select()
    .from(jabatan)
    .where(and(eq(jabatan.unitId, s.unitPengolahId), eq(jabatan.aktif, true)))
    .orderBy(asc(jabatan.urutan), asc(jabatan.id))
    .get();
  const puncak = atasNamaId ?? penandatanganId;
  if (!awal || awal.id === penandatanganId || awal.id === puncak) return [];
  const atas = jalurAtasan(ctx, awal, puncak);
  return atas ? [awal, ...atas].filter((j) => j.id !== penandatanganId).map((j) => ({ jabatan: j.nama, jenis: 'hierarki' as const })) : [];
}

/** The register format with the sequence left as dots: what a draft prints where the number will go. */
function nomorKonsep(ctx: Ctx, s: SuratRow): string {
  const reg = ctx.db.select().from(register).where(eq(register.kode, s.registerKode)).get();
  if (!reg) return '……';
  const unit = reg.unit ?? ctx.db.select({ k: instansi.kodeUnit }).from(instansi).where(eq(instansi.id, 1)).get()?.k ?? '';
  const kodeJabatan = jabatanById(ctx, s.penandatanganJabatanId)?.kode ?? '';
  return formatNomor(
    reg.format.replace(/\{urut(:\d)?\}/g, '……'),
    { klasifikasi: s.kodeKlasifikasi, urut: 0, unit, jabatan: kodeJabatan, tanggal: s.tanggal, keamanan: s.klasifikasiKeamanan as Keamanan },
    { padding: reg.padding, sisipanFormat: reg.sisipanFormat },
  );
}

export interface SumberNaskah {
  surat: SuratRow;
  data: DataNaskah;
  templateId: number | null;
  peringatan: string[];
}

export function sumberNaskah(ctx: Ctx, suratId: number, p: PengaturanNaskah = bacaPengaturan(ctx)): SumberNaskah {
  const s = suratKeluarById(ctx, suratId);
  const jenis = jenisNaskahBySlug(ctx, s.jenisNaskah);
  const naskah = isiNaskahOf(ctx, s.id);
  const kop = kopInstansi(ctx);
  const tata = tataLetakJenis(ctx, jenis.slug, p);
  const peringatan: string[] = [];

  const jabatanTtdId = s.ditandatanganiJabatanId ?? s.penandatanganJabatanId;
  const jTtd = jabatanById(ctx, jabatanTtdId);
  let penandatangan: DataNaskah['penandatangan'] = null;
  if (!jTtd) peringatan.push('Penandatangan belum dipilih: blok tanda tangan dicetak kosong.');
  else {
    const pejabat = pejabatPadaTanggal(ctx, jTtd.id, s.tanggal);
    if (!pejabat) peringatan.push(`Tidak ada pejabat yang memegang jabatan ${jTtd.nama} pada tanggal surat: nama dikosongkan untuk ditulis tangan.`);
    const atasNama: JabatanCetak[] = [];
    const jAn = jabatanById(ctx, naskah.atasNamaJabatanId);
    if (jAn) {
      const antara = jalurAtasan(ctx, jTtd, jAn.id);
      if (antara === null) peringatan.push(`${jAn.nama} bukan atasan ${jTtd.nama}: a.n. dicetak tanpa u.b.`);
      atasNama.push(jabatanCetak(jAn, kop), ...(antara ?? []).map((j) => jabatanCetak(j, kop)));
    }
    const g = pejabat?.pegawai;
    penandatangan = {
      jabatan: jabatanCetak(jTtd, kop),
      peran: p.peranJabatan[String(jTtd.id)] ?? 'lain',
      status: pejabat?.status ?? 'definitif',
      atasNama,
      pejabat: g
        ? { nama: g.nama, gelarDepan: g.gelarDepan, gelarBelakang: g.gelarBelakang, nip: g.nip, pangkatGolongan: pangkatGolongan(tabelPangkat(ctx.resourcesDir), g.pangkat, g.golongan) }
        : null,
    };
  }
  if (!s.nomor) peringatan.push('Surat belum bernomor: nomor dicetak sebagai titik-titik (konsep).');

  const data: DataNaskah = {
    jenis: { slug: jenis.slug, nama: jenis.nama, layout: jenis.layout, kategori: kategoriPasal44(jenis.slug, jenis.kelompok) },
    surat: {
      tanggal: s.tanggal,
      tujuan: s.tujuan,
      perihal: s.perihal,
      urgensi: s.urgensi as Urgensi,
      klasifikasiKeamanan: s.klasifikasiKeamanan as Keamanan,
      lampiran: s.lampiran,
      nomor: s.nomor,
      nomorKonsep: nomorKonsep(ctx, s),
    },
    naskah,
    kop,
    penandatangan,
    paraf: parafCetak(ctx, s, jTtd?.id ?? null, naskah.atasNamaJabatanId),
    pengaturan: p,
    tataLetak: tata.tataLetak,
  };
  return { surat: s, data, templateId: tata.templateId, peringatan };
}
