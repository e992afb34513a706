import { eq } from 'drizzle-orm';
import type { KopInstansi } from '../../shared/laporan/kop';
import { mimePindaian } from '../core/berkas';
import type { Ctx } from '../core/context';
import { wajibAda } from '../core/rows';
import { instansi } from '../organisasi/schema';

function logoDataUri(ctx: Ctx, sha: string | null): string | null {
  if (!sha) return null;
  try {
    const isi = ctx.berkas.baca(sha);
    return `data:${mimePindaian(isi)};base64,${isi.toString('base64')}`;
  } catch {
    // A lost or damaged logo file must not stop the office from printing its books.
    return null;
  }
}

export function kopInstansi(ctx: Ctx): KopInstansi {
  const { id: _id, kodeUnit: _k, logoSha256, ...profil } = wajibAda(ctx.db.select().from(instansi).where(eq(instansi.id, 1)).get(), 'Profil instansi (jalankan init)');
  return { ...profil, logoDataUri: logoDataUri(ctx, logoSha256) };
}
