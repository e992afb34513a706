import QRCode from 'qrcode';
import { susunDokumen, type NaskahDokumen } from '../../shared/naskah/dokumen';
import { naskahHtml } from '../../shared/naskah/html';
import { tulisQr } from '../../shared/naskah/qr';
import { sha256 } from '../core/berkas';
import type { Ctx } from '../core/context';
import { fontNaskah } from './font';
import { bacaPengaturan } from './pengaturan';
import { sumberNaskah, type SumberNaskah } from './sumber';

export interface NaskahTersusun extends SumberNaskah {
  dok: NaskahDokumen;
  /** SHA-256 of the document before the QR is added: what the QR and the versions refer to. */
  isiSha256: string;
}

/** The QR carries this hash, so it is computed over everything printed except the QR itself. */
export const hashDokumen = (d: NaskahDokumen) => sha256(Buffer.from(JSON.stringify({ ...d, qr: null }), 'utf8'));

export async function bangunNaskah(ctx: Ctx, suratId: number): Promise<NaskahTersusun> {
  const p = bacaPengaturan(ctx);
  const sumber = sumberNaskah(ctx, suratId, p);
  const dok = susunDokumen(sumber.data);
  const isiSha256 = hashDokumen(dok);
  if (p.qrRegister.includes(sumber.surat.registerKode)) {
    const teks = tulisQr({ id: sumber.surat.id, nomor: sumber.surat.nomor, tanggal: sumber.surat.tanggal, penandatangan: dok.ttd.blok?.nama ?? null, hash: isiSha256 });
    const png = await QRCode.toBuffer(teks, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
    dok.qr = { teks, pngBase64: png.toString('base64') };
  }
  return { ...sumber, dok, isiSha256 };
}

export const htmlNaskah = (ctx: Ctx, d: NaskahDokumen) => naskahHtml(d, fontNaskah(ctx.resourcesDir, d.halaman.font));
