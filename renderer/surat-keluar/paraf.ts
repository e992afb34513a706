import type { Jabatan, SuratKeluarDetail } from '../../shared/api';

/**
 * The hierarchy a draft climbs before signature (domain guide §3.1): from the head of the unit
 * pengolah up through each atasan, stopping below the penandatangan.
 */
export function rantaiParaf(jabatan: Jabatan[], s: Pick<SuratKeluarDetail, 'unitPengolahId' | 'penandatanganJabatanId'>): Jabatan[] {
  const byId = new Map(jabatan.map((j) => [j.id, j]));
  const kepalaUnit = jabatan.filter((j) => j.aktif && j.unitId === s.unitPengolahId).sort((a, b) => a.urutan - b.urutan)[0];
  const rantai: Jabatan[] = [];
  for (let j = kepalaUnit; j && j.id !== s.penandatanganJabatanId && rantai.length < 10; j = j.atasanId ? byId.get(j.atasanId) : undefined) {
    rantai.push(j);
  }
  return rantai;
}

/** The first in the chain without a "setuju" since the draft was last sent back. */
export function pemarafBerikutnya(rantai: Jabatan[], s: Pick<SuratKeluarDetail, 'paraf'>): Jabatan | undefined {
  const kembali = s.paraf.map((p) => p.hasil).lastIndexOf('dikembalikan');
  const sudah = new Set(s.paraf.slice(kembali + 1).filter((p) => p.hasil === 'setuju').map((p) => p.jabatanId));
  return rantai.find((j) => !sudah.has(j.id));
}
