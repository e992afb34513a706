import type { DataLembarDisposisi } from '../../shared/laporan/lembar-disposisi';
import type { Rentang } from '../../shared/laporan/periode';
import type { BarisRekapDisposisi } from '../../shared/laporan/rekap-disposisi';
import type { Keamanan, Urgensi } from '../../shared/surat/enums';
import { hariIni, type Ctx } from '../core/context';
import { pohonDisposisi } from '../surat/disposisi-service';
import { suratMasukById } from '../surat/masuk-service';

/**
 * Every active unit, even with nothing to count, in the order of its jabatan (Kepala, Sekretariat,
 * subbagian, bidang), then branches whose jabatan has no unit. "Lewat batas" is judged today.
 */
const SQL_REKAP = `
WITH hitung AS (
  SELECT j.unit_id AS unitId,
         sum(p.status = 'belum_dibaca') AS belumDibaca, sum(p.status = 'diterima') AS diterima,
         sum(p.status = 'ditindaklanjuti') AS ditindaklanjuti, sum(p.status = 'selesai') AS selesai,
         sum(p.status = 'ditarik') AS ditarik, count(*) AS jumlah,
         sum(p.status IN ('belum_dibaca', 'diterima', 'ditindaklanjuti') AND p.batas_waktu < @hariIni) AS lewatBatas
  FROM disposisi_penerima p JOIN disposisi d ON d.id = p.disposisi_id JOIN jabatan j ON j.id = p.jabatan_id
  WHERE d.tanggal BETWEEN @dari AND @sampai
  GROUP BY j.unit_id
)
SELECT u.nama AS unit, coalesce(h.belumDibaca, 0) AS belumDibaca, coalesce(h.diterima, 0) AS diterima,
       coalesce(h.ditindaklanjuti, 0) AS ditindaklanjuti, coalesce(h.selesai, 0) AS selesai, coalesce(h.ditarik, 0) AS ditarik,
       coalesce(h.jumlah, 0) AS jumlah, coalesce(h.lewatBatas, 0) AS lewatBatas,
       coalesce((SELECT min(urutan) FROM jabatan WHERE unit_id = u.id), 1000000000) AS urut, u.kode AS kode
FROM unit u LEFT JOIN hitung h ON h.unitId = u.id
WHERE u.aktif = 1 OR h.unitId IS NOT NULL
UNION ALL
SELECT 'Tanpa unit', belumDibaca, diterima, ditindaklanjuti, selesai, ditarik, jumlah, lewatBatas, 2000000000, ''
FROM hitung WHERE unitId IS NULL
ORDER BY urut, kode`;

export function barisRekapDisposisi(ctx: Ctx, r: Rentang): IterableIterator<BarisRekapDisposisi> {
  return ctx.sqlite.prepare(SQL_REKAP).iterate({ ...r, hariIni: hariIni(ctx) }) as IterableIterator<BarisRekapDisposisi>;
}

interface JabatanRingkas {
  id: number;
  nama: string;
}

/**
 * What the lembar prints for one letter. The list of recipients is the giver's direct subordinates
 * (the Kepala Dinas's, when nothing is disposed yet, so the Kepala can tick by hand), with the
 * first-level disposisi marked, plus any recipient outside that list.
 */
export function dataLembarDisposisi(ctx: Ctx, suratMasukId: number): Omit<DataLembarDisposisi, 'kop'> {
  const s = suratMasukById(ctx, suratMasukId);
  const akar = pohonDisposisi(ctx, suratMasukId);
  const pemberi: JabatanRingkas | undefined = akar[0]
    ? { id: akar[0].dariJabatanId, nama: akar[0].dariJabatan }
    : (ctx.sqlite.prepare('SELECT id, nama FROM jabatan WHERE atasan_id IS NULL AND aktif = 1 ORDER BY urutan, id LIMIT 1').get() as JabatanRingkas | undefined);
  const bawahan = pemberi
    ? (ctx.sqlite.prepare('SELECT id, nama FROM jabatan WHERE atasan_id = ? AND aktif = 1 ORDER BY urutan, nama').all(pemberi.id) as JabatanRingkas[])
    : [];

  const tanda = new Map<number, 'utama' | 'ya'>();
  const lain: JabatanRingkas[] = [];
  for (const p of akar.flatMap((d) => d.penerima)) {
    if (p.status === 'ditarik') continue;
    if (!tanda.has(p.jabatanId) && !bawahan.some((b) => b.id === p.jabatanId)) lain.push({ id: p.jabatanId, nama: p.jabatan });
    if (tanda.get(p.jabatanId) !== 'utama') tanda.set(p.jabatanId, p.utama ? 'utama' : 'ya');
  }
  const diteruskan = [...bawahan, ...lain].map((j) => ({ jabatan: j.nama, tanda: tanda.get(j.id) ?? null }));

  const dipilih = new Set(akar.flatMap((d) => d.instruksi));
  const daftar = (ctx.sqlite.prepare('SELECT teks FROM instruksi_disposisi WHERE aktif = 1 ORDER BY urutan, id').all() as { teks: string }[]).map((r) => r.teks);
  const instruksi = [...daftar, ...[...dipilih].filter((t) => !daftar.includes(t))].map((teks) => ({ teks, dipilih: dipilih.has(teks) }));

  const batas = akar.map((d) => d.batasWaktu).filter((b): b is string => Boolean(b));
  return {
    surat: {
      asal: s.asal,
      nomorSurat: s.nomorSurat,
      tanggalSurat: s.tanggalSurat,
      tanggalTerima: s.tanggalTerima,
      nomorAgenda: s.nomorAgenda,
      urgensi: s.urgensi as Urgensi,
      klasifikasiKeamanan: s.klasifikasiKeamanan as Keamanan,
      perihal: s.perihal,
      kodeKlasifikasi: s.kodeKlasifikasi,
    },
    diteruskan,
    instruksi,
    catatan: akar.map((d) => d.catatan).filter(Boolean).join('\n') || null,
    batasWaktu: batas.length ? batas.sort()[0]! : null,
    pemberi: pemberi?.nama ?? null,
    tanggalDisposisi: akar[0]?.tanggal ?? null,
  };
}
