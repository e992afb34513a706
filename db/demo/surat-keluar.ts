import type Database from 'better-sqlite3';
import { formatTanggal } from '../../shared/format/tanggal';
import { CARA_KIRIM_LABEL, type CARA_KIRIM, type Keamanan, type StatusSuratKeluar } from '../../shared/surat/enums';
import { formatNomor } from '../../shared/surat/nomor';
import type { Acak } from './acak';
import { isiTemplate, lampiranUntuk, ringkasanUntuk } from './isi';
import { selisihHari, tambahHari } from './kalender';
import { PENGIRIM } from './kosakata-instansi';
import { ALASAN_BATAL, ALASAN_SISIPAN, TOPIK, pisahKode, type Topik } from './kosakata-perihal';
import { namaOrang } from './kosakata-wilayah';
import { jalurJabatan, type Referensi } from './referensi';
import { Jam, iso } from './waktu-acak';

type Cara = (typeof CARA_KIRIM)[number];
type Kelas = 'surat' | 'nota-dinas' | 'keputusan';

interface Peristiwa {
  waktu: number;
  aksi: string;
  uraian: string;
}

const AKTOR = 'agendaris';
const BERNOMOR: StatusSuratKeluar[] = ['bernomor', 'dikirim'];
const SUDAH_DIPARAF: StatusSuratKeluar[] = ['diparaf', 'ditandatangani', ...BERNOMOR];

/** Old letters were all numbered and sent; the last weeks still hold drafts waiting for paraf, signature or number. */
function statusMenurutUmur(a: Acak, umur: number, kelas: Kelas): StatusSuratKeluar {
  const terkirim: StatusSuratKeluar = kelas === 'keputusan' ? 'bernomor' : 'dikirim';
  if (umur > 30) {
    if (a.peluang(0.003)) return 'konsep';
    if (kelas === 'nota-dinas') return a.peluang(0.8) ? 'bernomor' : 'dikirim';
    return a.peluang(0.92) ? terkirim : 'bernomor';
  }
  if (umur > 7) {
    const s = a.timbang<StatusSuratKeluar>([['konsep', 4], ['diparaf', 4], ['ditandatangani', 5], ['bernomor', 27], ['dikirim', 60]]);
    return s === 'dikirim' ? terkirim : s;
  }
  const s = a.timbang<StatusSuratKeluar>([['konsep', 20], ['dikembalikan', 5], ['diparaf', 15], ['ditandatangani', 15], ['bernomor', 25], ['dikirim', 20]]);
  return s === 'dikirim' ? terkirim : s;
}

/**
 * Writes outgoing letters through their life (konsep, paraf, tanda tangan, nomor, ekspedisi) with the
 * book of numbers kept the way penomoran.ts keeps it: one counter per register and year, numbers in
 * date order, an occasional nomor sisipan or cancelled number, and the counter equal to the highest
 * main number used.
 */
export class PembuatSuratKeluar {
  readonly hitung = { suratKeluar: 0, nomorSurat: 0, paraf: 0, ekspedisi: 0, riwayat: 0 };
  private readonly buku = new Map<string, { urut: number; sisipan: number }>();
  private readonly unitId = new Map<string, number>();
  private readonly jam: Jam;
  private readonly st;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ref: Referensi,
    private readonly a: Acak,
    private readonly sampai: string,
  ) {
    this.jam = new Jam(a, sampai);
    const ins = (sql: string) => sqlite.prepare(sql);
    this.st = {
      surat: ins(`INSERT INTO surat_keluar (jenis_naskah, tanggal, tujuan, perihal, kode_klasifikasi, register_kode, unit_pengolah_id,
        penandatangan_jabatan_id, urgensi, klasifikasi_keamanan, lampiran, ringkasan, status, nomor, nomor_urut, nomor_sisipan, tahun_nomor,
        ditandatangani_tanggal, ditandatangani_jabatan_id, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      nomorId: ins('UPDATE surat_keluar SET nomor_id = ? WHERE id = ?'),
      nomor: ins(`INSERT INTO nomor_surat (register_kode, tahun, urut, sisipan, nomor, tanggal, surat_keluar_id, status, alasan, alasan_batal, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      paraf: ins('INSERT INTO paraf (surat_keluar_id, jabatan_id, jenis, hasil, catatan, waktu, aktor) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      ekspedisi: ins('INSERT INTO ekspedisi (surat_keluar_id, tanggal_kirim, cara, penerima_nama, keterangan, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      riwayat: ins(`INSERT INTO riwayat_surat (jenis_surat, surat_id, waktu, aksi, uraian, aktor) VALUES ('keluar', ?, ?, ?, ?, ?)`),
    };
    for (const u of sqlite.prepare('SELECT id, kode FROM unit').all() as { id: number; kode: string }[]) this.unitId.set(u.kode, u.id);
    // With --tambah the book continues after whatever is already used, never below it.
    const ada = sqlite
      .prepare(
        `SELECT register_kode AS r, tahun, max(nomor_terakhir, coalesce((SELECT max(urut) FROM nomor_surat n
           WHERE n.register_kode = t.register_kode AND n.tahun = t.tahun), 0)) AS urut FROM register_tahun t`,
      )
      .all() as { r: string; tahun: number; urut: number }[];
    for (const b of ada) this.buku.set(`${b.r}|${b.tahun}`, { urut: b.urut, sisipan: 99 });
  }

  simpanPenghitung(): void {
    const up = this.sqlite.prepare(
      `INSERT INTO register_tahun (register_kode, tahun, nomor_terakhir) VALUES (?, ?, ?)
       ON CONFLICT (register_kode, tahun) DO UPDATE SET nomor_terakhir = max(nomor_terakhir, excluded.nomor_terakhir)`,
    );
    for (const [k, b] of this.buku) {
      const [r, tahun] = k.split('|');
      up.run(r, Number(tahun), b.urut);
    }
  }

  buat(tanggal: string): void {
    const a = this.a;
    const ref = this.ref;
    const topik = a.timbang(TOPIK.map((t) => [t, t.bobot] as const));
    const [jenis, perihal, kelas, prefiks] = this.pilihNaskah(topik, tanggal);
    const register = ref.jenis.get(jenis)!;
    const jalur = jalurJabatan(ref, ref.kepalaUnit.get(topik.unit)!);
    const kepalaBidang = jalur[1] ?? ref.pimpinan;
    const penandatangan = kelas === 'nota-dinas' ? kepalaBidang : a.peluang(0.8) ? ref.pimpinan : kepalaBidang;
    const status = statusMenurutUmur(a, selisihHari(tanggal, this.sampai), kelas);
    const kode = a.pilih(ref.kodeDaun(prefiks));
    const keamanan = a.timbang<Keamanan>([['biasa', 95], ['terbatas', 4], ['rahasia', 1]]);
    const tujuan =
      kelas === 'nota-dinas'
        ? ref.jabatan.get(ref.pimpinan)!.nama
        : kelas === 'keputusan'
          ? 'Sebagaimana tercantum dalam Diktum Keputusan'
          : PENGIRIM[a.timbang(topik.pengirim)].nama(a);

    const riwayat: Peristiwa[] = [];
    const langsungTtd = tanggal < '2019-01-01' && BERNOMOR.includes(status) && a.peluang(0.3);
    let t = this.jam.pada(langsungTtd ? tanggal : tambahHari(tanggal, -a.int(0, 3)));
    const dibuat = t;
    riwayat.push(
      langsungTtd
        ? { waktu: t, aksi: 'dicatat-ditandatangani', uraian: 'Dicatat sebagai surat yang sudah ditandatangani.' }
        : { waktu: t, aksi: 'konsep', uraian: 'Konsep dicatat.' },
    );
    const paraf: [number, 'setuju' | 'dikembalikan', string | null, number][] = [];
    if (!langsungTtd && (SUDAH_DIPARAF.includes(status) || status === 'dikembalikan')) {
      const pemaraf = jalur.slice(1).reverse().filter((j) => j !== penandatangan);
      if (pemaraf.length === 0) pemaraf.push(kepalaBidang);
      if (status === 'dikembalikan' || a.peluang(0.08)) {
        t = this.jam.geser(t, 1);
        paraf.push([pemaraf[0]!, 'dikembalikan', a.pilih(['Mohon diperbaiki redaksinya.', 'Lengkapi dasar hukum.', 'Sesuaikan tujuan surat.']), t]);
      }
      if (status !== 'dikembalikan') {
        if (paraf.length) {
          t = this.jam.geser(t, 1);
          riwayat.push({ waktu: t, aksi: 'diubah', uraian: 'Konsep diperbaiki: perihal.' });
        }
        for (const j of pemaraf) {
          t = this.jam.geser(t, 1);
          paraf.push([j, 'setuju', null, t]);
        }
      }
    }
    const ditandatangani = ['ditandatangani', ...BERNOMOR].includes(status);
    if (ditandatangani && !langsungTtd) {
      t = Math.max(this.jam.geser(t, 0), this.jam.pada(tanggal));
      riwayat.push({ waktu: t, aksi: 'ditandatangani', uraian: `Ditandatangani oleh ${ref.jabatan.get(penandatangan)!.nama} pada ${formatTanggal(tanggal)}.` });
    }

    const nomor = BERNOMOR.includes(status) ? this.nomorBaru(register, tanggal, kode, keamanan, penandatangan) : null;
    const ringkasan = a.peluang(0.25) ? ringkasanUntuk(perihal, a, tanggal) : null;
    let kirim: { tanggal: string; cara: Cara; penerima: string | null } | null = null;
    if (status === 'dikirim') {
      const tgl = tambahHari(tanggal, a.int(0, 3));
      kirim = { tanggal: tgl > this.sampai ? this.sampai : tgl, cara: this.cara(tanggal), penerima: a.peluang(0.5) ? namaOrang(a) : null };
    }
    const tNomor = nomor ? this.jam.geser(t, 1) : t;
    const tKirim = kirim ? Math.max(this.jam.geser(tNomor, 0), this.jam.pada(kirim.tanggal)) : tNomor;
    const id = Number(
      this.st.surat.run(
        jenis, tanggal, tujuan, perihal, kode, register, this.unitId.get(topik.unit) ?? null, penandatangan,
        a.timbang([['biasa', 80], ['segera', 16], ['sangat_segera', 4]] as const), keamanan, lampiranUntuk(a), ringkasan, status,
        nomor?.nomor ?? null, nomor?.urut ?? null, nomor?.sisipan ?? null, nomor ? Number(tanggal.slice(0, 4)) : null,
        ditandatangani ? tanggal : null, ditandatangani ? penandatangan : null, iso(dibuat), iso(Math.max(tKirim, ...paraf.map((p) => p[3]))),
      ).lastInsertRowid,
    );
    this.hitung.suratKeluar++;

    for (const [j, hasil, catatan, w] of paraf) {
      this.st.paraf.run(id, j, 'hierarki', hasil, catatan, iso(w), AKTOR);
      const nama = ref.jabatan.get(j)!.nama;
      riwayat.push({ waktu: w, aksi: `paraf-${hasil}`, uraian: hasil === 'setuju' ? `Diparaf oleh ${nama}.` : `Dikembalikan oleh ${nama}: ${catatan}` });
    }
    this.hitung.paraf += paraf.length;
    if (nomor) this.tulisNomor(id, register, tanggal, nomor, tNomor, riwayat);
    if (kirim) {
      this.st.ekspedisi.run(id, kirim.tanggal, kirim.cara, kirim.penerima, null, iso(tKirim));
      this.hitung.ekspedisi++;
      const oleh = kirim.penerima ? `, diterima oleh ${kirim.penerima}` : '';
      riwayat.push({ waktu: tKirim, aksi: 'dikirim', uraian: `Dikirim ${formatTanggal(kirim.tanggal)} melalui ${CARA_KIRIM_LABEL[kirim.cara]}${oleh}.` });
    }
    riwayat.sort((x, y) => x.waktu - y.waktu);
    for (const r of riwayat) this.st.riwayat.run(id, iso(r.waktu), r.aksi, r.uraian, AKTOR);
    this.hitung.riwayat += riwayat.length;
  }

  private pilihNaskah(topik: Topik, tanggal: string): [string, string, Kelas, string[]] {
    const a = this.a;
    const jenis = this.ref.jenis;
    const kelas = a.timbang<Kelas>([['surat', 76], ['nota-dinas', 20], ['keputusan', 4]]);
    let pilihan = topik.keluar.filter(([slug]) => jenis.get(slug) === kelas);
    if (pilihan.length === 0) pilihan = topik.keluar.filter(([slug]) => jenis.has(slug));
    const [slug, template] = pilihan.length ? a.pilih(pilihan) : [[...jenis.keys()][0]!, 'Penyampaian Informasi Kegiatan Dinas Sosial Tahun {tahun}'];
    const r = jenis.get(slug)!;
    const [prefiks, perihal] = pisahKode(template, topik);
    return [slug, isiTemplate(perihal, a, tanggal), r === 'nota-dinas' || r === 'keputusan' ? r : 'surat', prefiks];
  }

  private cara(tanggal: string): Cara {
    // SRIKANDI, the government's e-mail for letters, is used from 2022.
    return tanggal >= '2022-01-01'
      ? this.a.timbang<Cara>([['srikandi', 35], ['diantar', 30], ['email', 20], ['pos', 8], ['ekspedisi', 5], ['faksimile', 2]])
      : this.a.timbang<Cara>([['diantar', 55], ['pos', 20], ['email', 15], ['ekspedisi', 7], ['faksimile', 3]]);
  }

  private nomorBaru(register: string, tanggal: string, kode: string, keamanan: Keamanan, penandatangan: number) {
    const a = this.a;
    const tahun = Number(tanggal.slice(0, 4));
    const kunci = `${register}|${tahun}`;
    const b = this.buku.get(kunci) ?? { urut: 0, sisipan: 0 };
    this.buku.set(kunci, b);
    const reg = this.ref.register.get(register)!;
    const format = (urut: number, sisipan: number) =>
      formatNomor(
        reg.format,
        { klasifikasi: kode, urut, sisipan, unit: reg.unit ?? this.ref.kodeUnit, jabatan: this.ref.jabatan.get(penandatangan)?.kode ?? '', tanggal, keamanan },
        { padding: reg.padding, sisipanFormat: reg.sisipanFormat },
      );
    // Generated in date order, so a sisipan hangs on the newest main number, dated on or before it.
    if (b.urut > 0 && b.sisipan < 99 && a.peluang(0.004)) {
      b.sisipan++;
      return { urut: b.urut, sisipan: b.sisipan, nomor: format(b.urut, b.sisipan), alasan: a.pilih(ALASAN_SISIPAN), batal: null };
    }
    let batal: { urut: number; nomor: string; alasan: string } | null = null;
    if (a.peluang(0.002)) {
      b.urut++;
      batal = { urut: b.urut, nomor: format(b.urut, 0), alasan: a.pilih(ALASAN_BATAL) };
    }
    b.urut++;
    b.sisipan = 0;
    return { urut: b.urut, sisipan: 0, nomor: format(b.urut, 0), alasan: null, batal };
  }

  private tulisNomor(id: number, register: string, tanggal: string, n: NonNullable<ReturnType<PembuatSuratKeluar['nomorBaru']>>, t: number, riwayat: Peristiwa[]) {
    const tahun = Number(tanggal.slice(0, 4));
    if (n.batal) {
      this.st.nomor.run(register, tahun, n.batal.urut, 0, n.batal.nomor, tanggal, id, 'dibatalkan', null, n.batal.alasan, iso(t - 120_000));
      riwayat.push({ waktu: t - 120_000, aksi: 'bernomor', uraian: `Diberi nomor ${n.batal.nomor}.` });
      riwayat.push({ waktu: t - 60_000, aksi: 'nomor-dibatalkan', uraian: `Nomor ${n.batal.nomor} dibatalkan: ${n.batal.alasan}. Nomor itu tidak akan dipakai lagi.` });
      this.hitung.nomorSurat++;
    }
    const nomorId = this.st.nomor.run(register, tahun, n.urut, n.sisipan, n.nomor, tanggal, id, 'terbit', n.alasan, null, iso(t)).lastInsertRowid;
    this.st.nomorId.run(nomorId, id);
    this.hitung.nomorSurat++;
    riwayat.push({
      waktu: t,
      aksi: 'bernomor',
      uraian: n.sisipan > 0 ? `Diberi nomor sisipan ${n.nomor} (alasan: ${n.alasan}).` : `Diberi nomor ${n.nomor}.`,
    });
  }
}
