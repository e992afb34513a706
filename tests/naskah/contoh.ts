import { crc32, deflateSync } from 'node:zlib';
import type { Core } from '../../db/app';
import type { Input } from '../../shared/api';
import type { BlokMasukan } from '../../shared/naskah/isi';
import { hariTanggalTerbilang } from '../../shared/naskah/tanggal';

/** A realistic Dinas Sosial: its officials, a logo, and the six naskah of the issue, all dated 20 November 2026. */

export const A = 'uji-naskah';
export const TANGGAL = '2026-11-20';

function chunk(jenis: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(jenis, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A 100×120 shield in green and gold, standing in for the lambang daerah. */
export function logoPng(): Buffer {
  const [w, h] = [100, 120];
  const baris: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const b = Buffer.alloc(1 + w * 4);
    for (let x = 0; x < w; x++) {
      const setengah = y < 70 ? 48 : 48 - ((y - 70) * 48) / 50;
      const dalam = Math.abs(x - 50) <= setengah;
      const tepi = dalam && Math.abs(x - 50) > setengah - 5;
      const warna = !dalam ? [0, 0, 0, 0] : tepi ? [200, 160, 20, 255] : y > 30 && y < 50 && Math.abs(x - 50) < 20 ? [200, 160, 20, 255] : [20, 110, 50, 255];
      b.set(warna, 1 + x * 4);
    }
    baris.push(b);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(baris))), chunk('IEND', Buffer.alloc(0))]);
}

export interface Organisasi {
  jab: Record<string, number>;
  unit: Record<string, number>;
}

export async function siapkanOrganisasi(core: Core): Promise<Organisasi> {
  const jab = Object.fromEntries((await core.call('jabatan.list', {}, A)).map((j) => [j.singkatan!, j.id]));
  const unit = Object.fromEntries((await core.call('unit.list', {}, A)).map((u) => [u.kode, u.id]));
  const orang: [string, Input<'pegawai.save'>][] = [
    ['Kadis', { nama: 'Budi Santoso', gelarDepan: 'Dr.', gelarBelakang: 'S.Sos., M.Si.', nip: '197003151995031002', golongan: 'IV/c' }],
    ['Sekdis', { nama: 'Siti Rahmawati', gelarDepan: 'Hj.', gelarBelakang: 'S.E., M.M.', nip: '197508122000032003', pangkat: 'Pembina Tingkat I', golongan: 'IV/b' }],
    ['Kasubbag Umpeg', { nama: 'Ahmad Fauzi', gelarBelakang: 'S.Kom.', nip: '198604102010011012', golongan: 'III/d' }],
    ['Kasubbag Keuangan', { nama: 'Rina Kartika', gelarBelakang: 'S.E.', nip: '198811232011012004', golongan: 'III/c' }],
    ['Kabid Linjamsos', { nama: 'Supriyadi', gelarDepan: 'Drs.', gelarBelakang: 'M.AP.', nip: '196606011986021009', golongan: 'IV/a' }],
    ['Kabid Rehsos', { nama: 'Yuliana Pertiwi', gelarBelakang: 'S.ST.', nip: '197907072005022001', golongan: 'IV/a' }],
  ];
  for (const [singkatan, data] of orang) {
    const p = await core.call('pegawai.save', data, A);
    await core.call('penugasan.save', { jabatanId: jab[singkatan]!, pegawaiId: p.id, status: 'definitif', mulai: '2024-01-02' }, A);
  }
  const hash = core.berkas.simpan(logoPng());
  core.sqlite.prepare('UPDATE instansi SET logo_sha256 = ? WHERE id = 1').run(hash);
  return { jab, unit };
}

const p = (isi: string, rata?: 'tengah'): BlokMasukan => ({ jenis: 'paragraf', isi, ...(rata ? { rata } : {}) });

export interface Contoh {
  kunci: string;
  surat: Input<'suratKeluar.create'>;
  naskah: Omit<Input<'naskah.save'>, 'id'>;
  paraf?: { singkatan: string; jenis?: 'hierarki' | 'koordinasi' }[];
  /** Signed and numbered (the others stay drafts with a placeholder number). */
  bernomor: boolean;
}

export function contohNaskah(o: Organisasi): Contoh[] {
  const { jab, unit } = o;
  const dasar = { tanggal: TANGGAL, ditandatangani: false };
  return [
    {
      kunci: 'undangan',
      bernomor: true,
      surat: {
        ...dasar,
        jenisNaskah: 'surat-undangan',
        tujuan: 'Para Camat se-Kabupaten Contoh',
        perihal: 'Undangan Rapat Koordinasi Pemutakhiran DTSEN',
        kodeKlasifikasi: '400.3.3.6',
        unitPengolahId: unit.LINJAMSOS!,
        penandatanganJabatanId: jab.Kadis!,
        urgensi: 'segera',
      },
      naskah: {
        isi: [
          p('Dalam rangka pemutakhiran Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) Tahun 2026 di Kabupaten Contoh, dengan hormat kami mengundang Saudara untuk hadir pada:'),
          {
            jenis: 'rincian',
            baris: [
              { label: 'hari, tanggal', isi: 'Selasa, 24 November 2026' },
              { label: 'pukul', isi: '09.00 WIB s.d. selesai' },
              { label: 'tempat', isi: 'Aula Dinas Sosial Kabupaten Contoh, Jalan Merdeka Nomor 1' },
              { label: 'acara', isi: [{ jenis: 'daftar', gaya: 'angka', butir: ['Evaluasi hasil verifikasi dan validasi DTSEN triwulan III;', 'Penyusunan jadwal musyawarah desa/kelurahan.'] }] },
            ],
          },
          p('Mengingat pentingnya acara tersebut, dimohon Saudara hadir tepat waktu dengan membawa rekapitulasi usulan perbaikan data dari setiap desa/kelurahan.'),
          p('Demikian undangan ini disampaikan. Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih.'),
        ],
        tembusan: ['Bupati Contoh (sebagai laporan)', 'Sekretaris Daerah Kabupaten Contoh'],
      },
      paraf: [{ singkatan: 'Kabid Linjamsos' }, { singkatan: 'Sekdis' }, { singkatan: 'Kabid Rehsos', jenis: 'koordinasi' }],
    },
    {
      kunci: 'nota',
      bernomor: false,
      surat: {
        ...dasar,
        jenisNaskah: 'nota-dinas',
        tujuan: 'Kepala Dinas Sosial',
        perihal: 'Laporan Realisasi Anggaran Triwulan III Tahun 2026',
        kodeKlasifikasi: '900.1.6.4',
        unitPengolahId: unit['SET.KEU']!,
        penandatanganJabatanId: jab.Sekdis!,
        lampiran: '1',
      },
      naskah: {
        isi: [
          p('Dengan hormat, bersama ini kami laporkan realisasi anggaran Dinas Sosial sampai dengan akhir Triwulan III Tahun Anggaran 2026 sebagai berikut:'),
          {
            jenis: 'tabel',
            kepala: ['No.', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
            lebar: [7, 43, 20, 20, 10],
            rata: ['kiri', 'kiri', 'kanan', 'kanan', 'kanan'],
            baris: [
              ['1.', 'Penunjang Urusan Pemerintahan Daerah', '4.250.000.000', '3.012.500.000', '70,88'],
              ['2.', 'Rehabilitasi Sosial', '1.500.000.000', '1.020.000.000', '68,00'],
              ['3.', 'Perlindungan dan Jaminan Sosial', '2.500.000.000', '1.875.000.000', '75,00'],
            ],
          },
          p('Rincian per kegiatan terlampir. Demikian kami sampaikan, mohon arahan Bapak lebih lanjut.'),
        ],
      },
    },
    {
      kunci: 'tugas',
      bernomor: true,
      surat: {
        ...dasar,
        jenisNaskah: 'surat-tugas',
        tujuan: 'Pegawai yang ditugaskan',
        perihal: 'Monitoring Penyaluran Bantuan Sosial Permakanan',
        kodeKlasifikasi: '800.1.11.1',
        unitPengolahId: unit.LINJAMSOS!,
        penandatanganJabatanId: jab.Sekdis!,
      },
      naskah: {
        atasNamaJabatanId: jab.Kadis!,
        isi: [
          {
            jenis: 'rincian',
            baris: [
              {
                label: 'Dasar',
                isi: [
                  {
                    jenis: 'daftar',
                    gaya: 'angka',
                    butir: [
                      'Peraturan Menteri Sosial Nomor 4 Tahun 2024 tentang Penyaluran Bantuan Sosial;',
                      'Dokumen Pelaksanaan Anggaran Dinas Sosial Kabupaten Contoh Tahun Anggaran 2026.',
                    ],
                  },
                ],
              },
            ],
          },
          { jenis: 'paragraf', isi: [{ t: 'MEMERINTAHKAN:', b: true }], rata: 'tengah' },
          {
            jenis: 'rincian',
            baris: [
              {
                label: 'Kepada',
                isi: [
                  {
                    jenis: 'tabel',
                    kepala: ['No.', 'Nama / NIP', 'Pangkat (Gol.)', 'Jabatan'],
                    lebar: [7, 45, 21, 27],
                    baris: [
                      ['1.', 'Drs. SUPRIYADI, M.AP.\nNIP. 19660601 198602 1 009', 'Pembina (IV/a)', 'Kepala Bidang Perlindungan dan Jaminan Sosial'],
                      ['2.', 'AHMAD FAUZI, S.Kom.\nNIP. 19860410 201001 1 012', 'Penata Tingkat I (III/d)', 'Kepala Subbagian Umum dan Kepegawaian'],
                    ],
                  },
                ],
              },
              {
                label: 'Untuk',
                isi: [
                  {
                    jenis: 'daftar',
                    gaya: 'angka',
                    butir: [
                      'Melaksanakan monitoring penyaluran bantuan sosial permakanan di Kecamatan Sukamaju dan Kecamatan Mekarsari pada tanggal 23 sampai dengan 25 November 2026;',
                      'Melaporkan hasil pelaksanaan tugas kepada Kepala Dinas Sosial paling lambat 3 (tiga) hari kerja setelah tugas selesai.',
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      kunci: 'keputusan',
      bernomor: true,
      surat: {
        ...dasar,
        jenisNaskah: 'keputusan',
        tujuan: 'Tim Verifikasi dan Validasi',
        perihal: 'Pembentukan Tim Verifikasi dan Validasi Data Penerima Bantuan Sosial Tahun 2026',
        kodeKlasifikasi: '400.3.3.2',
        unitPengolahId: unit.LINJAMSOS!,
        penandatanganJabatanId: jab.Kadis!,
      },
      naskah: {
        menimbang: [
          'bahwa untuk menjamin ketepatan sasaran penyaluran bantuan sosial di Kabupaten Contoh, perlu dilakukan verifikasi dan validasi data penerima bantuan sosial secara berkala;',
          'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas Sosial tentang Pembentukan Tim Verifikasi dan Validasi Data Penerima Bantuan Sosial Tahun 2026;',
        ],
        mengingat: [
          'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial;',
          'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin;',
          'Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial;',
        ],
        diktum: [
          { isi: [p('Membentuk Tim Verifikasi dan Validasi Data Penerima Bantuan Sosial Tahun 2026 dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.')] },
          { isi: [p('Tim sebagaimana dimaksud dalam Diktum KESATU bertugas:'), { jenis: 'daftar', gaya: 'huruf', butir: ['melakukan verifikasi dan validasi data penerima bantuan sosial;', 'menyusun laporan hasil verifikasi dan validasi kepada Kepala Dinas Sosial.'] }] },
          { isi: [p('Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kabupaten Contoh Tahun Anggaran 2026.')] },
          { isi: [p('Keputusan ini mulai berlaku pada tanggal ditetapkan.')] },
        ],
        lampiran: [
          {
            judul: 'Susunan Keanggotaan Tim Verifikasi dan Validasi Data Penerima Bantuan Sosial Tahun 2026',
            isi: [
              {
                jenis: 'tabel',
                kepala: ['No.', 'Jabatan dalam Dinas', 'Kedudukan dalam Tim'],
                lebar: [8, 62, 30],
                baris: [
                  ['1.', 'Kepala Dinas Sosial', 'Pengarah'],
                  ['2.', 'Sekretaris', 'Penanggung Jawab'],
                  ['3.', 'Kepala Bidang Perlindungan dan Jaminan Sosial', 'Ketua'],
                  ['4.', 'Kepala Subbagian Perencanaan dan Pelaporan', 'Sekretaris'],
                  ['5.', 'Pendamping Sosial Kecamatan se-Kabupaten Contoh', 'Anggota'],
                ],
              },
            ],
          },
        ],
        tembusan: ['Bupati Contoh', 'Inspektur Kabupaten Contoh'],
      },
    },
    {
      kunci: 'berita-acara',
      bernomor: true,
      surat: {
        ...dasar,
        jenisNaskah: 'berita-acara',
        tujuan: 'Arsip',
        perihal: 'Serah Terima Bantuan Sosial Permakanan',
        kodeKlasifikasi: '400.3.3.2',
        unitPengolahId: unit.LINJAMSOS!,
        penandatanganJabatanId: jab['Kabid Linjamsos']!,
      },
      naskah: {
        isi: [
          p(`Pada ${hariTanggalTerbilang(TANGGAL)}, bertempat di Kantor Kecamatan Sukamaju, telah dilaksanakan serah terima bantuan sosial permakanan bagi lanjut usia dan penyandang disabilitas tunggal dengan rincian sebagai berikut:`),
          {
            jenis: 'tabel',
            kepala: ['No.', 'Desa/Kelurahan', 'Jumlah Penerima', 'Jumlah Paket'],
            lebar: [8, 46, 23, 23],
            baris: [
              ['1.', 'Sukamaju', '42 orang', '1.260 paket'],
              ['2.', 'Mekarsari', '35 orang', '1.050 paket'],
            ],
          },
          p('Bantuan telah diterima dalam keadaan baik dan lengkap. Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.'),
        ],
      },
    },
    {
      kunci: 'pengantar',
      bernomor: true,
      surat: {
        ...dasar,
        jenisNaskah: 'surat-pengantar',
        tujuan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh',
        perihal: 'Usulan Kenaikan Pangkat Periode April 2027',
        kodeKlasifikasi: '800.1.3.2',
        unitPengolahId: unit['SET.UMPEG']!,
        penandatanganJabatanId: jab.Sekdis!,
        lampiran: '2',
      },
      naskah: {
        atasNamaJabatanId: jab.Kadis!,
        tujuanDi: 'Contoh',
        isi: [
          {
            jenis: 'tabel',
            kepala: ['No.', 'Naskah yang Dikirimkan', 'Banyaknya', 'Keterangan'],
            lebar: [7, 53, 15, 25],
            baris: [
              ['1.', 'Usulan kenaikan pangkat reguler a.n. AHMAD FAUZI, S.Kom., NIP. 19860410 201001 1 012, dari Penata Tingkat I (III/d) ke Pembina (IV/a)', '1 (satu) berkas', 'Dikirim dengan hormat untuk diproses lebih lanjut.'],
              ['2.', 'Usulan kenaikan pangkat reguler a.n. RINA KARTIKA, S.E., NIP. 19881123 201101 2 004, dari Penata (III/c) ke Penata Tingkat I (III/d)', '1 (satu) berkas', ''],
            ],
          },
        ],
        tembusan: ['Kepala Dinas Sosial Kabupaten Contoh (sebagai laporan)'],
      },
      paraf: [{ singkatan: 'Kasubbag Umpeg' }],
    },
  ];
}

/** Creates the letter and its content, records the paraf, and signs and numbers it when asked. */
export async function buatContoh(core: Core, o: Organisasi, c: Contoh): Promise<number> {
  const s = await core.call('suratKeluar.create', c.surat, A);
  await core.call('naskah.save', { id: s.id, ...c.naskah }, A);
  for (const pr of c.paraf ?? []) await core.call('suratKeluar.paraf', { id: s.id, jabatanId: o.jab[pr.singkatan]!, hasil: 'setuju', jenis: pr.jenis ?? 'hierarki' }, A);
  if (c.bernomor) {
    await core.call('suratKeluar.sign', { id: s.id, tanggal: TANGGAL }, A);
    await core.call('suratKeluar.assignNumber', { id: s.id }, A);
  }
  return s.id;
}
