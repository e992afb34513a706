import type { BarisAgendaKeluar } from '../../shared/laporan/agenda-keluar';
import type { BarisAgendaMasuk } from '../../shared/laporan/agenda-masuk';
import type { Rentang } from '../../shared/laporan/periode';
import { alasanBatal } from '../../shared/surat/status-surat-masuk';
import type { Ctx } from '../core/context';

/*
 * Rows are streamed from one prepared statement each. They are consumed synchronously: an open
 * better-sqlite3 iterator keeps the connection busy, so it must never wait across an `await`.
 */

/** One query for the whole book: the first-level recipients are grouped per letter, leading one first. */
const SQL_AGENDA_MASUK = `
WITH diteruskan AS (
  SELECT p.surat_masuk_id AS suratId, group_concat(j.nama, '; ' ORDER BY p.utama DESC, p.id) AS kepada
  FROM disposisi_penerima p
  JOIN disposisi d ON d.id = p.disposisi_id AND d.asal_penerima_id IS NULL
  JOIN jabatan j ON j.id = p.jabatan_id
  JOIN surat_masuk s ON s.id = p.surat_masuk_id
  WHERE p.status <> 'ditarik' AND s.tanggal_terima BETWEEN @dari AND @sampai
  GROUP BY p.surat_masuk_id
)
SELECT s.nomor_agenda AS nomorAgenda, s.tanggal_terima AS tanggalTerima, s.nomor_surat AS nomorSurat,
       s.tanggal_surat AS tanggalSurat, s.asal, s.perihal, s.lampiran, t.kepada AS diteruskanKepada, s.status,
       CASE WHEN s.status = 'dibatalkan' THEN (
         SELECT r.uraian FROM riwayat_surat r
         WHERE r.jenis_surat = 'masuk' AND r.surat_id = s.id AND r.aksi = 'dibatalkan' ORDER BY r.id DESC LIMIT 1
       ) END AS uraianBatal
FROM surat_masuk s LEFT JOIN diteruskan t ON t.suratId = s.id
WHERE s.tanggal_terima BETWEEN @dari AND @sampai
ORDER BY s.tahun_agenda, s.nomor_agenda`;

export function* barisAgendaMasuk(ctx: Ctx, r: Rentang): Generator<BarisAgendaMasuk> {
  for (const { uraianBatal, ...b } of ctx.sqlite.prepare(SQL_AGENDA_MASUK).iterate(r) as IterableIterator<Omit<BarisAgendaMasuk, 'alasanBatal'> & { uraianBatal: string | null }>) {
    yield { ...b, alasanBatal: alasanBatal(uraianBatal) };
  }
}

/**
 * From the book of numbers, so cancelled numbers stay listed and a sisipan sits right after its
 * parent; registers in the order they were set up. The tanggal kirim is the first dispatch of a
 * number that is still valid.
 */
const SQL_AGENDA_KELUAR = `
SELECT r.nama AS register, n.urut, n.sisipan, r.padding, r.sisipan_format AS sisipanFormat, n.nomor, n.tanggal,
       k.tujuan, k.perihal, coalesce(jn.nama, k.jenis_naskah) AS jenis, k.lampiran, u.nama AS unitPengolah,
       CASE WHEN n.status = 'terbit' THEN e.tanggalKirim END AS tanggalKirim,
       n.status = 'dibatalkan' AS dibatalkan, n.alasan_batal AS alasanBatal, n.alasan AS alasanSisipan, k.status AS statusSurat
FROM nomor_surat n
JOIN surat_keluar k ON k.id = n.surat_keluar_id
JOIN register r ON r.kode = n.register_kode
LEFT JOIN jenis_naskah jn ON jn.slug = k.jenis_naskah
LEFT JOIN unit u ON u.id = k.unit_pengolah_id
LEFT JOIN (SELECT surat_keluar_id, min(tanggal_kirim) AS tanggalKirim FROM ekspedisi GROUP BY surat_keluar_id) e ON e.surat_keluar_id = k.id
WHERE n.tanggal BETWEEN @dari AND @sampai
ORDER BY r.rowid, n.tahun, n.urut, n.sisipan`;

export function* barisAgendaKeluar(ctx: Ctx, r: Rentang): Generator<BarisAgendaKeluar> {
  for (const b of ctx.sqlite.prepare(SQL_AGENDA_KELUAR).iterate(r) as IterableIterator<Omit<BarisAgendaKeluar, 'dibatalkan'> & { dibatalkan: number }>) {
    yield { ...b, dibatalkan: b.dibatalkan === 1 };
  }
}
