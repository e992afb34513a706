import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { buatDataDemo, type RingkasanDemo } from '../../db/demo/buat-data';
import type { StatusPenerima } from '../../shared/surat/enums';
import { statusSuratMasuk } from '../../shared/surat/status-surat-masuk';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

const OPSI = { skala: 0.005, benih: 'uji-asap', sampai: '2026-06-30' };

/** A fingerprint of the generated rows (ids, numbers, text, statuses), to compare two runs. */
function sidik(sqlite: Database.Database): Record<string, string> {
  const kueri = {
    suratMasuk: 'SELECT id, tahun_agenda, nomor_agenda, tanggal_terima, asal, nomor_surat, perihal, ringkasan, urgensi, kode_klasifikasi, status, updated_at FROM surat_masuk ORDER BY id',
    disposisi: 'SELECT id, surat_masuk_id, dari_jabatan_id, asal_penerima_id, tanggal, instruksi, batas_waktu FROM disposisi ORDER BY id',
    penerima: 'SELECT id, disposisi_id, jabatan_id, utama, status FROM disposisi_penerima ORDER BY id',
    suratKeluar: 'SELECT id, jenis_naskah, tanggal, tujuan, perihal, register_kode, status, nomor FROM surat_keluar ORDER BY id',
    nomorSurat: 'SELECT register_kode, tahun, urut, sisipan, nomor, status FROM nomor_surat ORDER BY id',
    riwayat: 'SELECT jenis_surat, surat_id, waktu, aksi, uraian FROM riwayat_surat ORDER BY id',
  };
  return Object.fromEntries(
    Object.entries(kueri).map(([k, sql]) => [k, createHash('sha256').update(JSON.stringify(sqlite.prepare(sql).raw().all())).digest('hex')]),
  );
}

describe('demo data generator (small scale, correctness only)', () => {
  let a: CoreUji;
  let ringkasan: RingkasanDemo;
  const q = <T>(sql: string, ...p: unknown[]) => a.core.sqlite.prepare(sql).all(...p) as T[];

  beforeAll(() => {
    a = bukaCoreUji();
    ringkasan = buatDataDemo({ sqlite: a.core.sqlite, berkas: a.core.berkas }, { ...OPSI, aktor: 'uji' });
  });
  afterAll(() => a.selesai());

  it('is deterministic: the same seed and period give the same rows', async () => {
    const b = bukaCoreUji();
    const lagi = buatDataDemo({ sqlite: b.core.sqlite, berkas: b.core.berkas }, { ...OPSI, aktor: 'uji' });
    expect({ ...lagi, detik: 0 }).toEqual({ ...ringkasan, detik: 0 });
    expect(sidik(b.core.sqlite)).toEqual(sidik(a.core.sqlite));
    await b.selesai();
  });

  it('produces the rows it reports, about two dispositions per letter', () => {
    const n = (t: string) => q<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)[0]!.n;
    expect(ringkasan.suratMasuk).toBeGreaterThan(800);
    expect(n('surat_masuk')).toBe(ringkasan.suratMasuk);
    expect(n('surat_keluar')).toBe(ringkasan.suratKeluar);
    expect(n('disposisi')).toBe(ringkasan.disposisi);
    expect(n('disposisi_penerima')).toBe(ringkasan.penerimaDisposisi);
    expect(n('nomor_surat')).toBe(ringkasan.nomorSurat);
    expect(ringkasan.disposisi / ringkasan.suratMasuk).toBeGreaterThan(1.6);
  });

  it('keeps agenda numbers unique and gap-free per year, with the counter at the highest', () => {
    const tahun = q<{ tahun: number; n: number; beda: number; maks: number; terakhir: number | null }>(
      `SELECT s.tahun_agenda AS tahun, count(*) AS n, count(DISTINCT nomor_agenda) AS beda, max(nomor_agenda) AS maks,
              (SELECT terakhir FROM urutan u WHERE u.lingkup = 'agenda-masuk' AND u.tahun = s.tahun_agenda) AS terakhir
       FROM surat_masuk s GROUP BY s.tahun_agenda`,
    );
    expect(tahun.length).toBeGreaterThanOrEqual(10);
    for (const t of tahun) expect(t).toEqual({ ...t, beda: t.n, maks: t.n, terakhir: t.n });
  });

  it('keeps the book of numbers: unique, gap-free main numbers per register and year, counter at the highest', () => {
    const buku = q<{ r: string; tahun: number; n: number; beda: number; maks: number; terakhir: number }>(
      `SELECT n.register_kode AS r, n.tahun, count(*) AS n, count(DISTINCT urut) AS beda, max(urut) AS maks, t.nomor_terakhir AS terakhir
       FROM nomor_surat n JOIN register_tahun t ON t.register_kode = n.register_kode AND t.tahun = n.tahun
       WHERE n.sisipan = 0 GROUP BY n.register_kode, n.tahun`,
    );
    expect(buku.length).toBeGreaterThan(10);
    for (const b of buku) expect(b).toEqual({ ...b, beda: b.n, maks: b.n, terakhir: b.n });
    const bernomor = q<{ n: number }>(
      `SELECT count(*) AS n FROM surat_keluar k LEFT JOIN nomor_surat n ON n.id = k.nomor_id
       WHERE k.status IN ('bernomor', 'dikirim') AND (n.id IS NULL OR n.nomor <> k.nomor OR n.surat_keluar_id <> k.id OR n.status <> 'terbit')`,
    );
    expect(bernomor[0]!.n).toBe(0);
  });

  it('links every branch to its disposisi and letter, and every letter status follows its branches', () => {
    expect(a.core.sqlite.pragma('foreign_key_check')).toEqual([]);
    const yatim = q<{ n: number }>(
      `SELECT count(*) AS n FROM disposisi_penerima p LEFT JOIN disposisi d ON d.id = p.disposisi_id
       WHERE d.id IS NULL OR d.surat_masuk_id <> p.surat_masuk_id`,
    );
    expect(yatim[0]!.n).toBe(0);
    const cabang = new Map<number, StatusPenerima[]>();
    for (const p of q<{ s: number; status: StatusPenerima }>('SELECT surat_masuk_id AS s, status FROM disposisi_penerima')) {
      cabang.set(p.s, [...(cabang.get(p.s) ?? []), p.status]);
    }
    const salah = q<{ id: number; status: string }>('SELECT id, status FROM surat_masuk').filter((s) => statusSuratMasuk(cabang.get(s.id) ?? []) !== s.status);
    expect(salah).toEqual([]);
  });

  it('writes a lampiran as a letter would: the count, its words, the unit', () => {
    const lampiran = q<{ l: string }>(`SELECT DISTINCT lampiran AS l FROM surat_masuk WHERE lampiran IS NOT NULL UNION SELECT lampiran FROM surat_keluar WHERE lampiran IS NOT NULL`).map((r) => r.l);
    expect(lampiran).toContain('3 (tiga) lembar');
    for (const l of lampiran) expect(l).toMatch(/^\d+ \((satu|dua|tiga|empat|lima|enam)\) (berkas|lembar|eksemplar|bendel)$/);
  });

  it('is found by full-text search, and the audit chain stays valid', async () => {
    const terbaru = q<{ id: number; perihal: string }>('SELECT id, perihal FROM surat_masuk ORDER BY id DESC LIMIT 1')[0]!;
    const hasil = await a.core.call('suratMasuk.search', { q: terbaru.perihal, limit: 50 }, 'uji');
    expect(hasil.map((s) => s.id)).toContain(terbaru.id);
    expect(await a.core.call('audit.verify', {}, 'uji')).toMatchObject({ ok: true });
  });

  it('refuses a database that already holds letters unless asked to add, and then continues the counters', async () => {
    const sqlite = a.core.sqlite;
    expect(() => buatDataDemo({ sqlite, berkas: a.core.berkas }, OPSI)).toThrow(/--tambah/);
    const tambahan = buatDataDemo({ sqlite, berkas: a.core.berkas }, { ...OPSI, skala: 0.001, benih: 'lain', tambah: true });
    const n = q<{ n: number }>('SELECT count(*) AS n FROM surat_masuk')[0]!.n;
    expect(n).toBe(ringkasan.suratMasuk + tambahan.suratMasuk);
    const kembar = q<{ n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM surat_masuk GROUP BY tahun_agenda, nomor_agenda HAVING count(*) > 1)');
    expect(kembar[0]!.n).toBe(0);
    const penghitung = q<{ selisih: number }>(
      `SELECT (SELECT terakhir FROM urutan WHERE lingkup = 'agenda-masuk' AND tahun = s.tahun_agenda) - max(nomor_agenda) AS selisih
       FROM surat_masuk s GROUP BY tahun_agenda`,
    );
    expect(penghitung.every((p) => p.selisih === 0)).toBe(true);
    expect(await a.core.call('audit.verify', {}, 'uji')).toMatchObject({ ok: true });
  });
});
