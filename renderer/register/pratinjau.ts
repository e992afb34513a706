import type { Register } from '../../shared/api';
import type { Keamanan } from '../../shared/surat/enums';
import { formatNomor, sisipanFormatErrors, templateErrors } from '../../shared/surat/nomor';

/**
 * The number the core would write, from the same `formatNomor`: the register's own unit code wins
 * over the instansi's, as in db/surat/penomoran.ts. `null` while the template is invalid.
 */
export function pratinjauNomor(
  reg: Pick<Register, 'format' | 'padding' | 'sisipanFormat' | 'unit'>,
  v: { klasifikasi: string; urut: number; sisipan?: number; tanggal: string; keamanan: Keamanan; kodeUnit: string; kodeJabatan?: string | null },
): string | null {
  if (templateErrors(reg.format).length || sisipanFormatErrors(reg.sisipanFormat).length) return null;
  return formatNomor(
    reg.format,
    { klasifikasi: v.klasifikasi, urut: v.urut, sisipan: v.sisipan ?? 0, unit: reg.unit || v.kodeUnit, jabatan: v.kodeJabatan ?? '', tanggal: v.tanggal, keamanan: v.keamanan },
    { padding: reg.padding, sisipanFormat: reg.sisipanFormat },
  );
}

export function nomorTerakhir(reg: Register, tahun: number): number {
  return reg.tahun.find((t) => t.tahun === tahun)?.nomorTerakhir ?? 0;
}
