import type { Pegawai, StatusPenugasan } from '../api/organisasi';
import { formatTanggal } from '../format/tanggal';
import { formatNip } from '../naskah/nip';
import { namaCetak } from '../naskah/tanda-tangan';
import { esc } from './html';

/** One signer of a printed book; without a holder the name and NIP are left as lines to fill in by hand. */
export interface Penandatangan {
  jabatan: string;
  pejabat: { status: StatusPenugasan; pegawai: Pick<Pegawai, 'nama' | 'gelarDepan' | 'gelarBelakang' | 'nip' | 'pangkat' | 'golongan'> } | null;
}

/** Who signs a printed book, where and when; `mengetahui` is the Kepala Dinas acknowledging it, on the left. */
export interface TandaTangan extends Penandatangan {
  kota: string;
  tanggal: string;
  mengetahui?: Penandatangan | null;
}

const AWALAN: Record<StatusPenugasan, string> = { definitif: '', plt: 'Plt. ', plh: 'Plh. ', pj: 'Pj. ' };

/**
 * Side by side, the two blocks fill the columns of one grid of six rows (`barisBlok`), so their
 * jabatan, name and NIP lines stay level however either one wraps.
 */
export const CSS_TANDA_TANGAN = `
.ttd{margin:6mm 0 0 auto;width:85mm;break-inside:avoid;font-size:9.5pt;line-height:1.35}
.ttd.dua{margin-left:0;width:auto;display:grid;grid-template-columns:85mm 85mm;grid-template-rows:repeat(6,auto);grid-auto-flow:column;justify-content:space-between}
.ttd-ruang{height:20mm}
.ttd-nama{font-weight:bold;text-decoration:underline}
`;

/**
 * The six lines of one block, top to bottom: the line above the jabatan, the jabatan (Plt./Plh.
 * in front), room to sign, name, pangkat (empty when unknown) and NIP.
 */
function barisBlok(atas: string, t: Penandatangan): string[] {
  const p = t.pejabat?.pegawai;
  const jabatan = `${t.pejabat ? AWALAN[t.pejabat.status] : ''}${t.jabatan},`;
  const pangkat = p?.pangkat ? `${p.pangkat}${p.golongan ? ` (${p.golongan})` : ''}` : '';
  return [
    `<div>${esc(atas)}</div>`,
    `<div>${esc(jabatan)}</div>`,
    '<div class="ttd-ruang"></div>',
    `<div class="ttd-nama">${p ? esc(namaCetak(p, true, true)) : '(.......................................................)'}</div>`,
    `<div>${esc(pangkat)}</div>`,
    `<div>NIP. ${p?.nip ? esc(formatNip(p.nip)) : '.......................................................'}</div>`,
  ];
}

/** The signer on the right under place and date; with `mengetahui`, the Kepala Dinas's block on the left. */
export function tandaTanganHtml(t: TandaTangan): string {
  const kanan = barisBlok(`${t.kota}, ${formatTanggal(t.tanggal)}`, t);
  if (!t.mengetahui) return `<div class="ttd">\n${kanan.join('\n')}\n</div>`;
  return `<div class="ttd dua">\n${[...barisBlok('Mengetahui,', t.mengetahui), ...kanan].join('\n')}\n</div>`;
}
