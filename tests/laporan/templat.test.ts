import { describe, expect, it } from 'vitest';
import { AGENDA_KELUAR, type BarisAgendaKeluar } from '../../shared/laporan/agenda-keluar';
import { AGENDA_MASUK, type BarisAgendaMasuk } from '../../shared/laporan/agenda-masuk';
import { EKSPEDISI } from '../../shared/laporan/ekspedisi';
import { esc, lebarTeksMm } from '../../shared/laporan/html';
import { ukuranHalaman } from '../../shared/laporan/kertas';
import { kopHtml, namaInstansi, type KopInstansi } from '../../shared/laporan/kop';
import { rentangLaporan, teksPeriode } from '../../shared/laporan/periode';
import { REKAP_DISPOSISI } from '../../shared/laporan/rekap-disposisi';
import { lebarIsiTabel } from '../../shared/laporan/laporan-tabel';
import { alasanBatal, uraianBatal } from '../../shared/surat/status-surat-masuk';
import { lebarSelMm, tabelHtml, TANGGAL_TERLEBAR, type DefinisiTabel } from '../../shared/laporan/tabel';

/** The books' table width on A4, the narrower paper (both agenda books are landscape). */
const A4 = lebarIsiTabel('A4', AGENDA_MASUK.orientasi);
import { tandaTanganHtml } from '../../shared/laporan/tanda-tangan';

const kop: KopInstansi = {
  pemerintah: 'Pemerintah Kabupaten Contoh',
  namaDinas: 'Dinas Sosial',
  alamat: 'Jalan Merdeka Nomor 1',
  kota: 'Contoh',
  kodePos: '12345',
  telepon: '(0123) 456789',
  email: 'dinsos@contohkab.go.id',
  laman: 'dinsos.contohkab.go.id',
  logoDataUri: null,
};

const nomor = (b: Partial<BarisAgendaKeluar>): BarisAgendaKeluar => ({
  register: 'Register Surat Keluar',
  urut: 15,
  sisipan: 0,
  padding: 3,
  sisipanFormat: '.{n:2}',
  nomor: '400.9.7/015/Dinsos/2025',
  tanggal: '2025-03-12',
  tujuan: 'Camat',
  perihal: 'Undangan',
  jenis: 'Surat Dinas',
  lampiran: null,
  unitPengolah: null,
  tanggalKirim: null,
  dibatalkan: false,
  alasanBatal: null,
  alasanSisipan: null,
  statusSurat: 'bernomor',
  ...b,
});

describe('templat laporan (HTML murni)', () => {
  it('meloloskan semua teks yang diketik orang', () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    const html = kopHtml({ ...kop, namaDinas: 'Dinas <b>Sosial</b>' });
    expect(html).toContain('DINAS &lt;B&gt;SOSIAL&lt;/B&gt;');
    expect(html).not.toContain('<b>');
  });

  it('kop: pemerintah dan dinas dalam huruf kapital, alamat, kontak, garis ganda', () => {
    const html = kopHtml(kop);
    expect(html).toContain('PEMERINTAH KABUPATEN CONTOH');
    expect(html).toContain('<div class="kop-dinas">DINAS SOSIAL</div>');
    expect(html).toContain('Jalan Merdeka Nomor 1, Telepon (0123) 456789');
    expect(html).toContain('Laman dinsos.contohkab.go.id, Pos-el dinsos@contohkab.go.id');
    expect(html).toContain('CONTOH 12345');
    expect(html).toContain('garis-kop');
    expect(namaInstansi(kop)).toBe('DINAS SOSIAL KABUPATEN CONTOH');
  });

  it('periode bawaan: tahun berjalan; ujung yang kosong mengikuti tahun ujung lainnya', () => {
    expect(rentangLaporan({}, '2026-05-04')).toEqual({ dari: '2026-01-01', sampai: '2026-12-31' });
    expect(rentangLaporan({ dari: '2025-03-01' }, '2026-05-04')).toEqual({ dari: '2025-03-01', sampai: '2025-12-31' });
    expect(rentangLaporan({ sampai: '2024-06-30' }, '2026-05-04')).toEqual({ dari: '2024-01-01', sampai: '2024-06-30' });
    expect(teksPeriode({ dari: '2026-01-01', sampai: '2026-12-31' })).toBe('Periode 1 Januari 2026 s.d. 31 Desember 2026');
    expect(teksPeriode({ dari: '2025-08-17', sampai: '2025-08-17' })).toBe('Tanggal 17 Agustus 2025');
  });

  it('ukuran kertas: F4 lanskap, A4 potret, setengah F4 dan A5 apa adanya', () => {
    expect(ukuranHalaman('F4', 'lanskap')).toEqual({ lebarMm: 330, tinggiMm: 215 });
    expect(ukuranHalaman('A4', 'potret')).toEqual({ lebarMm: 210, tinggiMm: 297 });
    expect(ukuranHalaman('setengah-F4')).toEqual({ lebarMm: 215, tinggiMm: 165 });
    expect(ukuranHalaman('A5')).toEqual({ lebarMm: 148, tinggiMm: 210 });
  });

  it('nomor sisipan tampil dengan akhirannya, di XLSX tetap angka induknya', () => {
    const noUrut = AGENDA_KELUAR.kolom[0]!;
    const sisipan = nomor({ sisipan: 1, nomor: '400.9.7/015.01/Dinsos/2025' });
    expect(noUrut.tampil!(sisipan)).toBe('015.01');
    expect(noUrut.nilai(sisipan, 0)).toBe(15);
    expect(noUrut.formatAngka!(sisipan)).toBe('000".01"');
    expect(noUrut.formatAngka!(nomor({}))).toBe('000');
    const huruf = nomor({ padding: 0, sisipan: 2, sisipanFormat: '{huruf}' });
    expect(noUrut.tampil!(huruf)).toBe('15b');
    expect(noUrut.formatAngka!(huruf)).toBe('0"b"');
  });

  it('nomor yang dibatalkan ditandai DIBATALKAN dengan alasannya', () => {
    const { html } = tabelHtml(AGENDA_KELUAR, [nomor({ dibatalkan: true, alasanBatal: 'Salah tujuan' })], A4);
    expect(html).toContain('<tr class="batal">');
    expect(html).toContain('DIBATALKAN: Salah tujuan');
    expect(html).toContain('<tr class="kelompok"><td colspan="10">Register Surat Keluar</td></tr>');
  });

  it('surat masuk yang dibatalkan: DIBATALKAN dengan alasannya, dibaca dari riwayatnya', () => {
    const masuk: BarisAgendaMasuk = {
      nomorAgenda: 2,
      tanggalTerima: '2026-01-12',
      nomorSurat: '140/12/2026',
      tanggalSurat: '2026-01-10',
      asal: 'Desa Sukamaju',
      perihal: 'Permohonan data',
      lampiran: null,
      diteruskanKepada: null,
      status: 'dibatalkan',
      alasanBatal: 'Tercatat ganda',
    };
    const keterangan = AGENDA_MASUK.kolom.at(-1)!;
    expect(keterangan.nilai(masuk, 0)).toBe('DIBATALKAN: Tercatat ganda');
    expect(keterangan.nilai({ ...masuk, alasanBatal: null }, 0)).toBe('DIBATALKAN');
    expect(keterangan.nilai({ ...masuk, status: 'belum_didisposisi' }, 0)).toBe('Belum didisposisi');
    expect(tabelHtml(AGENDA_MASUK, [masuk], A4).html).toContain('<tr class="batal">');
    // The timeline sentence 'suratMasuk.batalkan' writes; its doubled full stop is folded by catatRiwayat.
    expect(alasanBatal('Catatan dibatalkan: Tercatat ganda dengan 1/2026. Nomor agenda 2/2026 tetap di buku dan tidak dipakai lagi.')).toBe('Tercatat ganda dengan 1/2026');
    expect(alasanBatal('Catatan dibatalkan: Salah catat.\nLihat 3/2026. Nomor agenda 12/2026 tetap di buku dan tidak dipakai lagi.')).toBe('Salah catat.\nLihat 3/2026');
    expect(alasanBatal('Dibatalkan karena ganda')).toBe('Dibatalkan karena ganda');
    expect(alasanBatal(null)).toBeNull();
    // What a cancellation writes is what the book reads back.
    expect(alasanBatal(uraianBatal('Tercatat dua kali', '7/2026'))).toBe('Tercatat dua kali');
  });

  it('tanggal: hari dan bulan tidak dipisah; tahun boleh turun hanya bila kolomnya tidak memuat tanggal terlebar', () => {
    const baris = nomor({ tanggal: '2026-01-12' });
    expect(tabelHtml(AGENDA_KELUAR, [baris], A4).html).toContain('<td class="tanggal">12&nbsp;Januari 2026</td>');
    expect(tabelHtml(AGENDA_KELUAR, [baris], 1000).html).toContain('<td class="tanggal">12&nbsp;Januari&nbsp;2026</td>');
    expect(tabelHtml(AGENDA_KELUAR, [nomor({ tanggalKirim: null })], A4).html).toContain('<td class="tanggal"></td>');
  });

  it('setiap kolom tanggal memuat hari dan bulan terlebar ("30 September") pada A4, kertas tersempit', () => {
    const hariBulan = lebarTeksMm(TANGGAL_TERLEBAR.slice(0, TANGGAL_TERLEBAR.lastIndexOf(' ')), 8);
    const periksa = <T>(def: DefinisiTabel<T>) => {
      const lebar = lebarSelMm(def, lebarIsiTabel('A4', def.orientasi));
      def.kolom.forEach((k, j) => {
        if (k.jenis === 'tanggal') expect(lebar[j], `${def.judul}: ${k.judul}`).toBeGreaterThanOrEqual(hariBulan);
      });
    };
    periksa(AGENDA_MASUK);
    periksa(AGENDA_KELUAR);
    periksa(EKSPEDISI);
    periksa(REKAP_DISPOSISI);
  });

  it('tabel kosong tetap punya kepala kolom dan keterangan', () => {
    const { html, jumlah } = tabelHtml(AGENDA_KELUAR, [], A4);
    expect(jumlah).toBe(0);
    expect(html).toContain('<thead>');
    expect(html).toContain('Tidak ada nomor surat keluar pada periode ini.');
  });

  it('tanda tangan: Plt. di depan jabatan, nama kapital bergelar, pangkat, NIP; tanpa pejabat ada garis isian', () => {
    const pegawai = { nama: 'Rina Marlina', gelarDepan: 'Dra.', gelarBelakang: 'M.Si.', nip: '198203142006042003', pangkat: 'Penata', golongan: 'III/c' };
    const html = tandaTanganHtml({ kota: 'Contoh', tanggal: '2025-08-17', jabatan: 'Kepala Subbagian Umum dan Kepegawaian', pejabat: { status: 'plt', pegawai } });
    expect(html).toContain('Contoh, 17 Agustus 2025');
    expect(html).toContain('Plt. Kepala Subbagian Umum dan Kepegawaian,');
    expect(html).toContain('Dra. RINA MARLINA, M.Si.');
    expect(html).toContain('Penata (III/c)');
    expect(html).toContain('NIP. 19820314 200604 2 003');
    const kosong = tandaTanganHtml({ kota: 'Contoh', tanggal: '2025-08-17', jabatan: 'Kepala Subbagian Umum dan Kepegawaian', pejabat: null });
    expect(kosong).toContain('(.......');
    expect(kosong).toContain('NIP. .......');
  });
});
