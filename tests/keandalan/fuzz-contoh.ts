import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../db/app';

/**
 * One valid input per API method, pointing at the records `isiDataUji` creates: the fuzzer mutates
 * these so that most payloads get past the schema and into the services. A method missing here is
 * still fuzzed (from `{}` and its schema's keys) and named in the test's report.
 */

const PDF = Buffer.from('%PDF-1.4\n% uji\n').toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');

export function contohMasukan(tmp: string): Record<string, Record<string, unknown>> {
  const masuk = { tanggalTerima: '2026-03-02', asal: 'Kementerian Sosial RI', nomorSurat: 'B-12/3/2026', tanggalSurat: '2026-02-27', perihal: 'Undangan rapat koordinasi PKH' };
  const keluar = { jenisNaskah: 'surat-dinas', tanggal: '2026-03-03', tujuan: 'Camat Kota', perihal: 'Pendataan DTKS', kodeKlasifikasi: '400.9.7' };
  return {
    'instansi.get': {},
    'instansi.update': { pemerintah: 'Pemerintah Kabupaten Kediri', namaDinas: 'Dinas Sosial', alamat: 'Jl. Soekarno-Hatta 1', kota: 'Kediri', kodeUnit: 'DINSOS' },
    'instansi.setLogo': { isiBase64: PNG },
    'unit.list': {},
    'unit.save': { kode: 'UPT.PSBL', nama: 'UPT Pelayanan Sosial', jenis: 'upt', parentId: 1 },
    'jabatan.list': { tanggal: '2026-03-02' },
    'jabatan.save': { nama: 'Kepala UPT', unitId: 1, atasanId: 1, urutan: 9 },
    'pegawai.list': { q: 'Budi' },
    'pegawai.save': { nama: 'Siti Aminah', nip: '198001012005012001', golongan: 'III/c' },
    'penugasan.list': { jabatanId: 1 },
    'penugasan.save': { jabatanId: 2, pegawaiId: 1, status: 'plt', mulai: '2026-01-02', selesai: '2026-12-31' },
    'klasifikasi.search': { q: '400.9' },
    'klasifikasi.get': { kode: '400.9.7' },
    'klasifikasi.update': { kode: '400.9.7', retensiAktifTahun: 2, catatan: 'uji' },
    'jenisNaskah.list': {},
    'jenisNaskah.update': { slug: 'surat-tugas', nama: 'Surat Tugas', kelompok: 'korespondensi', layout: 'korespondensi', registerKode: 'surat' },
    'instruksi.list': {},
    'instruksi.save': { teks: 'Hadiri', urutan: 20 },
    'suratMasuk.create': masuk,
    'suratMasuk.update': { id: 1, perihal: 'Undangan rapat (ralat)' },
    'suratMasuk.get': { id: 1 },
    'suratMasuk.list': { tahun: 2026, q: 'rapat' },
    'suratMasuk.search': { q: 'PKH' },
    'suratMasuk.checkDuplicate': { asal: masuk.asal, nomorSurat: masuk.nomorSurat },
    'suratMasuk.attach': { id: 1, namaFile: 'pindaian.pdf', isiBase64: PDF },
    'suratMasuk.salinLampiran': { berkasId: 1, path: join(tmp, 'ekspor', 'salinan.pdf') },
    'suratMasuk.batalkan': { id: 3, alasan: 'Tercatat ganda' },
    'disposisi.create': { suratMasukId: 2, dariJabatanId: 1, tanggal: '2026-03-03', penerima: [{ jabatanId: 2, utama: true }, { jabatanId: 6 }], instruksi: ['Tindak lanjuti'] },
    'disposisi.updateStatus': { penerimaId: 1, status: 'diterima', catatan: 'Dibaca' },
    'disposisi.tarik': { penerimaId: 2, alasan: 'Salah alamat' },
    'disposisi.inbox': { jabatanId: 2 },
    'suratKeluar.create': { ...keluar, ditandatangani: true },
    'suratKeluar.update': { id: 1, perihal: 'Pendataan DTKS (perbaikan)' },
    'suratKeluar.get': { id: 1 },
    'suratKeluar.list': { tahun: 2026 },
    'suratKeluar.search': { q: 'DTKS' },
    'suratKeluar.paraf': { id: 1, jabatanId: 2, hasil: 'setuju' },
    'suratKeluar.sign': { id: 1, jabatanId: 1, tanggal: '2026-03-04' },
    'suratKeluar.assignNumber': { id: 2 },
    'suratKeluar.cancelNumber': { id: 3, alasan: 'Salah tujuan' },
    'suratKeluar.ekspedisi': { id: 4, tanggalKirim: '2026-03-05', cara: 'diantar', penerimaNama: 'Pak RT' },
    'register.list': {},
    'register.update': { kode: 'surat', format: '{klasifikasi}/{urut}/{unit}/{tahun}', nomorTerakhir: 50, tahun: 2027 },
    'register.book': { kode: 'surat', tahun: 2026 },
    'laporan.export': { jenis: 'agenda-masuk', format: 'xlsx', path: join(tmp, 'ekspor', 'agenda.xlsx'), dari: '2026-01-01', sampai: '2026-12-31' },
    'dashboard.get': { tanggal: '2026-03-10' },
    'audit.list': { tabel: 'surat_masuk', limit: 20 },
    'audit.verify': {},
    'sistem.info': {},
    'auth.status': {},
    'auth.setupAdmin': { username: 'admin2', nama: 'Admin Dua', sandi: 'rahasia-sekali' },
    'auth.login': { username: 'admin', sandi: 'rahasia-sekali' },
    'auth.logout': {},
    'auth.gantiSandi': { sandiLama: 'rahasia-sekali', sandiBaru: 'rahasia-baru-1' },
    'pengguna.list': {},
    'pengguna.save': { username: 'agendaris1', nama: 'Agendaris Satu', peran: ['agendaris'], jabatanId: 3, sandiAwal: 'sandi-awal-123' },
    'pengguna.resetSandi': { id: 1, sandiBaru: 'sandi-reset-123' },
    'naskah.get': { id: 1 },
    'naskah.save': { id: 5, judul: 'Pendataan DTKS', tembusan: ['Bupati Kediri'] },
    'naskah.preview': { id: 1 },
    'naskah.render': { id: 1, format: 'docx', path: join(tmp, 'ekspor', 'naskah.docx') },
    'naskah.versions': { id: 1 },
    'naskah.versionExport': { versiId: 1, path: join(tmp, 'ekspor', 'versi.docx') },
    'naskah.verify': { payload: 'SEKRETARIAT|1|400.9.7/1/DINSOS/2026' },
    'naskah.template.upload': { nama: 'Templat uji', isiBase64: PDF },
    'naskah.template.list': {},
    'naskah.template.placeholders': {},
    'naskah.tataLetak.list': {},
    'naskah.tataLetak.save': { jenisNaskah: 'surat-dinas', kertas: 'F4', ukuranPt: 12 },
    'naskah.pengaturan.get': {},
    'naskah.pengaturan.save': {},
    'cadangan.list': {},
    'cadangan.create': { ke: join(tmp, 'cadangan') },
    'cadangan.verify': { folder: join(tmp, 'cadangan') },
    'cadangan.settings.get': {},
    'cadangan.settings.update': { folderCadangan: join(tmp, 'cadangan'), rotasi: { harian: 3 } },
  };
}

/** Records the seeds point at: letters in every state, a disposisi, people, an admin account, a PDF on disk. */
export async function isiDataUji(core: Core, tmp: string): Promise<void> {
  const c = <T>(m: string, input: unknown) => core.callUnknown(m, input, 'penguji') as Promise<T>;
  writeFileSync(join(tmp, 'pindaian.pdf'), '%PDF-1.4\n% dari disk\n');
  mkdirSync(join(tmp, 'ekspor'));
  await c('pegawai.save', { nama: 'Budi Santoso', nip: '197003151995031002', golongan: 'IV/a' });
  await c('penugasan.save', { jabatanId: 1, pegawaiId: 1, status: 'definitif', mulai: '2025-01-01' });
  for (let i = 0; i < 3; i++) {
    await c('suratMasuk.create', { tanggalTerima: '2026-03-02', asal: `Instansi ${i}`, nomorSurat: `B-${i}/2026`, tanggalSurat: '2026-03-01', perihal: `Perihal ${i}` });
  }
  await c('disposisi.create', { suratMasukId: 1, dariJabatanId: 1, tanggal: '2026-03-02', penerima: [{ jabatanId: 2, utama: true }, { jabatanId: 6 }], instruksi: ['Selesaikan'] });
  const base = { jenisNaskah: 'surat-dinas', tanggal: '2026-03-03', tujuan: 'Camat', perihal: 'Surat uji', kodeKlasifikasi: '400.9.7' };
  await c('suratKeluar.create', base);
  await c('suratKeluar.create', { ...base, ditandatangani: true });
  for (let i = 0; i < 2; i++) {
    const s = await c<{ id: number }>('suratKeluar.create', { ...base, ditandatangani: true });
    await c('suratKeluar.assignNumber', { id: s.id });
  }
  await c('suratKeluar.create', { ...base, perihal: 'Konsep untuk naskah' });
  await c('auth.setupAdmin', { username: 'admin', nama: 'Administrator', sandi: 'rahasia-sekali' });
}
