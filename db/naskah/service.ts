import { writeFileSync } from 'node:fs';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { FormatNaskah, NaskahDetail, naskahApi, TataLetakJenis, TemplateNaskah } from '../../shared/api/naskah';
import type { ParsedOf } from '../../shared/api/contract';
import { invalid, rejected } from '../../shared/errors';
import { susunDokumen } from '../../shared/naskah/dokumen';
import { dataTemplate, PLACEHOLDER } from '../../shared/naskah/placeholder';
import { gabungPengaturan, tataLetakBawaan, tataLetakSchema, type TataLetak } from '../../shared/naskah/pengaturan';
import { audit, waktuSekarang, type Ctx } from '../core/context';
import { berkasFile } from '../core/schema';
import { bacaBerkasMasukan } from '../core/berkas';
import type { Handlers } from '../core/handlers';
import { wajibAda } from '../core/rows';
import { periksaTujuan, tulisAtomik, type FormatEkspor } from '../laporan/berkas-tujuan';
import { jabatanById } from '../organisasi/service';
import { jenisNaskah } from '../referensi/schema';
import { catatRiwayat } from '../surat/riwayat';
import { register } from '../surat/schema';
import { suratKeluarById } from '../surat/keluar-service';
import { bangunNaskah, htmlNaskah } from './bangun';
import { tulisDocx } from './docx';
import { bacaPengaturan, jenisNaskahBySlug, simpanPengaturan, tataLetakJenis } from './pengaturan';
import { naskahIsi, naskahTataLetak, naskahTemplate, naskahVersi } from './schema';
import { isiNaskahOf, sumberNaskah } from './sumber';
import { isiTemplate, MIME_DOCX, periksaTemplate } from './template';
import { verifikasiQr } from './verifikasi';
import { keluarVersi, simpanVersi, versiSama } from './versi';

const BOLEH_DIUBAH = ['konsep', 'dikembalikan', 'diparaf'];
const BATAS_TEMPLAT = 10 * 1024 * 1024;

function detail(ctx: Ctx, id: number): NaskahDetail {
  const sumber = sumberNaskah(ctx, id);
  const dok = susunDokumen(sumber.data);
  const s = sumber.surat;
  return {
    ...isiNaskahOf(ctx, id),
    id,
    jenisNaskah: s.jenisNaskah,
    layout: sumber.data.jenis.layout,
    varian: dok.varian,
    dapatDiubah: BOLEH_DIUBAH.includes(s.status),
    tataLetak: sumber.data.tataLetak,
    templateId: sumber.templateId,
    tandaTangan: dok.ttd.blok,
    peringatan: sumber.peringatan,
  };
}

/** `periksaTujuan` builds the expected extension from the format name; docx passes through it as well. */
const tujuan = (ctx: Ctx, path: string, format: FormatNaskah, timpa?: boolean) => periksaTujuan(ctx, path, format as FormatEkspor, timpa);

const namaBerkas = (slug: string, nomor: string | null, id: number, format: FormatNaskah) =>
  `${slug}-${(nomor ?? `konsep-${id}`).replace(/[^A-Za-z0-9.-]+/g, '-')}.${format}`;

async function render(ctx: Ctx, input: ParsedOf<(typeof naskahApi)['naskah.render']>) {
  const abs = tujuan(ctx, input.path, input.format, input.timpa);
  const n = await bangunNaskah(ctx, input.id);
  const templateId = input.format === 'docx' ? n.templateId : null;
  const ada = versiSama(ctx, input.id, input.format, n.isiSha256, templateId);
  let isi: Buffer;
  if (ada) isi = ctx.berkas.baca(ada.sha256);
  else if (input.format === 'pdf') isi = await ctx.pdf.render(htmlNaskah(ctx, n.dok), { width: `${n.dok.halaman.lebarMm}mm`, height: `${n.dok.halaman.tinggiMm}mm` });
  else if (templateId) isi = isiTemplate(ctx.berkas.baca(templateById(ctx, templateId).sha256), dataTemplate(n.dok));
  else isi = await tulisDocx(n.dok);
  await tulisAtomik(abs, async (tmp) => writeFileSync(tmp, isi));
  const final = n.surat.nomor !== null && ['bernomor', 'dikirim'].includes(n.surat.status);
  const row =
    ada ??
    ctx.sqlite
      .transaction(
        () =>
          // Another window may have stored the same content meanwhile; the check inside the lock keeps one copy.
          versiSama(ctx, input.id, input.format, n.isiSha256, templateId) ??
          simpanVersi(ctx, {
            suratId: input.id,
            format: input.format,
            status: final ? 'final' : 'draft',
            isiSha256: n.isiSha256,
            templateId,
            qr: n.dok.qr?.teks ?? null,
            isi,
            namaFile: namaBerkas(n.surat.jenisNaskah, n.surat.nomor, input.id, input.format),
          }),
      )
      .immediate();
  return { ...keluarVersi(row), path: abs, baru: !ada, peringatan: n.peringatan };
}

function templateById(ctx: Ctx, id: number) {
  return wajibAda(ctx.db.select().from(naskahTemplate).where(eq(naskahTemplate.id, id)).get(), `Templat #${id}`);
}

function daftarTemplate(ctx: Ctx, ids?: number[]): TemplateNaskah[] {
  const dipakai = ctx.db.select().from(naskahTataLetak).all();
  return ctx.db
    .select()
    .from(naskahTemplate)
    .where(ids ? inArray(naskahTemplate.id, ids) : undefined)
    .orderBy(asc(naskahTemplate.nama), asc(naskahTemplate.id))
    .all()
    .map(({ berkasId: _b, ...t }) => ({ ...t, dipakaiUntuk: dipakai.filter((d) => d.templateId === t.id).map((d) => d.jenisNaskah) }));
}

function tataLetakKeluar(ctx: Ctx, j: typeof jenisNaskah.$inferSelect): TataLetakJenis {
  const t = tataLetakJenis(ctx, j.slug);
  return { jenisNaskah: j.slug, nama: j.nama, layout: j.layout, tataLetak: t.tataLetak, templateId: t.templateId, disesuaikan: t.disesuaikan };
}

export const naskahHandlers: Handlers<typeof naskahApi> = {
  'naskah.get': (ctx, input) => detail(ctx, input.id),

  'naskah.save': (ctx, input) => {
    const { id, ...ubah } = input;
    const s = suratKeluarById(ctx, id);
    if (!BOLEH_DIUBAH.includes(s.status)) throw rejected('Naskah yang sudah ditandatangani tidak dapat diubah; buat ulang berkasnya bila perlu, versi lama tetap tersimpan.');
    if (ubah.atasNamaJabatanId) jabatanById(ctx, ubah.atasNamaJabatanId);
    const sebelum = ctx.db.select().from(naskahIsi).where(eq(naskahIsi.suratKeluarId, id)).get();
    const nilai = { ...isiNaskahOf(ctx, id), ...Object.fromEntries(Object.entries(ubah).filter(([, v]) => v !== undefined)), updatedAt: waktuSekarang(ctx) };
    ctx.db.insert(naskahIsi).values({ ...nilai, suratKeluarId: id }).onConflictDoUpdate({ target: naskahIsi.suratKeluarId, set: nilai }).run();
    const sesudah = ctx.db.select().from(naskahIsi).where(eq(naskahIsi.suratKeluarId, id)).get();
    audit(ctx, { aksi: sebelum ? 'update' : 'create', tabel: 'naskah_isi', recordId: id, sebelum, sesudah });
    catatRiwayat(ctx, 'keluar', id, 'naskah-diubah', `Isi naskah disimpan: ${Object.keys(ubah).filter((k) => ubah[k as keyof typeof ubah] !== undefined).join(', ') || 'tanpa perubahan'}.`);
    return detail(ctx, id);
  },

  'naskah.preview': async (ctx, input) => {
    const n = await bangunNaskah(ctx, input.id);
    return { html: htmlNaskah(ctx, n.dok), halaman: { lebarMm: n.dok.halaman.lebarMm, tinggiMm: n.dok.halaman.tinggiMm }, isiSha256: n.isiSha256, peringatan: n.peringatan };
  },

  'naskah.render': (ctx, input) => render(ctx, input),

  'naskah.versions': (ctx, input) => {
    suratKeluarById(ctx, input.id);
    return ctx.db.select().from(naskahVersi).where(eq(naskahVersi.suratKeluarId, input.id)).orderBy(desc(naskahVersi.versi), asc(naskahVersi.format)).all().map(keluarVersi);
  },

  'naskah.versionExport': async (ctx, input) => {
    const v = wajibAda(ctx.db.select().from(naskahVersi).where(eq(naskahVersi.id, input.versiId)).get(), `Versi naskah #${input.versiId}`);
    const abs = tujuan(ctx, input.path, v.format, input.timpa);
    const isi = ctx.berkas.baca(v.sha256);
    await tulisAtomik(abs, async (tmp) => writeFileSync(tmp, isi));
    return { ...keluarVersi(v), path: abs };
  },

  'naskah.verify': (ctx, input) => verifikasiQr(ctx, input.payload),

  'naskah.template.upload': (ctx, input) => {
    const isi = input.path ? bacaBerkasMasukan(ctx, input.path, BATAS_TEMPLAT, 'Berkas templat') : Buffer.from(input.isiBase64!, 'base64');
    const placeholder = periksaTemplate(isi);
    const sha = ctx.berkas.simpan(isi);
    const berkas = ctx.db.insert(berkasFile).values({ sha256: sha, namaFile: `${input.nama}.docx`, mime: MIME_DOCX, ukuran: isi.length }).returning().get();
    const row = ctx.db.insert(naskahTemplate).values({ nama: input.nama, berkasId: berkas.id, sha256: sha, placeholder, aktor: ctx.aktor }).returning().get();
    audit(ctx, { aksi: 'create', tabel: 'naskah_template', recordId: row.id, sesudah: row });
    return daftarTemplate(ctx, [row.id])[0]!;
  },

  'naskah.template.list': (ctx) => daftarTemplate(ctx),

  'naskah.template.placeholders': () =>
    PLACEHOLDER.map((p) => ({ ...p, tulisan: p.isi ? `{#${p.nama}}…{/${p.nama}}` : `{${p.nama}}` })),

  'naskah.tataLetak.list': (ctx) =>
    ctx.db
      .select()
      .from(jenisNaskah)
      .where(eq(jenisNaskah.aktif, true))
      .orderBy(asc(jenisNaskah.nama))
      .all()
      .map((j) => tataLetakKeluar(ctx, j)),

  'naskah.tataLetak.save': (ctx, input) => {
    const { jenisNaskah: slug, bawaan, templateId, ...ubah } = input;
    const j = jenisNaskahBySlug(ctx, slug);
    if (templateId) {
      const t = templateById(ctx, templateId);
      if (!t.aktif) throw rejected(`Templat "${t.nama}" tidak aktif.`);
    }
    const sebelum = ctx.db.select().from(naskahTataLetak).where(eq(naskahTataLetak.jenisNaskah, slug)).get();
    const lama = bawaan ? {} : ((sebelum?.nilai ?? {}) as Partial<TataLetak>);
    const bersih = Object.fromEntries(Object.entries(ubah).filter(([, v]) => v !== undefined)) as Partial<TataLetak>;
    const nilai = { ...lama, ...bersih };
    const dasar = tataLetakBawaan(slug, bacaPengaturan(ctx).kertasBawaan);
    const cek = tataLetakSchema.safeParse({ ...dasar, ...nilai, margin: { ...dasar.margin, ...nilai.margin } });
    if (!cek.success) throw invalid(`Tata letak tidak sah: ${cek.error.issues.map((i) => i.message).join(' ')}`);
    const tpl = templateId === undefined ? (sebelum?.templateId ?? null) : templateId;
    ctx.db.insert(naskahTataLetak).values({ jenisNaskah: slug, nilai, templateId: tpl }).onConflictDoUpdate({ target: naskahTataLetak.jenisNaskah, set: { nilai, templateId: tpl } }).run();
    const hasil = tataLetakKeluar(ctx, j);
    audit(ctx, { aksi: sebelum ? 'update' : 'create', tabel: 'naskah_tata_letak', recordId: slug, sebelum, sesudah: hasil });
    return hasil;
  },

  'naskah.pengaturan.get': (ctx) => bacaPengaturan(ctx),

  'naskah.pengaturan.save': (ctx, input) => {
    const sebelum = bacaPengaturan(ctx);
    let sesudah;
    try {
      sesudah = gabungPengaturan(sebelum, input);
    } catch (e) {
      throw invalid(`Pengaturan tidak sah: ${(e as { issues?: { message: string }[] }).issues?.map((i) => i.message).join(' ') ?? String(e)}`);
    }
    for (const kode of sesudah.qrRegister) {
      if (!ctx.db.select().from(register).where(eq(register.kode, kode)).get()) throw invalid(`Register "${kode}" untuk QR tidak ada.`, [{ path: 'qrRegister', message: 'Register tidak dikenal.' }]);
    }
    for (const id of Object.keys(sesudah.peranJabatan)) jabatanById(ctx, Number(id));
    simpanPengaturan(ctx, sesudah);
    audit(ctx, { aksi: 'update', tabel: 'naskah_pengaturan', recordId: 1, sebelum, sesudah });
    return sesudah;
  },
};
