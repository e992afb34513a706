import type { Dasbor } from '../../shared/api/laporan';
import type { SuratMasuk } from '../../shared/api/surat-masuk';
import { hariIni, type Ctx } from '../core/context';

/** Open branches: not yet done and not withdrawn. */
const TERBUKA = `('belum_dibaca', 'diterima', 'ditindaklanjuti')`;

export function dasbor(ctx: Ctx, tanggal = hariIni(ctx)): Dasbor {
  const tahun = tanggal.slice(0, 4);
  const q = <T>(sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).get(...params) as T;

  const belumDidisposisi = one<{ n: number }>(`SELECT count(*) AS n FROM surat_masuk WHERE status = 'belum_didisposisi'`).n;
  const suratBelumDidisposisi = q<SuratMasuk>(
    `SELECT id, tahun_agenda AS tahunAgenda, nomor_agenda AS nomorAgenda, tanggal_terima AS tanggalTerima, asal,
            nomor_surat AS nomorSurat, tanggal_surat AS tanggalSurat, perihal, ringkasan, lampiran, urgensi,
            klasifikasi_keamanan AS klasifikasiKeamanan, kode_klasifikasi AS kodeKlasifikasi, status,
            created_at AS createdAt, updated_at AS updatedAt
     FROM surat_masuk WHERE status = 'belum_didisposisi' ORDER BY tanggal_terima, id LIMIT 20`,
  );
  const disposisiLewatBatas = q<Dasbor['disposisiLewatBatas'][number]>(
    `SELECT p.id AS penerimaId, s.id AS suratMasukId, s.nomor_agenda AS nomorAgenda, s.tahun_agenda AS tahunAgenda,
            s.perihal, j.nama AS jabatan, p.batas_waktu AS batasWaktu, p.status
     FROM disposisi_penerima p JOIN surat_masuk s ON s.id = p.surat_masuk_id JOIN jabatan j ON j.id = p.jabatan_id
     WHERE p.status IN ${TERBUKA} AND p.batas_waktu < ? ORDER BY p.batas_waktu, p.id LIMIT 100`,
    tanggal,
  );
  const perUnit = q<Dasbor['perUnit'][number]>(
    `SELECT u.id AS unitId, coalesce(u.nama, 'Tanpa unit') AS unit,
            sum(p.status = 'belum_dibaca') AS belumDibaca,
            sum(p.status IN ('diterima', 'ditindaklanjuti')) AS diproses,
            sum(p.status = 'selesai') AS selesai,
            sum(p.status IN ${TERBUKA} AND p.batas_waktu < ?) AS lewatBatas
     FROM disposisi_penerima p JOIN surat_masuk s ON s.id = p.surat_masuk_id
       JOIN jabatan j ON j.id = p.jabatan_id LEFT JOIN unit u ON u.id = j.unit_id
     WHERE s.tahun_agenda = ? OR p.status IN ${TERBUKA}
     GROUP BY u.id ORDER BY unit`,
    tanggal,
    Number(tahun),
  );
  const keluar = one<{ paraf: number; nomor: number; tahunIni: number }>(
    `SELECT sum(status IN ('konsep', 'dikembalikan')) AS paraf, sum(status = 'ditandatangani') AS nomor,
            sum(tanggal >= ? AND tanggal <= ?) AS tahunIni FROM surat_keluar`,
    `${tahun}-01-01`,
    `${tahun}-12-31`,
  );
  const suratMasukTahunIni = one<{ n: number }>(`SELECT count(*) AS n FROM surat_masuk WHERE tahun_agenda = ?`, Number(tahun)).n;
  return {
    tanggal,
    belumDidisposisi,
    suratBelumDidisposisi,
    disposisiLewatBatas,
    perUnit,
    suratKeluarMenungguParaf: keluar.paraf ?? 0,
    suratKeluarMenungguNomor: keluar.nomor ?? 0,
    suratMasukTahunIni,
    suratKeluarTahunIni: keluar.tahunIni ?? 0,
  };
}
