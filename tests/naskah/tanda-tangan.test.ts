import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATURAN_TTD_BAWAAN, kategoriPasal44, susunTandaTangan, type MasukanTandaTangan } from '../../shared/naskah/tanda-tangan';
import { bukaCoreUji, type CoreUji } from '../helpers/core';
import { A, siapkanOrganisasi, type Organisasi } from './contoh';

/** Domain guide §13.6: the people are fictitious. */
const KADIS = { nama: 'Budi Santoso', gelarDepan: 'Dr.', gelarBelakang: 'S.Sos., M.Si.', nip: '197003151995031002', pangkatGolongan: 'Pembina Utama Muda (IV/c)' };
const SEKDIS = { nama: 'Siti Rahmawati', gelarDepan: 'Hj.', gelarBelakang: 'S.E., M.M.', nip: '197508122000032003', pangkatGolongan: 'Pembina Tingkat I (IV/b)' };
const KEPALA_DINAS = { nama: 'Kepala Dinas Sosial', wilayah: 'Kabupaten Contoh' };

const dasar: MasukanTandaTangan = {
  kategori: 'korespondensi',
  jabatan: KEPALA_DINAS,
  peran: 'lain',
  status: 'definitif',
  pejabat: KADIS,
  aturan: ATURAN_TTD_BAWAAN,
};

/** The block as it reads on paper, a blank line for the signature. */
const cetak = (m: MasukanTandaTangan) => {
  const b = susunTandaTangan(m);
  return [...b.jabatan, '', b.nama, b.pangkat, b.nip].filter((x) => x !== null);
};

describe('signature blocks after Pasal 44 (domain guide §13.6)', () => {
  it('G1: surat dinas of the definitif Kepala Dinas prints gelar, pangkat and NIP', () => {
    expect(cetak(dasar)).toEqual([
      'KEPALA DINAS SOSIAL',
      'KABUPATEN CONTOH,',
      '',
      'Dr. BUDI SANTOSO, S.Sos., M.Si.',
      'Pembina Utama Muda (IV/c)',
      'NIP. 19700315 199503 1 002',
    ]);
  });

  it('G2: a.n. the Kepala Dinas, signed by the Sekretaris', () => {
    expect(cetak({ ...dasar, jabatan: { nama: 'Sekretaris' }, atasNama: [KEPALA_DINAS], pejabat: SEKDIS })).toEqual([
      'a.n. KEPALA DINAS SOSIAL',
      'KABUPATEN CONTOH',
      'SEKRETARIS,',
      '',
      'Hj. SITI RAHMAWATI, S.E., M.M.',
      'Pembina Tingkat I (IV/b)',
      'NIP. 19750812 200003 2 003',
    ]);
  });

  it('G3: Plt. Kepala Dinas: ayat (3) applies, so gelar, pangkat and NIP are printed', () => {
    expect(cetak({ ...dasar, status: 'plt', pejabat: SEKDIS })).toEqual([
      'Plt. KEPALA DINAS SOSIAL',
      'KABUPATEN CONTOH,',
      '',
      'Hj. SITI RAHMAWATI, S.E., M.M.',
      'Pembina Tingkat I (IV/b)',
      'NIP. 19750812 200003 2 003',
    ]);
  });

  it('G4: Pj. Bupati: the name only (ayat 4)', () => {
    const pj = { nama: 'Andi Wijaya', gelarDepan: 'Dr. Ir.', gelarBelakang: 'M.T.', nip: '197101011996031001', pangkatGolongan: 'Pembina Utama Madya (IV/d)' };
    const b = susunTandaTangan({ ...dasar, jabatan: { nama: 'Bupati Contoh' }, peran: 'kepala_daerah', status: 'pj', pejabat: pj });
    expect(cetak({ ...dasar, jabatan: { nama: 'Bupati Contoh' }, peran: 'kepala_daerah', status: 'pj', pejabat: pj })).toEqual(['Pj. BUPATI CONTOH,', '', 'ANDI WIJAYA']);
    expect(b.dasar).toMatch(/ayat \(4\)/);
  });

  it('G5: Keputusan Kepala Dinas: no gelar (ayat 1); pangkat and NIP by setting, printed by default', () => {
    const keputusan = { ...dasar, kategori: kategoriPasal44('keputusan', 'arahan') };
    expect(cetak(keputusan)).toEqual(['KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH,', '', 'BUDI SANTOSO', 'Pembina Utama Muda (IV/c)', 'NIP. 19700315 199503 1 002']);
    expect(cetak({ ...keputusan, aturan: { ...ATURAN_TTD_BAWAAN, penetapanPangkatNip: false } })).toEqual(['KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH,', '', 'BUDI SANTOSO']);
  });

  it('u.b.: a.n. the Bupati, through the Sekda, signed by an Asisten', () => {
    const b = susunTandaTangan({
      ...dasar,
      jabatan: { nama: 'Asisten Administrasi' },
      atasNama: [{ nama: 'Bupati Contoh' }, { nama: 'Sekretaris Daerah' }],
      pejabat: { nama: 'Rudi Hartono', gelarBelakang: 'S.H.', nip: '197202021998031004', pangkatGolongan: 'Pembina Utama Muda (IV/c)' },
    });
    expect(b.jabatan).toEqual(['a.n. BUPATI CONTOH', 'SEKRETARIS DAERAH', 'u.b.', 'ASISTEN ADMINISTRASI,']);
  });

  it('ayat (5): a Plh. Sekda signs without gelar, NIP and pangkat; a Plt. Sekda only by setting', () => {
    const sekda = { ...dasar, jabatan: { nama: 'Sekretaris Daerah' }, peran: 'sekretaris_daerah' as const, pejabat: SEKDIS };
    expect(cetak({ ...sekda, status: 'plh' })).toEqual(['Plh. SEKRETARIS DAERAH,', '', 'SITI RAHMAWATI']);
    expect(cetak({ ...sekda, status: 'plt' })).toEqual(['Plt. SEKRETARIS DAERAH,', '', 'Hj. SITI RAHMAWATI, S.E., M.M.']);
    expect(cetak({ ...sekda, status: 'plt', aturan: { ...ATURAN_TTD_BAWAAN, pltSekdaTanpaIdentitas: true } })).toEqual(['Plt. SEKRETARIS DAERAH,', '', 'SITI RAHMAWATI']);
  });

  it('leaves the name to be written by hand when nobody holds the jabatan', () => {
    expect(susunTandaTangan({ ...dasar, pejabat: null })).toMatchObject({ jabatan: ['KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH,'], nama: null, nip: null });
  });
});

describe('signature block from the organisation on the letter date', () => {
  let u: CoreUji;
  let o: Organisasi;
  beforeEach(async () => {
    u = bukaCoreUji({ now: '2026-11-20T03:00:00Z' });
    o = await siapkanOrganisasi(u.core);
  });
  afterEach(() => u.selesai());

  const surat = (tanggal: string) =>
    u.core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal, tujuan: 'Camat Sukamaju', perihal: 'Permohonan Data', kodeKlasifikasi: '400.3.3.6', penandatanganJabatanId: o.jab.Kadis! },
      A,
    );

  it('prints the Plt. holding the jabatan on that date, and the definitif holder on another', async () => {
    const sekdis = (await u.core.call('pegawai.list', { q: 'Rahmawati' }, A))[0]!;
    await u.core.call('penugasan.save', { jabatanId: o.jab.Kadis!, pegawaiId: sekdis.id, status: 'plt', mulai: '2026-12-01', selesai: '2026-12-31' }, A);
    const desember = await u.core.call('naskah.get', { id: (await surat('2026-12-07')).id }, A);
    expect(desember.tandaTangan).toMatchObject({ jabatan: ['Plt. KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH,'], nama: 'Hj. SITI RAHMAWATI, S.E., M.M.', nip: 'NIP. 19750812 200003 2 003' });
    const november = await u.core.call('naskah.get', { id: (await surat('2026-11-20')).id }, A);
    expect(november.tandaTangan).toMatchObject({ jabatan: ['KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH,'], nama: 'Dr. BUDI SANTOSO, S.Sos., M.Si.', pangkat: 'Pembina Utama Muda (IV/c)' });
  });

  it('derives u.b. from the atasan chain when a.n. skips a level', async () => {
    const s = await u.core.call(
      'suratKeluar.create',
      { jenisNaskah: 'surat-dinas', tanggal: '2026-11-20', tujuan: 'Lurah Mekarsari', perihal: 'Undangan', kodeKlasifikasi: '400.3.3.6', penandatanganJabatanId: o.jab['Kasubbag Umpeg']! },
      A,
    );
    const n = await u.core.call('naskah.save', { id: s.id, atasNamaJabatanId: o.jab.Kadis! }, A);
    expect(n.tandaTangan?.jabatan).toEqual(['a.n. KEPALA DINAS SOSIAL', 'KABUPATEN CONTOH', 'SEKRETARIS', 'u.b.', 'KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN,']);
  });

  it('marks a jabatan as Kepala Daerah through the settings (ayat 3 then drops NIP and pangkat)', async () => {
    await u.core.call('naskah.pengaturan.save', { peranJabatan: { [String(o.jab.Kadis!)]: 'kepala_daerah' } }, A);
    const n = await u.core.call('naskah.get', { id: (await surat('2026-11-20')).id }, A);
    expect(n.tandaTangan).toMatchObject({ nama: 'Dr. BUDI SANTOSO, S.Sos., M.Si.', pangkat: null, nip: null });
  });
});
