import type { Instansi } from '../api/organisasi';
import { esc } from './html';

/** The instansi profile as printed; the logo is already a data URI (or absent). */
export type KopInstansi = Omit<Instansi, 'kodeUnit' | 'logoSha256'> & { logoDataUri: string | null };

/** "DINAS SOSIAL KABUPATEN CONTOH": the dinas with its Pemda, for title lines and spreadsheets. */
export function namaInstansi(k: KopInstansi): string {
  return `${k.namaDinas} ${k.pemerintah.replace(/^pemerintah\s+/i, '')}`.toLocaleUpperCase('id-ID');
}

const gabung = (bagian: (string | null | false | undefined)[], pemisah: string) => bagian.filter(Boolean).join(pemisah);

export const CSS_KOP = `
.kop{display:flex;align-items:center;gap:3mm}
.kop-logo{flex:none;width:24mm;display:flex;justify-content:center;align-items:center}
.kop-logo img{max-width:22mm;max-height:25mm}
.kop-teks{flex:1;text-align:center;line-height:1.2}
.kop-pemerintah{font-size:13pt}
.kop-dinas{font-size:16pt;font-weight:bold}
.kop-alamat{font-size:8.5pt}
.kop-kota{font-size:9pt;letter-spacing:.5pt}
.garis-kop{border-top:2.2pt solid #000;border-bottom:.7pt solid #000;height:1.2pt;margin:1.5mm 0 3mm}
.kop.ringkas .kop-logo{width:15mm}
.kop.ringkas .kop-logo img{max-width:14mm;max-height:16mm}
.kop.ringkas .kop-pemerintah{font-size:10pt}
.kop.ringkas .kop-dinas{font-size:12.5pt}
.kop.ringkas .kop-alamat{font-size:7pt}
.kop.ringkas + .garis-kop{margin:1mm 0 1.5mm}
`;

/**
 * Lambang, PEMERINTAH …, the dinas name in bold capitals, then address and contacts, over a double
 * rule. The empty cell on the right balances the logo so the text is centred on the page.
 * `ringkas` is the small kop of a half-page form.
 */
export function kopHtml(k: KopInstansi, ringkas = false): string {
  const logo = k.logoDataUri ? `<img src="${esc(k.logoDataUri)}" alt="">` : '';
  const kotaPos = gabung([k.kota, k.kodePos], ' ');
  const telepon = k.telepon && `Telepon ${k.telepon}`;
  const kontak = gabung([k.laman && `Laman ${k.laman}`, k.email && `Pos-el ${k.email}`], ', ');
  const baris = ringkas
    ? [gabung([k.alamat, kotaPos, telepon], ', '), kontak]
    : [gabung([k.alamat, telepon], ', '), kontak];
  const alamat = baris
    .filter(Boolean)
    .map((b) => `<div class="kop-alamat">${esc(b)}</div>`)
    .join('');
  return `<header class="kop${ringkas ? ' ringkas' : ''}">
<div class="kop-logo">${logo}</div>
<div class="kop-teks">
<div class="kop-pemerintah">${esc(k.pemerintah.toLocaleUpperCase('id-ID'))}</div>
<div class="kop-dinas">${esc(k.namaDinas.toLocaleUpperCase('id-ID'))}</div>
${alamat}${ringkas ? '' : `<div class="kop-kota">${esc(kotaPos.toLocaleUpperCase('id-ID'))}</div>`}
</div>
<div class="kop-logo"></div>
</header><div class="garis-kop"></div>`;
}
