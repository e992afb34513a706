import type Database from 'better-sqlite3';
import { formatTanggal } from '../../shared/format/tanggal';
import { STATUS_PENERIMA_LABEL, type StatusPenerima } from '../../shared/surat/enums';
import { statusSuratMasuk } from '../../shared/surat/status-surat-masuk';
import { kunciNomorSurat } from '../../shared/surat/duplikat';
import type { Acak } from './acak';
import { isiTemplate, lampiranUntuk, ringkasanUntuk } from './isi';
import { selisihHari, tambahHari } from './kalender';
import { PENGIRIM } from './kosakata-instansi';
import { CATATAN_DISPOSISI, CATATAN_SELESAI, TOPIK, pisahKode } from './kosakata-perihal';
import { bawahan, jalurJabatan, type Referensi } from './referensi';
import { Jam, iso, tanggalDari } from './waktu-acak';

export interface BerkasContoh {
  sha256: string;
  ukuran: number;
}

interface Langkah {
  waktu: number;
  status: StatusPenerima;
  catatan: string | null;
}

interface Cabang {
  jabatanId: number;
  utama: boolean;
  status: StatusPenerima;
  langkah: Langkah[];
}

interface Peristiwa {
  waktu: number;
  aksi: string;
  uraian: string;
}

const AKTOR = 'agendaris';
const URUT_STATUS: StatusPenerima[] = ['belum_dibaca', 'diterima', 'ditindaklanjuti', 'selesai'];

/** Older dispositions are mostly finished; the last weeks are still being worked on. */
function statusMenurutUmur(a: Acak, umur: number): StatusPenerima {
  if (umur > 365) return a.timbang<StatusPenerima>([['selesai', 996], ['ditindaklanjuti', 3], ['diterima', 1]]);
  if (umur > 60) return a.timbang<StatusPenerima>([['selesai', 95], ['ditindaklanjuti', 3], ['diterima', 2]]);
  if (umur > 14) return a.timbang<StatusPenerima>([['selesai', 65], ['ditindaklanjuti', 22], ['diterima', 10], ['belum_dibaca', 3]]);
  if (umur > 3) return a.timbang<StatusPenerima>([['selesai', 25], ['ditindaklanjuti', 35], ['diterima', 25], ['belum_dibaca', 15]]);
  return a.timbang<StatusPenerima>([['selesai', 3], ['ditindaklanjuti', 12], ['diterima', 35], ['belum_dibaca', 50]]);
}

/**
 * Writes incoming letters the way the services would have (agenda number per year, disposisi
 * branches with their tindak lanjut, the letter's status derived from its branches, timeline rows),
 * but with prepared statements in the caller's transaction and without per-row audit entries.
 */
export class PembuatSuratMasuk {
  readonly hitung = { suratMasuk: 0, disposisi: 0, penerima: 0, tindakLanjut: 0, lampiran: 0, riwayat: 0 };
  private readonly agenda = new Map<number, number>();
  private readonly jam: Jam;
  private readonly instruksi: string[];
  private readonly terakhir: { asal: string; nomor: string; perihal: string; tanggalSurat: string; kode: string }[] = [];
  private readonly st;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ref: Referensi,
    private readonly a: Acak,
    private readonly sampai: string,
    private readonly contoh: BerkasContoh[],
  ) {
    this.jam = new Jam(a, sampai);
    const ins = (sql: string) => sqlite.prepare(sql);
    this.st = {
      surat: ins(`INSERT INTO surat_masuk (tahun_agenda, nomor_agenda, tanggal_terima, asal, nomor_surat, tanggal_surat, perihal, ringkasan,
        lampiran, urgensi, klasifikasi_keamanan, kode_klasifikasi, status, kunci_duplikat, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      disposisi: ins(`INSERT INTO disposisi (surat_masuk_id, dari_jabatan_id, asal_penerima_id, tanggal, instruksi, catatan, batas_waktu, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      penerima: ins(`INSERT INTO disposisi_penerima (disposisi_id, surat_masuk_id, jabatan_id, utama, status, batas_waktu, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      tindakLanjut: ins('INSERT INTO tindak_lanjut (penerima_id, waktu, status, catatan, aktor) VALUES (?, ?, ?, ?, ?)'),
      riwayat: ins(`INSERT INTO riwayat_surat (jenis_surat, surat_id, waktu, aksi, uraian, aktor) VALUES ('masuk', ?, ?, ?, ?, ?)`),
      berkas: ins(`INSERT INTO berkas_file (sha256, nama_file, mime, ukuran, created_at) VALUES (?, ?, 'application/pdf', ?, ?)`),
      lampiran: ins(`INSERT INTO lampiran_surat (jenis_surat, surat_id, berkas_id) VALUES ('masuk', ?, ?)`),
    };
    const teks = sqlite.prepare('SELECT teks FROM instruksi_disposisi WHERE aktif = 1 ORDER BY urutan').all() as { teks: string }[];
    this.instruksi = teks.length ? teks.map((t) => t.teks) : ['Tindak lanjuti', 'Untuk diketahui'];
    for (const r of sqlite.prepare(`SELECT tahun, terakhir FROM urutan WHERE lingkup = 'agenda-masuk'`).all() as { tahun: number; terakhir: number }[]) {
      this.agenda.set(r.tahun, r.terakhir);
    }
  }

  /** The counters must equal the highest numbers used, so the next letter typed in continues the book. */
  simpanPenghitung(): void {
    const up = this.sqlite.prepare(
      `INSERT INTO urutan (lingkup, tahun, terakhir) VALUES ('agenda-masuk', ?, ?)
       ON CONFLICT (lingkup, tahun) DO UPDATE SET terakhir = max(terakhir, excluded.terakhir)`,
    );
    for (const [tahun, n] of this.agenda) up.run(tahun, n);
  }

  buat(tanggal: string): void {
    const a = this.a;
    const topik = a.timbang(TOPIK.map((t) => [t, t.bobot] as const));
    const tahun = Number(tanggal.slice(0, 4));
    const nomorAgenda = (this.agenda.get(tahun) ?? 0) + 1;
    this.agenda.set(tahun, nomorAgenda);

    let { asal, nomor, perihal, tanggalSurat, kode } = this.kepala(topik, tanggal);
    // Now and then the same letter arrives twice (by post and by hand): the duplicate warning's case.
    const kembar = this.terakhir.length > 0 && a.peluang(0.002) ? a.pilih(this.terakhir) : null;
    if (kembar) ({ asal, nomor, perihal, tanggalSurat, kode } = kembar);
    else if (this.terakhir.push({ asal, nomor, perihal, tanggalSurat, kode }) > 50) this.terakhir.shift();

    const urgensi = a.timbang([['biasa', 72], ['segera', 22], ['sangat_segera', 6]] as const);
    const keamanan = a.timbang([['biasa', 94], ['terbatas', 4], ['rahasia', 2]] as const);
    const diterima = this.jam.pada(tanggal);
    const umur = selisihHari(tanggal, this.sampai);
    const belum = a.peluang(umur <= 2 ? 0.6 : umur <= 10 ? 0.15 : 0.003);
    const disposisi = belum ? [] : this.rencanaDisposisi(topik.unit, diterima, urgensi);
    const cabang = disposisi.flatMap((d) => d.cabang);
    const terakhirBerubah = Math.max(diterima, ...disposisi.map((d) => d.waktu), ...cabang.flatMap((c) => c.langkah.map((l) => l.waktu)));

    const id = Number(
      this.st.surat.run(
        tahun, nomorAgenda, tanggal, asal, nomor, tanggalSurat, perihal,
        a.peluang(0.4) ? ringkasanUntuk(perihal, a, tanggalSurat) : null,
        lampiranUntuk(a), urgensi, keamanan, kode,
        statusSuratMasuk(cabang.map((c) => c.status)), kunciNomorSurat(nomor), iso(diterima), iso(terakhirBerubah),
      ).lastInsertRowid,
    );
    this.hitung.suratMasuk++;
    const riwayat: Peristiwa[] = [{ waktu: diterima, aksi: 'dicatat', uraian: `Dicatat dengan nomor agenda ${nomorAgenda}/${tahun}.` }];
    if (a.peluang(tahun >= 2019 ? 0.65 : 0.3)) riwayat.push(this.lampirkan(id, tahun, nomorAgenda, diterima));
    this.tulisDisposisi(id, disposisi, riwayat);
    riwayat.sort((x, y) => x.waktu - y.waktu);
    for (const r of riwayat) this.st.riwayat.run(id, iso(r.waktu), r.aksi, r.uraian, AKTOR);
    this.hitung.riwayat += riwayat.length;
  }

  private kepala(topik: (typeof TOPIK)[number], tanggal: string) {
    const a = this.a;
    const kodePengirim = a.timbang(topik.pengirim);
    const pengirim = PENGIRIM[kodePengirim];
    const jauh = kodePengirim.startsWith('ditjen') || kodePengirim === 'kemensos' || kodePengirim === 'pusdatin' || kodePengirim === 'sentra';
    const tanggalSurat = tambahHari(tanggal, -a.int(0, jauh ? 12 : 5));
    const [prefiks, template] = pisahKode(a.pilih(topik.masuk), topik);
    const kode = a.pilih(this.ref.kodeDaun(prefiks));
    return {
      asal: pengirim.nama(a),
      nomor: pengirim.nomor(a, { kode, tahun: Number(tanggalSurat.slice(0, 4)), bulan: Number(tanggalSurat.slice(5, 7)) }),
      perihal: isiTemplate(template, a, tanggalSurat),
      tanggalSurat,
      kode,
    };
  }

  private lampirkan(suratId: number, tahun: number, nomorAgenda: number, waktu: number): Peristiwa {
    const c = this.a.pilih(this.contoh);
    const nama = `pindaian-${tahun}-${String(nomorAgenda).padStart(5, '0')}.pdf`;
    const berkasId = Number(this.st.berkas.run(c.sha256, nama, c.ukuran, iso(waktu + 60_000)).lastInsertRowid);
    this.st.lampiran.run(suratId, berkasId);
    this.hitung.lampiran++;
    return { waktu: waktu + 60_000, aksi: 'lampiran', uraian: `Pindaian ${nama} dilampirkan (SHA-256 ${c.sha256.slice(0, 12)}…).` };
  }

  /** Pimpinan → the head of the unit's line (Sekretaris or a Kabid) → the one below, as on a paper lembar disposisi. */
  private rencanaDisposisi(unit: string, diterima: number, urgensi: string) {
    const a = this.a;
    const ref = this.ref;
    const jalur = jalurJabatan(ref, ref.kepalaUnit.get(unit)!);
    const langsung = bawahan(ref, ref.pimpinan);
    const pertama = jalur[1] ?? a.pilih(langsung);
    const lain = langsung.filter((j) => j !== pertama);
    const kedua = jalur[2] ?? (bawahan(ref, pertama).length ? a.pilih(bawahan(ref, pertama)) : undefined);

    const d1 = this.disposisiBaru(ref.pimpinan, this.jam.geser(diterima, 2), urgensi);
    d1.cabang.push({ jabatanId: pertama, utama: true, status: 'belum_dibaca', langkah: [] });
    if (lain.length && a.peluang(0.2)) d1.cabang.push({ jabatanId: a.pilih(lain), utama: false, status: 'belum_dibaca', langkah: [] });
    const utama = d1.cabang[0]!;
    utama.status = statusMenurutUmur(a, this.umur(d1.waktu));
    const hasil = [d1];

    let setelah = d1.waktu;
    if (kedua !== undefined && utama.status !== 'belum_dibaca' && a.peluang(0.88)) {
      const d2 = this.disposisiBaru(pertama, this.jam.geser(d1.waktu, 2), urgensi);
      const c: Cabang = { jabatanId: kedua, utama: true, status: statusMenurutUmur(a, this.umur(d2.waktu)), langkah: [] };
      c.langkah = this.langkah(c.status, d2.waktu, null, d2.waktu);
      d2.cabang.push(c);
      d2.meneruskanUtama = true;
      hasil.push(d2);
      // The one who passed it on reports back only after the staff below has finished.
      if (c.status !== 'selesai' && utama.status === 'selesai') utama.status = 'ditindaklanjuti';
      setelah = Math.max(d2.waktu, ...c.langkah.map((l) => l.waktu));
      utama.langkah = this.langkah(utama.status, d1.waktu, d2.waktu, setelah);
    } else {
      utama.langkah = this.langkah(utama.status, d1.waktu, null, setelah);
    }
    for (const c of d1.cabang.slice(1)) {
      c.status = a.peluang(0.05) ? 'ditarik' : statusMenurutUmur(a, this.umur(d1.waktu));
      c.langkah = this.langkah(c.status, d1.waktu, null, d1.waktu);
    }
    return hasil;
  }

  private umur(waktu: number): number {
    return selisihHari(tanggalDari(waktu), this.sampai);
  }

  private disposisiBaru(dari: number, waktu: number, urgensi: string) {
    const a = this.a;
    const hari = urgensi === 'sangat_segera' ? a.int(1, 3) : urgensi === 'segera' ? a.int(3, 7) : a.peluang(0.6) ? null : a.int(7, 21);
    const tanggal = tanggalDari(waktu);
    const instruksi = [a.pilih(this.instruksi)];
    if (a.peluang(0.35)) instruksi.push(a.pilih(this.instruksi.filter((i) => i !== instruksi[0])));
    return {
      dari,
      waktu,
      tanggal,
      instruksi,
      catatan: a.peluang(0.4) ? a.pilih(CATATAN_DISPOSISI) : null,
      batas: hari === null ? null : tambahHari(tanggal, hari),
      cabang: [] as Cabang[],
      /** Passes on the utama branch of the disposisi before it (the second step of the chain). */
      meneruskanUtama: false,
    };
  }

  /** The status moves of one branch, from belum dibaca to `akhir`; a branch passed on was read when it was passed on. */
  private langkah(akhir: StatusPenerima, mulai: number, diteruskan: number | null, setelah: number): Langkah[] {
    const a = this.a;
    if (akhir === 'belum_dibaca') return [];
    if (akhir === 'ditarik') return [{ waktu: this.jam.geser(mulai, 1), status: 'ditarik', catatan: a.pilih(['Salah tujuan disposisi', 'Cukup ditangani satu bidang']) }];
    const jalur = URUT_STATUS.slice(1, URUT_STATUS.indexOf(akhir) + 1);
    const hasil: Langkah[] = [];
    let t = mulai;
    jalur.forEach((s, i) => {
      if (s === 'diterima' && diteruskan !== null) {
        t = diteruskan;
        hasil.push({ waktu: t, status: s, catatan: 'Diteruskan' });
        return;
      }
      if (i < jalur.length - 1 && !a.peluang(0.7)) return;
      t = this.jam.geser(s === 'diterima' ? t : Math.max(t, setelah), s === 'selesai' ? 5 : 2);
      const catatan = s === 'selesai' && a.peluang(0.6) ? a.pilih(CATATAN_SELESAI) : null;
      hasil.push({ waktu: t, status: s, catatan });
    });
    return hasil;
  }

  private tulisDisposisi(suratId: number, rencana: ReturnType<PembuatSuratMasuk['rencanaDisposisi']>, riwayat: Peristiwa[]): void {
    const ref = this.ref;
    const nama = (id: number) => ref.jabatan.get(id)!.nama;
    let penerimaUtamaSebelumnya: number | null = null;
    for (const d of rencana) {
      const asal = d.meneruskanUtama ? penerimaUtamaSebelumnya : null;
      const dId = Number(
        this.st.disposisi.run(suratId, d.dari, asal, d.tanggal, JSON.stringify(d.instruksi), d.catatan, d.batas, iso(d.waktu)).lastInsertRowid,
      );
      this.hitung.disposisi++;
      const kepada = d.cabang.map((c) => `${nama(c.jabatanId)}${c.utama ? ' (utama)' : ''}`).join('; ');
      const batas = d.batas ? `, batas waktu ${formatTanggal(d.batas)}` : '';
      riwayat.push({ waktu: d.waktu, aksi: 'didisposisikan', uraian: `${nama(d.dari)} mendisposisikan kepada ${kepada}${batas}.` });
      d.cabang.forEach((c, i) => {
        const terakhir = c.langkah.at(-1)?.waktu ?? d.waktu;
        const pId = Number(this.st.penerima.run(dId, suratId, c.jabatanId, c.utama ? 1 : 0, c.status, d.batas, iso(terakhir)).lastInsertRowid);
        if (i === 0) penerimaUtamaSebelumnya = pId;
        this.hitung.penerima++;
        for (const l of c.langkah) {
          this.st.tindakLanjut.run(pId, iso(l.waktu), l.status, l.catatan, AKTOR);
          const label = STATUS_PENERIMA_LABEL[l.status].toLowerCase();
          riwayat.push({ waktu: l.waktu, aksi: `disposisi-${l.status}`, uraian: `${nama(c.jabatanId)}: ${label}${l.catatan ? ` — ${l.catatan}` : ''}.` });
        }
        this.hitung.tindakLanjut += c.langkah.length;
      });
    }
  }
}
