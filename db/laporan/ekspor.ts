import type { HasilEkspor, laporanApi } from '../../shared/api/laporan';
import type { ParsedOf } from '../../shared/api/contract';
import { rejected } from '../../shared/errors';
import type { Ctx } from '../core/context';

// TEMPORARY: replaced by the report exporter in this same session.
export async function eksporLaporan(_ctx: Ctx, _input: ParsedOf<(typeof laporanApi)['laporan.export']>): Promise<HasilEkspor> {
  throw rejected('Ekspor laporan belum tersedia.');
}
