import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { docxKePdf, harusBerurutan, teksPdf } from './alat';
import { A, buatContoh, contohNaskah, siapkanOrganisasi, type Organisasi } from './contoh';

/** A Word file as an office would make it: one paragraph per line of text, placeholders typed in. */
async function templat(...baris: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: baris.map((b) => new Paragraph(b)) }] }));
}

let u: CoreUji;
let o: Organisasi;
let folder: string;
beforeEach(async () => {
  u = bukaCoreUji({ now: '2026-11-20T03:00:00Z' });
  o = await siapkanOrganisasi(u.core);
  folder = tempDir('sekretariat-templat-');
});
afterEach(async () => {
  await u.selesai();
  rmSync(folder, { recursive: true, force: true });
});

const unggah = async (nama: string, isi: Buffer) => u.core.call('naskah.template.upload', { nama, isiBase64: isi.toString('base64') }, A);

describe('office templates (docxtemplater, no code)', () => {
  it('lists the placeholders a template may use', async () => {
    const daftar = await u.core.call('naskah.template.placeholders', {}, A);
    expect(daftar.map((p) => p.tulisan)).toEqual(
      expect.arrayContaining(['{nomor}', '{tanggal}', '{perihal}', '{tujuan}', '{isi}', '{penandatangan.jabatan}', '{penandatangan.nama}', '{penandatangan.nip}', '{#tembusan}…{/tembusan}']),
    );
    expect(daftar.find((p) => p.nama === 'tembusan')?.isi?.map((x) => x.nama)).toEqual(['no', 'nama']);
  });

  it('fills an uploaded template chosen for a jenis naskah', async () => {
    const t = await unggah(
      'Surat Dinas Kabupaten',
      await templat(
        '{kop.pemerintah}',
        'Nomor: {nomor}',
        'Tanggal: {tanggal}',
        'Hal: {perihal}',
        'Yth. {tujuan}',
        '{#paragraf}{teks}{/paragraf}',
        '{penandatangan.jabatan}',
        '{penandatangan.nama}',
        '{penandatangan.pangkat}',
        '{penandatangan.nip}',
        'Tembusan:',
        '{#tembusan}{no}. {nama}{/tembusan}',
      ),
    );
    expect(t.placeholder).toEqual(expect.arrayContaining(['nomor', 'tanggal', 'penandatangan.nip', 'tembusan', 'paragraf']));
    const pilih = await u.core.call('naskah.tataLetak.save', { jenisNaskah: 'surat-undangan', templateId: t.id }, A);
    expect(pilih).toMatchObject({ jenisNaskah: 'surat-undangan', templateId: t.id });
    expect((await u.core.call('naskah.template.list', {}, A))[0]!.dipakaiUntuk).toEqual(['surat-undangan']);

    const id = await buatContoh(u.core, o, contohNaskah(o).find((c) => c.kunci === 'undangan')!);
    const r = await u.core.call('naskah.render', { id, format: 'docx', path: join(folder, 'undangan.docx') }, A);
    expect(r.templateId).toBe(t.id);
    const pdf = docxKePdf([r.path], join(folder, 'lo'))[r.path]!;
    harusBerurutan(teksPdf(pdf), [
      'PEMERINTAH KABUPATEN CONTOH',
      'Nomor: 400.3.3.6/1/Dinsos/2026',
      'Tanggal: 20 November 2026',
      'Hal: Undangan Rapat Koordinasi Pemutakhiran DTSEN',
      'Yth. Para Camat se-Kabupaten Contoh',
      'Dalam rangka pemutakhiran',
      'KEPALA DINAS SOSIAL',
      'KABUPATEN CONTOH,',
      'Dr. BUDI SANTOSO, S.Sos., M.Si.',
      'Pembina Utama Muda (IV/c)',
      'NIP. 19700315 199503 1 002',
      'Tembusan:',
      '1. Yth. Bupati Contoh (sebagai laporan)',
      '2. Yth. Sekretaris Daerah Kabupaten Contoh',
    ]);
  });

  it('rejects a template with an unknown placeholder, in Indonesian', async () => {
    await expect(unggah('Salah', await templat('Nomor: {nomor}', 'Kepada: {tidakDikenal}'))).rejects.toMatchObject({
      code: 'VALIDASI',
      message: expect.stringMatching(/^Templat memuat placeholder yang tidak dikenal: \{tidakDikenal\}\. Placeholder yang tersedia: \{nomor\}, \{tanggal\}/),
    });
    await expect(unggah('Salah', await templat('{#tembusan}{alamat}{/tembusan}'))).rejects.toThrow(/\{alamat\} di dalam \{#tembusan\}/);
    expect(await u.core.call('naskah.template.list', {}, A)).toEqual([]);
  });

  it('rejects broken tags, raw XML tags and files that are not Word documents', async () => {
    await expect(unggah('Rusak', await templat('Nomor: {nomor', 'Hal: {perihal}'))).rejects.toThrow(/Templat tidak dapat dipakai: tanda kurung "\{nomor.*" tidak ditutup/);
    await expect(unggah('Mentah', await templat('{@isi}'))).rejects.toThrow(/XML mentah/);
    await expect(unggah('Bukan', Buffer.from('bukan docx'))).rejects.toThrow(/harus dokumen Word \.docx/);
    const zip = new PizZip();
    zip.file('lain.txt', 'x');
    await expect(unggah('Zip', zip.generate({ type: 'nodebuffer' }))).rejects.toThrow(/harus dokumen Word \.docx/);
  });

  it('reads a template from a path, as the desktop file picker gives it', async () => {
    const path = join(folder, 'templat.docx');
    writeFileSync(path, await templat('{nomor} {tanggal}'));
    expect(await u.core.call('naskah.template.upload', { nama: 'Dari berkas', path }, A)).toMatchObject({ nama: 'Dari berkas', placeholder: ['nomor', 'tanggal'] });
    await expect(u.core.call('naskah.template.upload', { nama: 'Hilang', path: join(folder, 'tidak-ada.docx') }, A)).rejects.toThrow(/tidak ditemukan/);
  });
});
