import type { NaskahDokumen } from './dokumen';

/** The print style of a naskah: page box, kop sizes from the settings, and the blocks of both layouts. */
export function cssNaskah(d: NaskahDokumen, keluarga: string): string {
  const h = d.halaman;
  const k = d.kop;
  // Chromium rounds any page size to its own units: F4 prints as 609.12 × 935.04 pt from this CSS size,
  // closer to 215 × 330 mm (609.45 × 935.43 pt) than the 610.08 × 936 pt it makes of the paper size alone.
  return `
@page{size:${h.lebarMm}mm ${h.tinggiMm}mm;margin:${h.margin.atas}mm ${h.margin.kanan}mm ${h.margin.bawah}mm ${h.margin.kiri}mm;
${h.nomorHalaman ? `@top-center{content:"- " counter(page) " -";font-family:${keluarga};font-size:${h.ukuranPt}pt;vertical-align:middle}` : ''}}
@page:first{@top-center{content:none}}
html{font-family:${keluarga};font-size:${h.ukuranPt}pt;line-height:${h.spasi};color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
@media screen{body{width:${h.lebarMm - h.margin.kiri - h.margin.kanan}mm;margin:8mm auto;padding:${h.margin.atas}mm ${h.margin.kanan}mm ${h.margin.bawah}mm ${h.margin.kiri}mm;background:#fff;box-shadow:0 0 3mm #999}html{background:#e5e5e5}}
p{margin:0 0 .5em}
.kop{display:flex;align-items:center;gap:3mm}
.kop-logo{flex:none;width:24mm;display:flex;justify-content:center;align-items:center}
.kop-logo img{max-width:22mm;max-height:26mm}
.kop-teks{flex:1;text-align:center;line-height:1.15}
.kop-pemerintah{font-size:${k.pemerintahPt}pt}
.kop-dinas{font-size:${k.dinasPt}pt;font-weight:bold}
.kop-alamat,.kop-kota{font-size:${k.alamatPt}pt}
.kop-kota{letter-spacing:.5pt}
.garis-kop{border-top:2.25pt solid #000;border-bottom:.75pt solid #000;height:1.5pt;margin:1.5mm 0 5mm}
.tempat-tanggal{text-align:right;margin-bottom:4mm}
table{border-collapse:collapse}
table.kepala td,table.rincian td,table.konsiderans td{vertical-align:top;padding:0}
table.kepala td.label{width:24mm}
td.titik{width:5mm;text-align:center}
table.rincian{margin:0 0 .5em}
table.rincian td > p:last-child,table.konsiderans td > p:last-child{margin-bottom:0}
table.rincian td.label{white-space:nowrap;padding-right:2mm;min-width:28mm}
.tujuan{margin:6mm 0 6mm}
.tujuan.kanan{margin-left:55%}
.tujuan-di{padding-left:8mm}
.isi{text-align:justify}
ol.daftar,ul.daftar{margin:0 0 .5em;padding-left:7mm}
ol.daftar li,ul.daftar li{padding-left:1mm}
ol.huruf{list-style:lower-alpha}
ol.angka{list-style:decimal}
table.tabel{width:100%;margin:.3em 0 .6em;font-size:.92em;text-align:left}
table.tabel th,table.tabel td{border:.75pt solid #000;padding:.8mm 1.5mm;vertical-align:top}
table.tabel th{text-align:center;font-weight:bold}
table.tabel tr{break-inside:avoid}
.judul{text-align:center;font-weight:bold;margin-bottom:.2em}
.judul-nomor{text-align:center;margin-bottom:6mm}
.varian-keputusan .judul-nomor{margin-bottom:.3em}
.tentang{text-align:center;font-weight:bold}
.pejabat-menetapkan{text-align:center;font-weight:bold;margin:5mm 0 5mm}
table.konsiderans{width:100%;text-align:justify}
table.konsiderans td.label{width:32mm}
table.konsiderans tr > td{padding-bottom:2.5mm}
.memutuskan{text-align:center;font-weight:bold;margin:2mm 0 4mm}
.ttd-baris{display:flex;justify-content:space-between;align-items:flex-start;margin-top:8mm}
.akhir{break-inside:avoid}
.ttd-kiri{width:42%;font-size:8pt;line-height:1.2}
.ttd{width:52%;text-align:center}
.ttd.rata-kiri{text-align:left}
.ttd-ruang{height:24mm}
.ttd-nama{font-weight:bold}
.ttd-nama.garis{text-decoration:underline}
.qr{display:flex;align-items:center;gap:2mm;margin-bottom:3mm}
.qr img{width:22mm;height:22mm}
.paraf-kotak{margin-top:2mm}
table.paraf{width:100%;margin-bottom:2mm}
table.paraf th,table.paraf td{border:.5pt solid #000;padding:.5mm 1mm;text-align:left;vertical-align:middle}
table.paraf th{text-align:center}
table.paraf td.kotak{width:14mm;height:6mm}
table.paraf td:first-child{width:6mm}
.paraf-bawah{width:60%;font-size:8pt;line-height:1.2;margin-top:6mm;break-inside:avoid}
.tembusan{margin-top:8mm;break-inside:avoid}
.tembusan ol{margin:0;padding-left:6mm}
.lampiran{break-before:page}
.lampiran-kepala{margin-left:50%;margin-bottom:8mm;line-height:1.25}
.lampiran-judul{text-align:center;font-weight:bold;margin-bottom:5mm}
.garis-nota{border-top:1pt solid #000;margin:3mm 0 5mm}
`;
}
