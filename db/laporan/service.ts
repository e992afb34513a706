import type { laporanApi } from '../../shared/api/laporan';
import type { Handlers } from '../core/handlers';
import { dasbor } from './dasbor';
import { eksporLaporan } from './ekspor';

export const laporanHandlers: Handlers<typeof laporanApi> = {
  'laporan.export': (ctx, input) => eksporLaporan(ctx, input),
  'dashboard.get': (ctx, input) => dasbor(ctx, input.tanggal),
};
