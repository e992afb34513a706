import { asc, eq } from 'drizzle-orm';
import type { HasilVerifikasi } from '../../shared/api/naskah';
import { formatTanggal } from '../../shared/format/tanggal';
import { bacaQr, type MuatanQr } from '../../shared/naskah/qr';
import type { Ctx } from '../core/context';
import { suratKeluar } from '../surat/schema';
import { naskahVersi } from './schema';

const kosong = { suratKeluarId: null, nomor: null, tanggal: null, perihal: null, penandatangan: null, versi: null, versiTerbaru: null };

/**
 * A printed letter matches when its QR text is exactly the one printed on a stored version, and
 * the record still carries that number. Otherwise every difference found is listed.
 */
export function verifikasiQr(ctx: Ctx, payload: string): HasilVerifikasi {
  const m = bacaQr(payload);
  if (!m) return { ...kosong, cocok: false, pesan: 'Kode ini bukan kode verifikasi naskah dari aplikasi Sekretariat.', alasan: ['Format kode tidak dikenal.'] };
  const s = ctx.db.select().from(suratKeluar).where(eq(suratKeluar.id, m.id)).get();
  if (!s) return { ...kosong, cocok: false, pesan: 'Naskah ini tidak tercatat di aplikasi.', alasan: [`Tidak ada surat keluar dengan nomor catatan ${m.id}.`] };
  const versi = ctx.db.select().from(naskahVersi).where(eq(naskahVersi.suratKeluarId, s.id)).orderBy(asc(naskahVersi.versi)).all();
  const versiTerbaru = versi.at(-1)?.versi ?? null;
  const dasar = { suratKeluarId: s.id, nomor: s.nomor, tanggal: s.tanggal, perihal: s.perihal, penandatangan: m.penandatangan, versiTerbaru };
  const tepat = versi.find((v) => v.qr !== null && bacaQrSama(v.qr, m));

  const alasan: string[] = [];
  if (!tepat) {
    const sehash = versi.find((v) => v.qr !== null && v.isiSha256.startsWith(m.hash));
    const asli = sehash?.qr ? bacaQr(sehash.qr) : null;
    if (!sehash) alasan.push('Hash isi pada kode tidak cocok dengan versi naskah mana pun yang pernah dibuat.');
    if (asli && asli.penandatangan !== m.penandatangan) alasan.push(`Penandatangan pada kode (${m.penandatangan ?? '-'}) berbeda dengan yang tercetak pada versi aslinya (${asli.penandatangan ?? '-'}).`);
    if (asli && asli.nomor !== m.nomor) alasan.push(`Nomor pada kode (${m.nomor ?? 'konsep'}) berbeda dengan versi aslinya (${asli.nomor ?? 'konsep'}).`);
    if (asli && asli.tanggal !== m.tanggal) alasan.push(`Tanggal pada kode (${formatTanggal(m.tanggal)}) berbeda dengan versi aslinya (${formatTanggal(asli.tanggal)}).`);
    if (!asli && m.tanggal !== s.tanggal) alasan.push(`Tanggal pada kode (${formatTanggal(m.tanggal)}) berbeda dengan catatan (${formatTanggal(s.tanggal)}).`);
  }
  if (m.nomor && s.nomor !== m.nomor) alasan.push(`Nomor ${m.nomor} tidak lagi tercatat untuk naskah ini${s.nomor ? ` (sekarang ${s.nomor})` : ' (nomor dibatalkan)'}.`);
  if (alasan.length || !tepat) {
    return { ...dasar, cocok: false, versi: null, pesan: 'TIDAK COCOK: naskah tercetak ini tidak sesuai dengan catatan. Jangan dianggap sah sebelum diperiksa.', alasan };
  }
  const catatan = tepat.versi !== versiTerbaru ? ` Ada versi lebih baru (versi ${versiTerbaru}).` : '';
  const pesan = m.nomor
    ? `COCOK: ${s.perihal}, nomor ${m.nomor}, tanggal ${formatTanggal(m.tanggal)}, sesuai versi ${tepat.versi}.${catatan}`
    : `COCOK dengan konsep versi ${tepat.versi} (belum bernomor): ${s.perihal}.${catatan}`;
  return { ...dasar, cocok: true, versi: tepat.versi, pesan, alasan };
}

function bacaQrSama(tersimpan: string, m: MuatanQr): boolean {
  const a = bacaQr(tersimpan);
  return Boolean(a && a.id === m.id && a.nomor === m.nomor && a.tanggal === m.tanggal && a.penandatangan === m.penandatangan && a.hash === m.hash);
}
