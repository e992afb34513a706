import { formatNip } from './nip';

/**
 * The signature block of a naskah dinas, after Pasal 44 Permendagri 1/2023:
 * (1) pengaturan and penetapan: the name without gelar;
 * (2) penugasan, korespondensi and khusus: with gelar, except piagam, sertifikat, STTPP;
 * (3) signers other than the Kepala Daerah, Wakil and Sekda: gelar, NIP and pangkat;
 * (4) Pj, Pjs, Plt, Plh Kepala Daerah and (5) Pj, Plh Sekda: no gelar, NIP or pangkat.
 * Where the articles conflict or are silent, `AturanTandaTangan` decides (set per Pemda).
 */

export const KATEGORI_PASAL_44 = ['pengaturan', 'penetapan', 'penugasan', 'korespondensi', 'khusus'] as const;
export type KategoriPasal44 = (typeof KATEGORI_PASAL_44)[number];
export const PERAN_PENANDATANGAN = ['kepala_daerah', 'wakil_kepala_daerah', 'sekretaris_daerah', 'lain'] as const;
export type PeranPenandatangan = (typeof PERAN_PENANDATANGAN)[number];
export type StatusJabat = 'definitif' | 'plt' | 'plh' | 'pj' | 'pjs';

export interface AturanTandaTangan {
  /** Ayat (1) against ayat (3) for a Keputusan of a Kepala Dinas (G5): print pangkat and NIP. */
  penetapanPangkatNip: boolean;
  /** Ayat (5) names only the Pj and Plh Sekda; true treats a Plt. Sekda the same way. */
  pltSekdaTanpaIdentitas: boolean;
  namaKapital: boolean;
}

export const ATURAN_TTD_BAWAAN: AturanTandaTangan = { penetapanPangkatNip: true, pltSekdaTanpaIdentitas: false, namaKapital: true };

/** A jabatan as printed: "KEPALA DINAS SOSIAL" and, for the head of a perangkat daerah, "KABUPATEN CONTOH". */
export interface JabatanCetak {
  nama: string;
  wilayah?: string | null;
}

export interface PejabatCetak {
  nama: string;
  gelarDepan?: string | null;
  gelarBelakang?: string | null;
  nip?: string | null;
  /** Already composed, e.g. "Pembina Utama Muda (IV/c)". */
  pangkatGolongan?: string | null;
}

export interface MasukanTandaTangan {
  kategori: KategoriPasal44;
  /** Piagam, sertifikat, STTPP: the exception of ayat (2). */
  tanpaGelar?: boolean;
  jabatan: JabatanCetak;
  peran: PeranPenandatangan;
  status: StatusJabat;
  /** a.n.: the jabatan on whose behalf; more than one means u.b. through the ones after the first. */
  atasNama?: JabatanCetak[];
  /** Null when nobody holds the jabatan on the letter's date: the name is left to be written by hand. */
  pejabat: PejabatCetak | null;
  aturan: AturanTandaTangan;
}

export interface BlokTandaTangan {
  /** The jabatan lines, a.n./u.b. included; the last ends with a comma. */
  jabatan: string[];
  nama: string | null;
  pangkat: string | null;
  nip: string | null;
  /** Why gelar, pangkat and NIP are (not) printed, for the person checking the draft. */
  dasar: string;
}

const AWALAN: Record<StatusJabat, string> = { definitif: '', plt: 'Plt. ', plh: 'Plh. ', pj: 'Pj. ', pjs: 'Pjs. ' };
const besar = (s: string) => s.toLocaleUpperCase('id-ID');

function barisJabatan(j: JabatanCetak): string[] {
  return [besar(j.nama), ...(j.wilayah ? [besar(j.wilayah)] : [])];
}

interface Tampil {
  gelar: boolean;
  identitas: boolean;
  dasar: string;
}

function tampilkan(m: MasukanTandaTangan): Tampil {
  const pejabatSementara = m.status !== 'definitif';
  if ((m.peran === 'kepala_daerah' || m.peran === 'wakil_kepala_daerah') && pejabatSementara) {
    return { gelar: false, identitas: false, dasar: 'Pasal 44 ayat (4): Pj/Pjs/Plt/Plh Kepala Daerah tanpa gelar, NIP, dan pangkat.' };
  }
  if (m.peran === 'sekretaris_daerah' && (m.status === 'pj' || m.status === 'plh' || (m.status === 'plt' && m.aturan.pltSekdaTanpaIdentitas))) {
    return { gelar: false, identitas: false, dasar: 'Pasal 44 ayat (5): Pj/Plh Sekretaris Daerah tanpa gelar, NIP, dan pangkat.' };
  }
  const mengatur = m.kategori === 'pengaturan' || m.kategori === 'penetapan';
  const gelar = !mengatur && !m.tanpaGelar;
  const dasarGelar = mengatur ? 'ayat (1): tanpa gelar' : m.tanpaGelar ? 'ayat (2): piagam/sertifikat/STTPP tanpa gelar' : 'ayat (2): dengan gelar';
  if (m.peran !== 'lain') {
    return { gelar, identitas: false, dasar: `Pasal 44 ${dasarGelar}; ayat (3): Kepala Daerah, Wakil, dan Sekda tanpa NIP dan pangkat.` };
  }
  if (mengatur && !m.aturan.penetapanPangkatNip) {
    return { gelar, identitas: false, dasar: `Pasal 44 ${dasarGelar}; pengaturan Pemda: NIP dan pangkat tidak dicantumkan.` };
  }
  return { gelar, identitas: true, dasar: `Pasal 44 ${dasarGelar}; ayat (3): NIP dan pangkat dicantumkan.` };
}

export function namaCetak(p: PejabatCetak, gelar: boolean, kapital: boolean): string {
  const nama = kapital ? besar(p.nama.trim()) : p.nama.trim();
  if (!gelar) return nama;
  const depan = p.gelarDepan?.trim() ? `${p.gelarDepan.trim()} ${nama}` : nama;
  return p.gelarBelakang?.trim() ? `${depan}, ${p.gelarBelakang.trim()}` : depan;
}

export function susunTandaTangan(m: MasukanTandaTangan): BlokTandaTangan {
  const t = tampilkan(m);
  const jabatan: string[] = [];
  const [utama, ...perantara] = m.atasNama ?? [];
  if (utama) {
    const [pertama, ...lain] = barisJabatan(utama);
    jabatan.push(`a.n. ${pertama}`, ...lain);
    for (const p of perantara) jabatan.push(...barisJabatan(p));
    if (perantara.length) jabatan.push('u.b.');
  }
  const [pertama, ...lain] = barisJabatan(m.jabatan);
  const sendiri = [`${AWALAN[m.status]}${pertama}`, ...lain];
  sendiri[sendiri.length - 1] += ',';
  jabatan.push(...sendiri);
  const p = m.pejabat;
  return {
    jabatan,
    nama: p ? namaCetak(p, t.gelar, m.aturan.namaKapital) : null,
    pangkat: p && t.identitas ? (p.pangkatGolongan ?? null) : null,
    nip: p && t.identitas && p.nip ? `NIP. ${formatNip(p.nip)}` : null,
    dasar: t.dasar,
  };
}

/** The Pasal 44 category of a jenis naskah: the seed's kelompok "arahan" splits three ways. */
export function kategoriPasal44(slug: string, kelompok: string): KategoriPasal44 {
  if (slug === 'keputusan') return 'penetapan';
  if (['instruksi', 'surat-edaran', 'sop', 'peraturan'].includes(slug)) return 'pengaturan';
  if (['surat-perintah', 'surat-tugas'].includes(slug)) return 'penugasan';
  if (kelompok === 'korespondensi') return 'korespondensi';
  if (kelompok === 'arahan') return 'pengaturan';
  return 'khusus';
}
