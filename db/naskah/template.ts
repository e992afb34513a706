import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { invalid } from '../../shared/errors';
import { PLACEHOLDER, semuaTag, tagTidakDikenal, type PohonTag } from '../../shared/naskah/placeholder';

/**
 * Office templates through docxtemplater core with its default parser: a tag is a name looked up in
 * the data, nothing is evaluated (engineering notes §3: templates are data, docx-templates runs JS).
 */

export const MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface GalatDocxtemplater {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: GalatDocxtemplater[] };
  message?: string;
}

const PESAN: Record<string, (tag: string) => string> = {
  unclosed_tag: (t) => `tanda kurung "{${t}" tidak ditutup`,
  unopened_tag: (t) => `tanda kurung "${t}}" tidak dibuka`,
  duplicate_open_tag: (t) => `kurung buka ganda pada "${t}"`,
  duplicate_close_tag: (t) => `kurung tutup ganda pada "${t}"`,
  closing_tag_does_not_match_opening_tag: (t) => `penutup ulangan {/${t}} tidak cocok dengan pembukanya`,
  unclosed_loop: (t) => `ulangan {#${t}} tidak ditutup dengan {/${t}}`,
  unopened_loop: (t) => `penutup {/${t}} tanpa pembuka {#${t}}`,
};

function uraiGalat(e: unknown): string {
  const g = e as GalatDocxtemplater;
  const semua = g.properties?.errors?.length ? g.properties.errors : [g];
  return semua
    .map((x) => {
      const id = x.properties?.id ?? '';
      const f = PESAN[id];
      return f ? f(x.properties?.xtag ?? '') : (x.properties?.explanation ?? x.message ?? 'susunan templat rusak');
    })
    .join('; ');
}

function bukaZip(isi: Buffer): PizZip {
  try {
    const zip = new PizZip(isi);
    if (!zip.file('word/document.xml')) throw new Error('bukan docx');
    return zip;
  } catch {
    throw invalid('Berkas templat harus dokumen Word .docx (disimpan dari Word atau LibreOffice sebagai .docx).');
  }
}

const DAFTAR = PLACEHOLDER.map((p) => (p.isi ? `{#${p.nama}}…{/${p.nama}}` : `{${p.nama}}`)).join(', ');

/** The placeholders the template uses; refuses a broken template or one with a name we do not fill. */
export function periksaTemplate(isi: Buffer): string[] {
  const zip = bukaZip(isi);
  const inspeksi = new InspectModule();
  try {
    new Docxtemplater(zip, { modules: [inspeksi], paragraphLoop: true, linebreaks: true, errorLogging: false });
  } catch (e) {
    throw invalid(`Templat tidak dapat dipakai: ${uraiGalat(e)}. Perbaiki di Word lalu unggah lagi.`);
  }
  const mentah = inspeksi.getAllStructuredTags().filter((t) => t.module === 'rawxml');
  if (mentah.length) throw invalid(`Templat memakai placeholder XML mentah (${mentah.map((t) => `{@${t.value}}`).join(', ')}), yang tidak diizinkan. Gunakan {nama} biasa.`);
  const pohon = inspeksi.getAllTags() as PohonTag;
  const salah = tagTidakDikenal(pohon);
  if (salah.length) {
    throw invalid(`Templat memuat placeholder yang tidak dikenal: ${salah.join(', ')}. Placeholder yang tersedia: ${DAFTAR}.`, [
      { path: 'placeholder', message: `Tidak dikenal: ${salah.join(', ')}` },
    ]);
  }
  return semuaTag(pohon);
}

export function isiTemplate(isi: Buffer, data: Record<string, unknown>): Buffer {
  const doc = new Docxtemplater(bukaZip(isi), { paragraphLoop: true, linebreaks: true, nullGetter: () => '', errorLogging: false });
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
