import { join } from 'node:path';
import type { cadanganApi, PengaturanCadangan } from '../../shared/api/cadangan';
import { rejected } from '../../shared/errors';
import { audit, type Ctx } from '../core/context';
import type { Handlers } from '../core/handlers';
import { buatCadangan } from './backup';
import { daftarCadangan } from './daftar';
import { versiAplikasi } from './manifest';
import { bacaPengaturan, ubahPengaturan } from './pengaturan';
import { verifikasiCadangan } from './verifikasi';

function dataDirWajib(ctx: Ctx): string {
  if (!ctx.dataDir) throw rejected('Cadangan tidak tersedia untuk basis data di memori.');
  return ctx.dataDir;
}

/** The configured folder plus `<data>/cadangan`, where pre-migration and pre-restore backups always go. */
export function folderCadanganSemua(dataDir: string): string[] {
  return [bacaPengaturan(dataDir).folderCadangan, join(dataDir, 'cadangan')];
}

// Restore is deliberately absent: the core cannot replace its own open database (CLI `restore`).
export const cadanganHandlers: Handlers<typeof cadanganApi> = {
  'cadangan.list': (ctx) => daftarCadangan(folderCadanganSemua(dataDirWajib(ctx))),
  'cadangan.create': (ctx, input) => {
    const dataDir = dataDirWajib(ctx);
    return buatCadangan(
      { dataDir, sqlite: ctx.sqlite },
      { tujuan: input.ke ?? bacaPengaturan(dataDir).folderCadangan, jenis: 'manual', now: ctx.now(), versi: versiAplikasi(join(ctx.resourcesDir, '..')) },
    );
  },
  'cadangan.verify': (_ctx, input) => verifikasiCadangan(input.folder),
  'cadangan.settings.get': (ctx) => bacaPengaturan(dataDirWajib(ctx)),
  // A write method only for its audit entry: where the records' copies go is an audited decision.
  'cadangan.settings.update': (ctx, input) => {
    const catat = (sebelum: PengaturanCadangan, sesudah: PengaturanCadangan) => audit(ctx, { aksi: 'update', tabel: 'pengaturan', recordId: 'cadangan', sebelum, sesudah });
    return ubahPengaturan(dataDirWajib(ctx), input, catat);
  },
};
