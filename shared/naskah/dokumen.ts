import type { KopInstansi } from '../laporan/kop';
import { KEAMANAN_LABEL, URGENSI_LABEL, type Keamanan, type Urgensi } from '../surat/enums';
import type { Blok, Teks } from './isi';
import { UKURAN_KERTAS, ukuranKop, type PengaturanNaskah, type PosisiParaf, type TataLetak } from './pengaturan';
import { susunTandaTangan, type BlokTandaTangan, type JabatanCetak, type KategoriPasal44, type PejabatCetak, type PeranPenandatangan, type StatusJabat } from './tanda-tangan';
import { tanggalNaskah } from './tanggal';
import { angkaDanTerbilang, angkaRomawi, diktumKe } from './terbilang';

/** What the secretariat types for one surat keluar, beyond the register fields of the letter itself. */
export interface NaskahIsi {
  /** Overrides the title of a judul-layout naskah (default: the jenis, or KEPUTUSAN + signer). */
  judul: string | null;
  /** The line under "Yth. …/di"; null → "Tempat", "" → no line. */
  tujuanDi: string | null;
  /** a.n. this jabatan (u.b. follows from the atasan chain). */
  atasNamaJabatanId: number | null;
  isi: Blok[];
  tembusan: string[];
  menimbang: Teks[];
  mengingat: Teks[];
  memperhatikan: Teks[];
  /** "Menetapkan :" text; null → the title with TENTANG and the perihal. */
  menetapkan: string | null;
  diktum: { label?: string | null; isi: Blok[] }[];
  lampiran: { judul?: string | null; isi: Blok[] }[];
}

export const naskahIsiKosong = (): NaskahIsi => ({
  judul: null,
  tujuanDi: null,
  atasNamaJabatanId: null,
  isi: [],
  tembusan: [],
  menimbang: [],
  mengingat: [],
  memperhatikan: [],
  menetapkan: null,
  diktum: [],
  lampiran: [],
});

export interface KopCetak extends KopInstansi {
  pemerintahPt: number;
  dinasPt: number;
  alamatPt: number;
}

export interface ParafCetak {
  jabatan: string;
  jenis: 'hierarki' | 'koordinasi';
}

/** Everything the assembler needs, gathered from the database by the service. */
export interface DataNaskah {
  jenis: { slug: string; nama: string; layout: 'korespondensi' | 'judul'; kategori: KategoriPasal44 };
  surat: {
    tanggal: string;
    tujuan: string;
    perihal: string;
    urgensi: Urgensi;
    klasifikasiKeamanan: Keamanan;
    lampiran: string | null;
    nomor: string | null;
    /** The register format with the number left blank, printed on a draft. */
    nomorKonsep: string;
  };
  naskah: NaskahIsi;
  kop: KopInstansi;
  penandatangan: {
    jabatan: JabatanCetak;
    peran: PeranPenandatangan;
    status: StatusJabat;
    pejabat: PejabatCetak | null;
    atasNama: JabatanCetak[];
  } | null;
  paraf: ParafCetak[];
  pengaturan: PengaturanNaskah;
  tataLetak: TataLetak;
}

export type Varian = 'surat' | 'nota' | 'judul' | 'keputusan';

/** The finished document, layout-neutral: the HTML and the DOCX writers both print exactly this. */
export interface NaskahDokumen {
  judulBerkas: string;
  varian: Varian;
  halaman: TataLetak & { lebarMm: number; tinggiMm: number };
  kop: KopCetak;
  konsep: boolean;
  nomor: string;
  /** The register fields as printed, for office templates. */
  ringkas: { jenis: string; tempat: string; tanggal: string; perihal: string; sifat: string; lampiran: string; tujuan: string[] };
  tempatTanggal: string | null;
  /** Label–value rows under the kop: Nomor/Sifat/Lampiran/Hal (surat) or the nota dinas header. */
  kepala: [string, string][];
  tujuan: { baris: string[]; di: string | null; posisi: 'kiri' | 'kanan' } | null;
  judul: string[];
  /** Keputusan: the perihal under "TENTANG". */
  tentang: string | null;
  keputusan: {
    pejabat: string;
    menimbang: Teks[];
    mengingat: Teks[];
    memperhatikan: Teks[];
    menetapkan: string;
    diktum: { label: string; isi: Blok[] }[];
  } | null;
  isi: Blok[];
  ttd: { tempat: string[]; blok: BlokTandaTangan | null; rata: 'tengah' | 'kiri'; garisBawah: boolean };
  tembusan: { butir: string[] } | null;
  paraf: { posisi: Exclude<PosisiParaf, 'tidak'>; baris: ParafCetak[] } | null;
  lampiran: { kepala: string[]; judul: string | null; isi: Blok[] }[];
  qr: { teks: string; pngBase64: string } | null;
}

const besar = (s: string) => s.toLocaleUpperCase('id-ID');
const baris = (s: string) =>
  s
    .split(/\r?\n/)
    .map((b) => b.trim())
    .filter(Boolean);

export function teksSifat(urgensi: Urgensi, keamanan: Keamanan): string {
  const bagian = [keamanan !== 'biasa' ? KEAMANAN_LABEL[keamanan] : null, urgensi !== 'biasa' ? URGENSI_LABEL[urgensi] : null].filter(Boolean);
  return bagian.length ? bagian.join(', ') : 'Biasa';
}

/** "2" → "2 (dua) berkas"; free text as typed; nothing → "-". */
export function teksLampiran(lampiran: string | null): string {
  const s = lampiran?.trim();
  if (!s) return '-';
  return /^\d{1,4}$/.test(s) ? `${angkaDanTerbilang(Number(s))} berkas` : s;
}

/** "NOMOR 800/…" unless the register format already starts with the word (KEPUTUSAN: "NOMOR 001 TAHUN 2026"). */
export const barisNomor = (nomor: string) => (/^nomor\b/i.test(nomor) ? besar(nomor) : `NOMOR ${nomor}`);

function jabatanSatuBaris(j: JabatanCetak | undefined): string {
  return j ? besar([j.nama, j.wilayah].filter(Boolean).join(' ')) : '';
}

function varianDari(d: DataNaskah): Varian {
  if (d.jenis.slug === 'nota-dinas' || d.jenis.slug === 'memo') return 'nota';
  if (d.jenis.slug === 'keputusan') return 'keputusan';
  return d.jenis.layout === 'korespondensi' ? 'surat' : 'judul';
}

function judulNaskah(d: DataNaskah, v: Varian): string[] {
  if (d.naskah.judul) return baris(besar(d.naskah.judul));
  const jenis = besar(d.jenis.nama);
  if (v === 'keputusan') return [`${jenis} ${jabatanSatuBaris(d.penandatangan?.jabatan)}`.trim()];
  if (d.jenis.slug === 'berita-acara') return [`${jenis} ${besar(d.surat.perihal)}`];
  return [jenis];
}

/** Assembles the document. Pure: same data in, same document out (its hash goes into the QR). */
export function susunDokumen(d: DataNaskah): NaskahDokumen {
  const v = varianDari(d);
  const p = d.pengaturan;
  const tanggal = tanggalNaskah(d.surat.tanggal);
  const nomor = d.surat.nomor ?? d.surat.nomorKonsep;
  const tempat = d.kop.kota;
  const sifat = teksSifat(d.surat.urgensi, d.surat.klasifikasiKeamanan);
  const lampiranTeks = teksLampiran(d.surat.lampiran);
  const tujuanBaris = baris(d.surat.tujuan);
  const judul = v === 'surat' ? [] : v === 'nota' ? [besar(d.jenis.nama)] : judulNaskah(d, v);
  const tembusan = d.naskah.tembusan.map((t) => (p.tembusanYth && !/^yth\.?\s/i.test(t) ? `Yth. ${t}` : t));

  const kepala: [string, string][] =
    v === 'surat'
      ? [
          ['Nomor', nomor],
          ['Sifat', sifat],
          ['Lampiran', lampiranTeks],
          ['Hal', d.surat.perihal],
        ]
      : v === 'nota'
        ? [
            ['Yth.', tujuanBaris.join(', ')],
            ['Dari', d.penandatangan ? [d.penandatangan.jabatan.nama, d.penandatangan.jabatan.wilayah].filter(Boolean).join(' ') : '-'],
            ...(d.naskah.tembusan.length ? [['Tembusan', d.naskah.tembusan.join('; ')] as [string, string]] : []),
            ['Tanggal', tanggal],
            ['Nomor', nomor],
            ['Sifat', sifat],
            ['Lampiran', lampiranTeks],
            ['Hal', d.surat.perihal],
          ]
        : [];

  const blok = d.penandatangan
    ? susunTandaTangan({
        kategori: d.jenis.kategori,
        jabatan: d.penandatangan.jabatan,
        peran: d.penandatangan.peran,
        status: d.penandatangan.status,
        atasNama: d.penandatangan.atasNama,
        pejabat: d.penandatangan.pejabat,
        aturan: p.ttd,
      })
    : null;
  const ttdTempat = v === 'keputusan' ? [`Ditetapkan di ${tempat}`, `pada tanggal ${tanggal}`] : v === 'judul' ? [`${tempat}, ${tanggal}`] : [];
  const menetapkan = d.naskah.menetapkan ?? `${judul.join(' ')} TENTANG ${besar(d.surat.perihal)}`;

  const namaLampiran = v === 'surat' || v === 'nota' ? `${besar(d.jenis.nama)} ${jabatanSatuBaris(d.penandatangan?.jabatan)}`.trim() : judul.join(' ');
  const lampiran = d.naskah.lampiran.map((l, i, semua) => ({
    kepala: [
      semua.length > 1 ? `LAMPIRAN ${angkaRomawi(i + 1)}` : 'LAMPIRAN',
      namaLampiran,
      barisNomor(nomor),
      `TANGGAL ${besar(tanggal)}`,
      `${v === 'surat' || v === 'nota' ? 'HAL' : 'TENTANG'} ${besar(d.surat.perihal)}`,
    ],
    judul: l.judul ? besar(l.judul) : null,
    isi: l.isi,
  }));

  const posisiParaf = p.paraf;
  return {
    judulBerkas: `${d.jenis.nama} ${d.surat.nomor ?? '(konsep)'} — ${d.surat.perihal}`,
    varian: v,
    halaman: { ...d.tataLetak, ...UKURAN_KERTAS[d.tataLetak.kertas] },
    kop: { ...d.kop, ...ukuranKop(p.kop) },
    konsep: d.surat.nomor === null,
    nomor,
    ringkas: { jenis: d.jenis.nama, tempat, tanggal, perihal: d.surat.perihal, sifat, lampiran: lampiranTeks, tujuan: tujuanBaris },
    tempatTanggal: v === 'surat' ? `${tempat}, ${tanggal}` : null,
    kepala,
    tujuan:
      v === 'surat'
        ? { baris: tujuanBaris.map((b, i) => (i === 0 ? `Yth. ${b}` : b)), di: d.naskah.tujuanDi === null ? 'Tempat' : d.naskah.tujuanDi || null, posisi: p.alamatTujuan }
        : null,
    judul,
    tentang: v === 'keputusan' ? besar(d.surat.perihal) : null,
    keputusan:
      v === 'keputusan'
        ? {
            pejabat: `${jabatanSatuBaris(d.penandatangan?.jabatan)},`,
            menimbang: d.naskah.menimbang,
            mengingat: d.naskah.mengingat,
            memperhatikan: d.naskah.memperhatikan,
            menetapkan,
            diktum: d.naskah.diktum.map((x, i) => ({ label: x.label ? besar(x.label) : diktumKe(i + 1), isi: x.isi })),
          }
        : null,
    isi: d.naskah.isi,
    ttd: { tempat: ttdTempat, blok, rata: p.ttd.rata, garisBawah: p.ttd.namaGarisBawah },
    tembusan: v !== 'nota' && tembusan.length ? { butir: tembusan } : null,
    paraf: posisiParaf !== 'tidak' && d.paraf.length ? { posisi: posisiParaf, baris: d.paraf } : null,
    lampiran,
    qr: null,
  };
}
