import type { Jabatan, Pegawai, StatusPenugasan } from '../../shared/api';
import { toIsoDate } from '../../shared/format/tanggal';
import type { StatusPenerima } from '../../shared/surat/enums';

/** Indonesian labels that exist only on screen (the contract keeps the slugs). */
export const STATUS_PENUGASAN_LABEL: Record<StatusPenugasan, string> = { definitif: 'Definitif', plt: 'Plt.', plh: 'Plh.', pj: 'Pj.' };

/** "Dr. Siti Aminah, M.Si." */
export function namaPegawai(p: Pick<Pegawai, 'nama' | 'gelarDepan' | 'gelarBelakang'>): string {
  return `${p.gelarDepan ? `${p.gelarDepan} ` : ''}${p.nama}${p.gelarBelakang ? `, ${p.gelarBelakang}` : ''}`;
}

/** "Kepala Dinas Sosial (Plt. Drs. Budi)" — who will actually read a disposisi matters to the agendaris. */
export function namaJabatan(j: Jabatan): string {
  if (!j.pejabat) return j.nama;
  const status = j.pejabat.status === 'definitif' ? '' : `${STATUS_PENUGASAN_LABEL[j.pejabat.status]} `;
  return `${j.nama} (${status}${namaPegawai(j.pejabat.pegawai)})`;
}

/** The head of the office: the top of the hierarchy, where dispositions start and letters are signed. */
export function jabatanPimpinan(list: Jabatan[]): Jabatan | undefined {
  return list.filter((j) => j.aktif && j.atasanId === null).sort((a, b) => a.urutan - b.urutan)[0];
}

export function hariIni(): string {
  return toIsoDate(new Date());
}

/** An open branch past its deadline (a finished or withdrawn one never is). */
export function lewatBatas(batasWaktu: string | null, status: StatusPenerima): boolean {
  return Boolean(batasWaktu && batasWaktu < hariIni() && status !== 'selesai' && status !== 'ditarik');
}

export function angka(n: number): string {
  return n.toLocaleString('id-ID');
}

export function ukuranBerkas(byte: number): string {
  if (byte < 1024) return `${byte} B`;
  if (byte < 1024 * 1024) return `${angka(Math.round(byte / 1024))} KB`;
  return `${(byte / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** Options for a <select> from a label record, in the record's order. */
export function opsiDari<K extends string>(label: Record<K, string>): { nilai: K; label: string }[] {
  return (Object.keys(label) as K[]).map((nilai) => ({ nilai, label: label[nilai] }));
}

/** A kode klasifikasi as the detail pages show it: "400.9.7 — Pengumpulan dan Pengelolaan …", or the code alone. */
export const kodeDenganNama = (kode: string | null, nama: string | null) => (kode ? [kode, nama].filter(Boolean).join(' — ') : null);
