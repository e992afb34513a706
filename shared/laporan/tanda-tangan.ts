import type { Pegawai, StatusPenugasan } from '../api/organisasi';
import { formatTanggal } from '../format/tanggal';
import { namaCetak } from '../naskah/tanda-tangan';
import { esc } from './html';

/** Who signs a printed book; without a holder the name and NIP are left as lines to fill in by hand. */
export interface TandaTangan {
  kota: string;
  tanggal: string;
  jabatan: string;
  pejabat: { status: StatusPenugasan; pegawai: Pick<Pegawai, 'nama' | 'gelarDepan' | 'gelarBelakang' | 'nip' | 'pangkat' | 'golongan'> } | null;
}

const AWALAN: Record<StatusPenugasan, string> = { definitif: '', plt: 'Plt. ', plh: 'Plh. ', pj: 'Pj. ' };

export const CSS_TANDA_TANGAN = `
.ttd{margin:6mm 0 0 auto;width:85mm;break-inside:avoid;font-size:9.5pt;line-height:1.35}
.ttd-ruang{height:20mm}
.ttd-nama{font-weight:bold;text-decoration:underline}
`;

export function tandaTanganHtml(t: TandaTangan): string {
  const p = t.pejabat?.pegawai;
  const jabatan = `${t.pejabat ? AWALAN[t.pejabat.status] : ''}${t.jabatan},`;
  const pangkat = p?.pangkat ? `${p.pangkat}${p.golongan ? ` (${p.golongan})` : ''}` : null;
  return `<div class="ttd">
<div>${esc(t.kota)}, ${esc(formatTanggal(t.tanggal))}</div>
<div>${esc(jabatan)}</div>
<div class="ttd-ruang"></div>
<div class="ttd-nama">${p ? esc(namaCetak(p, true, true)) : '(.......................................................)'}</div>
${pangkat ? `<div>${esc(pangkat)}</div>` : ''}
<div>NIP. ${p?.nip ? esc(p.nip) : '.......................................................'}</div>
</div>`;
}
