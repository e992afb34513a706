import type { BarisEkspedisi } from '../../shared/laporan/ekspedisi';
import type { Rentang } from '../../shared/laporan/periode';
import type { Ctx } from '../core/context';

const SQL_EKSPEDISI = `
SELECT e.tanggal_kirim AS tanggalKirim, k.nomor, k.tujuan, k.perihal, e.cara, e.penerima_nama AS penerima
FROM ekspedisi e JOIN surat_keluar k ON k.id = e.surat_keluar_id
WHERE e.tanggal_kirim BETWEEN @dari AND @sampai
ORDER BY e.tanggal_kirim, e.id`;

export function barisEkspedisi(ctx: Ctx, r: Rentang): IterableIterator<BarisEkspedisi> {
  return ctx.sqlite.prepare(SQL_EKSPEDISI).iterate(r) as IterableIterator<BarisEkspedisi>;
}
