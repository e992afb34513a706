import type Database from 'better-sqlite3';
import type { Dasbor } from '../../shared/api/laporan';
import type { SuratMasuk } from '../../shared/api/surat-masuk';
import { hariIni, type Ctx } from '../core/context';

/** Open branches: not yet done and not withdrawn. */
const TERBUKA = `('belum_dibaca', 'diterima', 'ditindaklanjuti')`;

/*
 * Every query here is answered from an index (migration 0003), so the dashboard costs the same
 * with ten years of letters as with one: no query reads all letters or all branches.
 */
const SQL = {
  belumDidisposisi: `SELECT count(*) AS n FROM surat_masuk WHERE status = 'belum_didisposisi'`,
  suratBelumDidisposisi: `SELECT id, tahun_agenda AS tahunAgenda, nomor_agenda AS nomorAgenda, tanggal_terima AS tanggalTerima, asal,
            nomor_surat AS nomorSurat, tanggal_surat AS tanggalSurat, perihal, ringkasan, lampiran, urgensi,
            klasifikasi_keamanan AS klasifikasiKeamanan, kode_klasifikasi AS kodeKlasifikasi, status,
            created_at AS createdAt, updated_at AS updatedAt
     FROM surat_masuk WHERE status = 'belum_didisposisi' ORDER BY tanggal_terima, id LIMIT 20`,
  // The 100 earliest deadlines are picked from the (status, batas_waktu) index alone; only they are joined.
  disposisiLewatBatas: `SELECT p.id AS penerimaId, s.id AS suratMasukId, s.nomor_agenda AS nomorAgenda, s.tahun_agenda AS tahunAgenda,
            s.perihal, j.nama AS jabatan, p.batas_waktu AS batasWaktu, p.status
     FROM (SELECT id FROM disposisi_penerima WHERE status IN ${TERBUKA} AND batas_waktu < @tanggal ORDER BY batas_waktu, id LIMIT 100) t
       JOIN disposisi_penerima p ON p.id = t.id JOIN surat_masuk s ON s.id = p.surat_masuk_id JOIN jabatan j ON j.id = p.jabatan_id
     ORDER BY p.batas_waktu, p.id`,
  // "This year's letters, or still open": the open counts (belum dibaca, diproses, lewat batas) are
  // the same for every year, so they come from the open branches alone; only "selesai" needs this
  // year's letters. Two index-only reads instead of an OR that no index answers (it read every
  // branch ever made); this year's part also keeps a unit whose branches were all withdrawn.
  perUnit: `WITH per_jabatan AS (
       SELECT p.jabatan_id AS jabatanId, 0 AS belum, 0 AS proses, sum(p.status = 'selesai') AS selesai, 0 AS lewat
       FROM surat_masuk s JOIN disposisi_penerima p ON p.surat_masuk_id = s.id
       WHERE s.tahun_agenda = @tahun GROUP BY p.jabatan_id
       UNION ALL
       SELECT jabatan_id, sum(status = 'belum_dibaca'), sum(status IN ('diterima', 'ditindaklanjuti')), 0, coalesce(sum(batas_waktu < @tanggal), 0)
       FROM disposisi_penerima WHERE status IN ${TERBUKA} GROUP BY jabatan_id
     )
     SELECT u.id AS unitId, coalesce(u.nama, 'Tanpa unit') AS unit,
            sum(c.belum) AS belumDibaca, sum(c.proses) AS diproses, sum(c.selesai) AS selesai, sum(c.lewat) AS lewatBatas
     FROM per_jabatan c JOIN jabatan j ON j.id = c.jabatanId LEFT JOIN unit u ON u.id = j.unit_id
     GROUP BY u.id ORDER BY unit`,
  // Three index counts instead of one pass over every outgoing letter.
  keluar: `SELECT (SELECT count(*) FROM surat_keluar WHERE status IN ('konsep', 'dikembalikan')) AS paraf,
            (SELECT count(*) FROM surat_keluar WHERE status = 'ditandatangani') AS nomor,
            (SELECT count(*) FROM surat_keluar WHERE tanggal >= @dari AND tanggal <= @sampai) AS tahunIni`,
  // A cancelled entry keeps its agenda number in the book, but it is not a letter received.
  suratMasukTahunIni: `SELECT count(*) AS n FROM surat_masuk WHERE tahun_agenda = @tahun AND status <> 'dibatalkan'`,
} as const;

type Pernyataan = { [K in keyof typeof SQL]: Database.Statement };

/** Prepared once per connection: the dashboard is reloaded often and its queries take about a millisecond each. */
const disiapkan = new WeakMap<Database.Database, Pernyataan>();

function pernyataan(sqlite: Database.Database): Pernyataan {
  let p = disiapkan.get(sqlite);
  if (!p) {
    p = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, sqlite.prepare(sql)])) as Pernyataan;
    disiapkan.set(sqlite, p);
  }
  return p;
}

export function dasbor(ctx: Ctx, tanggal = hariIni(ctx)): Dasbor {
  const tahun = Number(tanggal.slice(0, 4));
  const st = pernyataan(ctx.sqlite);
  const keluar = st.keluar.get({ dari: `${tahun}-01-01`, sampai: `${tahun}-12-31` }) as { paraf: number; nomor: number; tahunIni: number };
  return {
    tanggal,
    belumDidisposisi: (st.belumDidisposisi.get() as { n: number }).n,
    suratBelumDidisposisi: st.suratBelumDidisposisi.all() as SuratMasuk[],
    disposisiLewatBatas: st.disposisiLewatBatas.all({ tanggal }) as Dasbor['disposisiLewatBatas'],
    perUnit: st.perUnit.all({ tanggal, tahun }) as Dasbor['perUnit'],
    suratKeluarMenungguParaf: keluar.paraf,
    suratKeluarMenungguNomor: keluar.nomor,
    suratMasukTahunIni: (st.suratMasukTahunIni.get({ tahun }) as { n: number }).n,
    suratKeluarTahunIni: keluar.tahunIni,
  };
}
