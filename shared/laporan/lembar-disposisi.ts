import { formatTanggal } from '../format/tanggal';
import { KEAMANAN, KEAMANAN_LABEL, URGENSI, URGENSI_LABEL, type Keamanan, type Urgensi } from '../surat/enums';
import { dokumenHtml, type Cetakan, type FontCetak } from './dokumen';
import { CENTANG, esc, escBaris, kotak, nomorHtml } from './html';
import { ukuranHalaman } from './kertas';
import { CSS_KOP, kopHtml, type KopInstansi } from './kop';

export interface DataLembarDisposisi {
  kop: KopInstansi;
  surat: {
    asal: string;
    nomorSurat: string;
    tanggalSurat: string;
    tanggalTerima: string;
    nomorAgenda: number;
    urgensi: Urgensi;
    klasifikasiKeamanan: Keamanan;
    perihal: string;
    kodeKlasifikasi: string | null;
  };
  /** The giver's direct subordinates (plus any other recipient); `utama` prints "1", others ✓. */
  diteruskan: { jabatan: string; tanda: 'utama' | 'ya' | null }[];
  /** The whole checklist, with what the disposisi recorded ticked. */
  instruksi: { teks: string; dipilih: boolean }[];
  catatan: string | null;
  batasWaktu: string | null;
  pemberi: string | null;
  tanggalDisposisi: string | null;
}

/** SR and R are written in red ink (domain guide §4). */
const KEAMANAN_MERAH: readonly Keamanan[] = ['rahasia', 'sangat_rahasia'];

const MARGIN = { 'setengah-F4': { atas: 6, kanan: 10, bawah: 6, kiri: 14 }, A5: { atas: 8, kanan: 8, bawah: 8, kiri: 12 } };

/** The form is a column that fills the page, so the last row (catatan, paraf) takes the spare room. */
/** The form's type size; the nomor surat is laid out for it. */
const PT_FORM = 8.5;

const CSS_LEMBAR = `
.lembar{display:flex;flex-direction:column}
.judul-lembar{text-align:center;font-weight:bold;font-size:11pt;letter-spacing:1.5pt;margin:0 0 1.5mm}
.form{flex:1;min-height:0;display:flex;flex-direction:column;border:.7pt solid #000;font-size:${PT_FORM}pt;line-height:1.3}
.form>.baris{display:flex;border-bottom:.7pt solid #000}
.form>.baris:last-child{flex:1;min-height:0;border-bottom:none}
.sel{flex:1 1 0;min-width:0;padding:1mm 1.5mm;display:flex;flex-direction:column}
.sel+.sel{border-left:.7pt solid #000}
table.isian{width:100%;border-collapse:collapse}
table.isian th{text-align:left;font-weight:normal;width:24mm;vertical-align:top;padding:.2mm 0}
table.isian td{vertical-align:top;padding:.2mm 0;overflow-wrap:anywhere}
table.isian td.titik{width:2.5mm}
table.isian .utuh{white-space:nowrap}
.pilihan{display:inline-block;margin-right:2.5mm;white-space:nowrap}
.merah{color:#c00;font-weight:bold}
.label{font-weight:bold;margin-bottom:.8mm}
.tujuan>div{display:flex;gap:1.5mm;margin:.5mm 0;align-items:flex-start}
.tanda{flex:none;width:3.8mm;height:3.8mm;border:.6pt solid #000;text-align:center;line-height:3.8mm;font-weight:bold;font-size:8pt}
.ceklis{display:grid;grid-auto-flow:column;grid-template-columns:1fr 1fr;column-gap:3mm;row-gap:.6mm}
.ceklis>div{line-height:3.6mm;height:3.6mm;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.garis-tulis{flex:1;min-height:9mm;overflow:hidden}
.garis-tulis>div{border-bottom:.5pt dotted #000;height:5.5mm}
.isi-paraf{flex:1}
.kecil{font-size:7pt}
`;

function baris(label: string, isi: string): string {
  return `<tr><th>${esc(label)}</th><td class="titik">:</td><td>${isi}</td></tr>`;
}

function pilihan<T extends string>(semua: readonly T[], dipilih: T, label: Record<T, string>, merah: readonly T[] = []): string {
  return semua
    .map((v) => `<span class="pilihan${v === dipilih && merah.includes(v) ? ' merah' : ''}">${kotak(v === dipilih)} ${esc(label[v])}</span>`)
    .join('');
}

function tanda(t: DataLembarDisposisi['diteruskan'][number]['tanda']): string {
  return t === 'utama' ? '1' : t === 'ya' ? CENTANG : '';
}

/** At the form's 8.5 pt Liberation Sans/Arial: 1.42 mm a glyph and 3.9 mm a line measured, plus slack for word wrap. */
const MM_PER_HURUF = 1.5;
const MM_PER_BARIS = 4;

const barisTeks = (teks: string, lebarMm: number) =>
  teks.split('\n').reduce((n, b) => n + Math.max(1, Math.ceil((b.length * MM_PER_HURUF) / Math.max(lebarMm, 10))), 0);

/** The room for a value beside its label (Surat dari, Nomor surat…) in a form `lebarMm` wide: half, less padding, label and colon. */
const lebarIsian = (lebarMm: number) => lebarMm / 2 - 31;

/** The form's height in its own (unzoomed) millimetres when laid out `lebarMm` wide. */
function tinggiPerlu(d: DataLembarDisposisi, lebarMm: number): number {
  const s = d.surat;
  const setengah = lebarMm / 2 - 4;
  const isian = lebarIsian(lebarMm);
  const kiri = barisTeks(s.asal, isian) + barisTeks(s.nomorSurat, isian) + 1;
  const kanan = 2 + barisTeks('☐ Biasa ☐ Segera ☐ Sangat Segera', isian) + barisTeks('☐ Biasa ☐ Terbatas ☐ Rahasia ☐ Sangat Rahasia', isian);
  const tujuan = d.diteruskan.reduce((n, t) => n + barisTeks(t.jabatan, setengah - 6), 0);
  const catatan = (d.catatan ? barisTeks(d.catatan, setengah) : 0) + (d.batasWaktu ? 1 : 0);
  return (
    27 + // kop and title
    Math.max(kiri, kanan) * MM_PER_BARIS + 3 +
    (barisTeks(s.perihal, lebarMm - 31) + 1) * MM_PER_BARIS + 3 +
    Math.max(tujuan * (MM_PER_BARIS + 0.5), Math.ceil(d.instruksi.length / 2) * 4.2) + 8 +
    Math.max(catatan * MM_PER_BARIS + 11, 25) + 8
  );
}

/**
 * How much the whole form must shrink to stay on one page, estimated from the text it holds (the
 * print window runs no script, so nothing can be measured there). Zoomed out, the form is also wider
 * in its own units, so text wraps into fewer lines: the largest zoom that fits is searched for.
 */
function skalaLembar(d: DataLembarDisposisi, lebarMm: number, tinggiMm: number): number {
  const muat = (z: number) => z * tinggiPerlu(d, lebarMm / z) <= tinggiMm;
  if (muat(1)) return 1;
  let [kecil, besar] = [0.2, 1];
  for (let i = 0; i < 20; i++) {
    const tengah = (kecil + besar) / 2;
    if (muat(tengah)) kecil = tengah;
    else besar = tengah;
  }
  return kecil;
}

/**
 * The lembar disposisi clipped to the letter (domain guide §7, §13.5): the agenda data, who it goes
 * to (leading unit "1", others ✓), the instruction checklist, the catatan with its deadline, and
 * room for the handwritten instruction and paraf. Always one page: a crowded form is scaled down whole.
 */
export function lembarDisposisiHtml(d: DataLembarDisposisi, kertas: 'setengah-F4' | 'A5', font: FontCetak): Cetakan {
  const s = d.surat;
  const halaman = ukuranHalaman(kertas);
  const m = MARGIN[kertas];
  // A millimetre short of the page box, so rounding never spills the form onto a second page.
  const tinggiIsi = halaman.tinggiMm - m.atas - m.bawah - 1;
  const lebarForm = halaman.lebarMm - m.kiri - m.kanan;
  const skala = skalaLembar(d, lebarForm, tinggiIsi);
  const kiri = [
    baris('Surat dari', esc(s.asal)),
    // Zoomed out, the form is wider in its own units: the number is laid out for that width.
    baris('Nomor surat', nomorHtml(s.nomorSurat, lebarIsian(lebarForm / skala), PT_FORM)),
    baris('Tanggal surat', esc(formatTanggal(s.tanggalSurat))),
  ].join('');
  const kanan = [
    baris('Diterima tanggal', esc(formatTanggal(s.tanggalTerima))),
    baris('Nomor agenda', esc(s.nomorAgenda)),
    baris('Sifat', pilihan(URGENSI, s.urgensi, URGENSI_LABEL)),
    baris('Keamanan', pilihan(KEAMANAN, s.klasifikasiKeamanan, KEAMANAN_LABEL, KEAMANAN_MERAH)),
  ].join('');
  const hal = [baris('Hal', escBaris(s.perihal)), baris('Kode klasifikasi', esc(s.kodeKlasifikasi ?? '—'))].join('');
  // The "1" says who leads; the form says so beside it, since not every reader knows the convention.
  const adaUtama = d.diteruskan.some((t) => t.tanda === 'utama');
  const tujuan = d.diteruskan.map((t) => `<div><span class="tanda">${tanda(t.tanda)}</span><span>${esc(t.jabatan)}</span></div>`).join('');
  const ceklis = d.instruksi.map((i) => `<div>${kotak(i.dipilih)} ${esc(i.teks)}</div>`).join('');
  const catatan = [
    d.catatan ? `<div>${escBaris(d.catatan)}</div>` : '',
    d.batasWaktu ? `<div>Batas waktu: ${esc(formatTanggal(d.batasWaktu))}</div>` : '',
  ].join('');
  const garisTulis = `<div class="garis-tulis">${'<div></div>'.repeat(30)}</div>`;
  const barisCeklis = Math.ceil(d.instruksi.length / 2);
  const tanggalParaf = d.tanggalDisposisi ? esc(formatTanggal(d.tanggalDisposisi)) : '........................';
  // Under `zoom` a length is scaled too, so the box is made taller by as much as it will shrink.
  const ukuran = skala < 1 ? `zoom:${skala.toFixed(3)};height:${(tinggiIsi / skala).toFixed(1)}mm` : `height:${tinggiIsi}mm`;
  const isi = `<div class="lembar" style="${ukuran}">
${kopHtml(d.kop, true)}
<div class="judul-lembar">LEMBAR DISPOSISI</div>
<div class="form">
<div class="baris"><div class="sel"><table class="isian">${kiri}</table></div><div class="sel"><table class="isian">${kanan}</table></div></div>
<div class="baris"><div class="sel"><table class="isian">${hal}</table></div></div>
<div class="baris"><div class="sel"><div class="label">Diteruskan kepada:${adaUtama ? ' <span class="kecil">(1 = penanggung jawab utama, ✓ = turut)</span>' : ''}</div><div class="tujuan">${tujuan}</div></div>
<div class="sel"><div class="label">Isi disposisi:</div><div class="ceklis" style="grid-template-rows:repeat(${barisCeklis},auto)">${ceklis}</div></div></div>
<div class="baris"><div class="sel"><div class="label">Catatan:</div>${catatan}${garisTulis}</div>
<div class="sel"><div class="label">Paraf / Tanggal:</div><div class="isi-paraf"></div>
<div>Tanggal: ${tanggalParaf}</div>${d.pemberi ? `<div class="kecil">${esc(d.pemberi)}</div>` : ''}</div></div>
</div></div>`;
  return {
    html: dokumenHtml({ judul: `Lembar Disposisi Agenda ${s.nomorAgenda}`, halaman, margin: `${m.atas}mm ${m.kanan}mm ${m.bawah}mm ${m.kiri}mm`, css: CSS_KOP + CSS_LEMBAR, isi, font }),
    halaman,
    jumlah: 1,
  };
}
