import { esc } from '../laporan/html';
import { kopHtml } from '../laporan/kop';
import { cssNaskah } from './css';
import { barisNomor, type NaskahDokumen } from './dokumen';
import type { Blok, Teks } from './isi';
import type { FontNaskah } from './pengaturan';

/**
 * One HTML page for one naskah: the preview shows it, Chromium prints it to PDF. No script, no
 * remote resource: fonts and images are data URIs, so the print window needs nothing else.
 */

export interface BerkasFont {
  /** Base64 of the font file. */
  data: string;
  format: 'truetype' | 'opentype';
}

export interface FontKeluarga {
  keluarga: string;
  regular: BerkasFont;
  bold: BerkasFont;
  italic: BerkasFont;
  boldItalic: BerkasFont;
}

/**
 * The embedded open font comes first so every machine prints the same glyphs and line breaks;
 * the proprietary name follows for a preview on a machine whose embedded copy failed to load.
 */
export const KELUARGA_CSS: Record<FontNaskah, string> = {
  arial: `"Liberation Sans", Arial, sans-serif`,
  bookman: `"Sekretariat Bonum", "Bookman Old Style", serif`,
};

function fontFace(f: FontKeluarga): string {
  const face = (b: BerkasFont, tebal: number, miring: boolean) =>
    `@font-face{font-family:"${f.keluarga}";src:url(data:font/${b.format === 'truetype' ? 'ttf' : 'otf'};base64,${b.data}) format("${b.format}");font-weight:${tebal};font-style:${miring ? 'italic' : 'normal'}}`;
  return face(f.regular, 400, false) + face(f.bold, 700, false) + face(f.italic, 400, true) + face(f.boldItalic, 700, true);
}

export function teksHtml(t: Teks): string {
  return t
    .map((r) => {
      let s = esc(r.t).replace(/\r?\n/g, '<br>');
      if (r.u) s = `<u>${s}</u>`;
      if (r.i) s = `<i>${s}</i>`;
      if (r.b) s = `<b>${s}</b>`;
      return s;
    })
    .join('');
}

const RATA: Record<string, string> = { kiri: 'left', tengah: 'center', kanan: 'right', penuh: 'justify' };

export function blokHtml(b: Blok): string {
  switch (b.jenis) {
    case 'paragraf':
      return `<p${b.rata ? ` style="text-align:${RATA[b.rata]}"` : ''}>${teksHtml(b.isi)}</p>`;
    case 'daftar': {
      const tag = b.gaya === 'poin' ? 'ul' : 'ol';
      return `<${tag} class="daftar ${b.gaya}">${b.butir.map((x) => `<li>${teksHtml(x)}</li>`).join('')}</${tag}>`;
    }
    case 'tabel': {
      const col = b.lebar ? `<colgroup>${b.lebar.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
      const kepala = b.kepala ? `<thead><tr>${b.kepala.map((k) => `<th>${teksHtml(k)}</th>`).join('')}</tr></thead>` : '';
      const rata = (k: number) => (b.rata?.[k] && b.rata[k] !== 'kiri' ? ` style="text-align:${RATA[b.rata[k]!]}"` : '');
      const isi = b.baris.map((r) => `<tr>${r.map((c, k) => `<td${rata(k)}>${teksHtml(c)}</td>`).join('')}</tr>`).join('');
      return `<table class="tabel">${col}${kepala}<tbody>${isi}</tbody></table>`;
    }
    case 'rincian':
      return `<table class="rincian">${b.baris
        .map((r) => `<tr><td class="label">${esc(r.label)}</td><td class="titik">${r.label ? ':' : ''}</td><td>${r.isi.map(blokHtml).join('')}</td></tr>`)
        .join('')}</table>`;
  }
}

const barisDiv = (lines: string[], cls = '') => lines.map((l) => `<div${cls ? ` class="${cls}"` : ''}>${esc(l)}</div>`).join('');

function kepalaHtml(rows: [string, string][]): string {
  return `<table class="kepala">${rows.map(([l, v]) => `<tr><td class="label">${esc(l)}</td><td class="titik">:</td><td>${esc(v)}</td></tr>`).join('')}</table>`;
}

function daftarTeks(items: Teks[], gaya: 'angka' | 'huruf'): string {
  return `<ol class="daftar ${gaya}">${items.map((x) => `<li>${teksHtml(x)}</li>`).join('')}</ol>`;
}

/**
 * The konsiderans and diktum rows, the last diktum row set apart: it goes with the signature (see
 * `akhir`), so the signature never stands alone at the top of a page.
 */
function keputusanHtml(k: NonNullable<NaskahDokumen['keputusan']>): { badan: string; ekor: string } {
  const baris = (label: string, isi: string) => `<tr><td class="label">${esc(label)}</td><td class="titik">:</td><td>${isi}</td></tr>`;
  const konsiderans = [
    k.menimbang.length ? baris('Menimbang', daftarTeks(k.menimbang, 'huruf')) : '',
    k.mengingat.length ? baris('Mengingat', daftarTeks(k.mengingat, 'angka')) : '',
    k.memperhatikan.length ? baris('Memperhatikan', daftarTeks(k.memperhatikan, 'angka')) : '',
  ].join('');
  const diktum = [baris('Menetapkan', esc(k.menetapkan)), ...k.diktum.map((d) => baris(d.label, d.isi.map(blokHtml).join('')))];
  const ekor = diktum.length > 1 ? diktum.pop()! : '';
  return {
    badan: `<div class="pejabat-menetapkan">${esc(k.pejabat)}</div>
<table class="konsiderans">${konsiderans}</table>
<div class="memutuskan">MEMUTUSKAN:</div>
<table class="konsiderans diktum">${diktum.join('')}</table>`,
    ekor: ekor ? `<table class="konsiderans diktum">${ekor}</table>` : '',
  };
}

/** The last block of text and the signature are kept on one page. */
function akhir(blok: string[], ttd: string, ekor = ''): string {
  const terakhir = ekor || blok.pop() || '';
  return `<div class="isi">${blok.join('')}</div><div class="akhir"><div class="isi">${terakhir}</div>${ttd}</div>`;
}

function ttdHtml(d: NaskahDokumen): string {
  const b = d.ttd.blok;
  const nama = b?.nama ? esc(b.nama) : '(..............................................)';
  const blok = `<div class="ttd${d.ttd.rata === 'kiri' ? ' rata-kiri' : ''}">
${barisDiv(d.ttd.tempat)}${barisDiv(b?.jabatan ?? ['(jabatan penandatangan belum dipilih),'])}
<div class="ttd-ruang"></div>
<div class="ttd-nama${d.ttd.garisBawah ? ' garis' : ''}">${nama}</div>
${b?.pangkat ? `<div>${esc(b.pangkat)}</div>` : ''}${b?.nip ? `<div>${esc(b.nip)}</div>` : ''}
</div>`;
  const qr = d.qr ? `<div class="qr"><img src="data:image/png;base64,${d.qr.pngBase64}" alt=""><div>Pindai untuk memeriksa keaslian naskah</div></div>` : '';
  const paraf = d.paraf?.posisi === 'kiri-ttd' ? parafHtml(d.paraf.baris) : '';
  return `<div class="ttd-baris"><div class="ttd-kiri">${qr}${paraf}</div>${blok}</div>`;
}

function parafHtml(rows: NonNullable<NaskahDokumen['paraf']>['baris']): string {
  const tabel = (jenis: 'hierarki' | 'koordinasi', judul: string) => {
    const r = rows.filter((x) => x.jenis === jenis);
    if (!r.length) return '';
    return `<table class="paraf"><thead><tr><th colspan="3">${judul}</th></tr><tr><th>No.</th><th>Jabatan</th><th>Paraf</th></tr></thead><tbody>${r
      .map((x, i) => `<tr><td>${i + 1}.</td><td>${esc(x.jabatan)}</td><td class="kotak"></td></tr>`)
      .join('')}</tbody></table>`;
  };
  return `<div class="paraf-kotak">${tabel('hierarki', 'Paraf Hierarki')}${tabel('koordinasi', 'Paraf Koordinasi')}</div>`;
}

function lampiranHtml(d: NaskahDokumen): string {
  return d.lampiran
    .map(
      (l) => `<section class="lampiran">
<div class="lampiran-kepala">${barisDiv(l.kepala)}</div>
${l.judul ? `<div class="lampiran-judul">${esc(l.judul)}</div>` : ''}
${akhir(l.isi.map(blokHtml), ttdHtml({ ...d, qr: null, paraf: null }))}
</section>`,
    )
    .join('');
}

/** The document as HTML; `font` is the embedded family matching `d.halaman.font`. */
export function naskahHtml(d: NaskahDokumen, font: FontKeluarga): string {
  const judul = d.judul.length
    ? `${d.judul.map((j) => `<div class="judul">${esc(j)}</div>`).join('')}${d.varian === 'nota' ? '' : `<div class="judul-nomor">${esc(barisNomor(d.nomor))}</div>`}`
    : '';
  const tentang = d.tentang ? `<div class="tentang">TENTANG</div><div class="tentang">${esc(d.tentang)}</div>` : '';
  const tujuan = d.tujuan
    ? `<div class="tujuan${d.tujuan.posisi === 'kanan' ? ' kanan' : ''}">${barisDiv(d.tujuan.baris)}${d.tujuan.di ? `<div>di</div><div class="tujuan-di">${esc(d.tujuan.di)}</div>` : ''}</div>`
    : '';
  const tembusan = d.tembusan
    ? `<div class="tembusan"><div>Tembusan:</div><ol class="daftar angka">${d.tembusan.butir.map((t) => `<li>${esc(t)}</li>`).join('')}</ol></div>`
    : '';
  const keputusan = d.keputusan ? keputusanHtml(d.keputusan) : null;
  const parafBawah = d.paraf?.posisi === 'bawah' ? `<div class="paraf-bawah">${parafHtml(d.paraf.baris)}</div>` : '';
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${esc(d.judulBerkas)}</title><style>${fontFace(font)}${cssNaskah(d, KELUARGA_CSS[d.halaman.font])}</style></head>
<body class="varian-${d.varian}">
${kopHtml(d.kop)}
${d.tempatTanggal ? `<div class="tempat-tanggal">${esc(d.tempatTanggal)}</div>` : ''}
${judul}${tentang}
${d.kepala.length ? kepalaHtml(d.kepala) : ''}${d.varian === 'nota' ? '<div class="garis-nota"></div>' : ''}
${tujuan}
${keputusan ? keputusan.badan + (d.isi.length ? keputusan.ekor : '') : ''}
${akhir(d.isi.map(blokHtml), ttdHtml(d), d.isi.length ? '' : keputusan?.ekor)}
${tembusan}${parafBawah}
${lampiranHtml(d)}
</body></html>`;
}
