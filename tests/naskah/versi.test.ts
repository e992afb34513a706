import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../db/core/context';
import { bukaCoreUji, tempDir, type CoreUji } from '../helpers/core';
import { A, buatContoh, contohNaskah, siapkanOrganisasi, TANGGAL, type Organisasi } from './contoh';

/** Stands in for Chromium: a tiny PDF whose bytes follow the HTML, so equal HTML gives an equal file. */
const pdfPalsu: PdfRenderer = {
  render: async (html) => Buffer.from(`%PDF-1.4\n% ${createHash('sha256').update(html).digest('hex')}\n%%EOF\n`),
};

let u: CoreUji;
let o: Organisasi;
let folder: string;
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeEach(async () => {
  u = bukaCoreUji({ now: '2026-11-20T03:00:00Z', pdf: pdfPalsu });
  o = await siapkanOrganisasi(u.core);
  folder = tempDir('sekretariat-versi-');
});
afterEach(async () => {
  await u.selesai();
  rmSync(folder, { recursive: true, force: true });
});

const contoh = (kunci: string) => contohNaskah(o).find((c) => c.kunci === kunci)!;

describe('generated versions', () => {
  it('keeps every version: a change makes version 2, version 1 keeps its file and hash', async () => {
    const id = await buatContoh(u.core, o, contoh('nota'));
    const v1 = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'nota.pdf') }, A);
    expect(v1).toMatchObject({ versi: 1, format: 'pdf', status: 'draft', baru: true });
    expect(sha(v1.path)).toBe(v1.sha256);

    const lagi = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'nota-lagi.pdf') }, A);
    expect(lagi).toMatchObject({ id: v1.id, versi: 1, baru: false, sha256: v1.sha256 });
    const docx = await u.core.call('naskah.render', { id, format: 'docx', path: join(folder, 'nota.docx') }, A);
    expect(docx).toMatchObject({ versi: 1, format: 'docx', baru: true });

    await u.core.call('naskah.save', { id, tembusan: ['Kepala Subbagian Keuangan'] }, A);
    // The working file is replaced only when asked to; the refusal writes no version either.
    await expect(u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'nota.pdf') }, A)).rejects.toThrow('Berkas "nota.pdf" sudah ada di folder itu.');
    expect(await u.core.call('naskah.versions', { id }, A)).toHaveLength(2);
    const v2 = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'nota.pdf'), timpa: true }, A);
    expect(v2).toMatchObject({ versi: 2, baru: true });
    expect(v2.sha256).not.toBe(v1.sha256);
    expect(v2.isiSha256).not.toBe(v1.isiSha256);

    const daftar = await u.core.call('naskah.versions', { id }, A);
    expect(daftar.map((v) => [v.versi, v.format])).toEqual([
      [2, 'pdf'],
      [1, 'docx'],
      [1, 'pdf'],
    ]);
    const lama = await u.core.call('naskah.versionExport', { versiId: v1.id, path: join(folder, 'versi-1.pdf') }, A);
    expect(sha(lama.path)).toBe(v1.sha256);
    expect(u.core.berkas.baca(v1.sha256).length).toBe(v1.ukuran);

    const riwayat = (await u.core.call('suratKeluar.get', { id }, A)).riwayat.filter((r) => r.aksi === 'naskah-dibuat');
    expect(riwayat.map((r) => r.uraian)).toEqual(['Naskah PDF versi 1 dibuat (konsep).', 'Naskah DOCX versi 1 dibuat (konsep).', 'Naskah PDF versi 2 dibuat (konsep).']);
  });

  it('marks the numbered letter final, then refuses edits to its content', async () => {
    const id = await buatContoh(u.core, o, contoh('nota'));
    await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'konsep.pdf') }, A);
    await u.core.call('suratKeluar.sign', { id, tanggal: TANGGAL }, A);
    await u.core.call('suratKeluar.assignNumber', { id }, A);
    const final = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'final.pdf') }, A);
    expect(final).toMatchObject({ versi: 2, status: 'final' });
    await expect(u.core.call('naskah.save', { id, tembusan: ['x'] }, A)).rejects.toThrow(/sudah ditandatangani tidak dapat diubah/);
    expect((await u.core.call('naskah.get', { id }, A)).dapatDiubah).toBe(false);
  });

  it('never lets a stored version be changed or removed', async () => {
    const id = await buatContoh(u.core, o, contoh('nota'));
    await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'nota.pdf') }, A);
    expect(() => u.core.sqlite.prepare("UPDATE naskah_versi SET sha256 = 'x'").run()).toThrow(/tidak boleh diubah/);
    expect(() => u.core.sqlite.prepare('DELETE FROM naskah_versi').run()).toThrow(/tidak boleh dihapus/);
  });

  it('refuses a target whose extension does not match the format', async () => {
    const id = await buatContoh(u.core, o, contoh('nota'));
    await expect(u.core.call('naskah.render', { id, format: 'docx', path: join(folder, 'nota.pdf') }, A)).rejects.toThrow(/harus berakhiran \.docx/);
  });
});

describe('verification QR', () => {
  beforeEach(() => u.core.call('naskah.pengaturan.save', { qrRegister: ['surat'] }, A));

  it('round-trips the printed payload through naskah.verify; a tampered one fails', async () => {
    const id = await buatContoh(u.core, o, contoh('undangan'));
    const v = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'undangan.pdf') }, A);
    expect(v.qr).toMatch(/^SKRT1:/);
    const payload = v.qr!;
    expect(new URLSearchParams(payload.slice(6)).get('n')).toBe('400.3.3.6/1/Dinsos/2026');
    expect(payload).toContain(v.isiSha256.slice(0, 16));

    // The image on the page is exactly this text as a QR code.
    const { html } = await u.core.call('naskah.preview', { id }, A);
    const png = (await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 })).toString('base64');
    expect(html).toContain(`data:image/png;base64,${png}`);

    const ok = await u.core.call('naskah.verify', { payload: `  ${payload}\n` }, A);
    expect(ok).toMatchObject({ cocok: true, suratKeluarId: id, nomor: '400.3.3.6/1/Dinsos/2026', versi: 1, penandatangan: 'Dr. BUDI SANTOSO, S.Sos., M.Si.' });
    expect(ok.pesan).toMatch(/^COCOK: Undangan Rapat Koordinasi Pemutakhiran DTSEN, nomor 400\.3\.3\.6\/1\/Dinsos\/2026, tanggal 20 November 2026/);

    const ubah = (k: string, nilai: string) => {
      const q = new URLSearchParams(payload.slice(6));
      q.set(k, nilai);
      return `SKRT1:${q.toString()}`;
    };
    const hashPalsu = await u.core.call('naskah.verify', { payload: ubah('h', '0123456789abcdef') }, A);
    expect(hashPalsu).toMatchObject({ cocok: false });
    expect(hashPalsu.alasan.join(' ')).toMatch(/Hash isi pada kode tidak cocok/);
    const nomorPalsu = await u.core.call('naskah.verify', { payload: ubah('n', '400.3.3.6/99/Dinsos/2026') }, A);
    expect(nomorPalsu.cocok).toBe(false);
    expect(nomorPalsu.alasan.join(' ')).toMatch(/Nomor pada kode \(400\.3\.3\.6\/99\/Dinsos\/2026\) berbeda/);
    const orangPalsu = await u.core.call('naskah.verify', { payload: ubah('p', 'SUPRIYADI') }, A);
    expect(orangPalsu.alasan.join(' ')).toMatch(/Penandatangan pada kode \(SUPRIYADI\) berbeda/);
    expect(await u.core.call('naskah.verify', { payload: 'https://contoh.go.id/?id=1' }, A)).toMatchObject({ cocok: false, pesan: expect.stringMatching(/bukan kode verifikasi/) });

    await u.core.call('suratKeluar.cancelNumber', { id, alasan: 'Salah tujuan' }, A);
    const batal = await u.core.call('naskah.verify', { payload }, A);
    expect(batal.cocok).toBe(false);
    expect(batal.alasan.join(' ')).toMatch(/nomor dibatalkan/);
  });

  it('a draft matches its own version and says when a newer one exists', async () => {
    const id = await buatContoh(u.core, o, { ...contoh('undangan'), bernomor: false, paraf: [] });
    const v1 = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'a.pdf') }, A);
    await u.core.call('naskah.save', { id, tembusan: [] }, A);
    await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'b.pdf') }, A);
    const r = await u.core.call('naskah.verify', { payload: v1.qr! }, A);
    expect(r).toMatchObject({ cocok: true, versi: 1, versiTerbaru: 2, nomor: null });
    expect(r.pesan).toMatch(/konsep versi 1 \(belum bernomor\).*Ada versi lebih baru \(versi 2\)/);
  });

  it('prints no QR for registers without it', async () => {
    const id = await buatContoh(u.core, o, contoh('nota'));
    const v = await u.core.call('naskah.render', { id, format: 'pdf', path: join(folder, 'nota.pdf') }, A);
    expect(v.qr).toBeNull();
    expect((await u.core.call('naskah.preview', { id }, A)).html).not.toContain('class="qr"');
  });
});
