import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bagiRata, nomoriParalel, periksaBuku, periksaMentah, siapkanPenghitungMentah, siapkanSuratBertanda } from '../../bench/penomoran-paralel';
import { DB_FILE } from '../../db/core/open';
import { buatDataDemo } from '../../db/demo/buat-data';
import { APP_ROOT, bukaCoreUji } from '../helpers/core';

// The benchmark's numbering routine at a small count: correctness only (no duplicates, no gaps), never time.
it('numbers from four processes at once on generated data without duplicates or gaps, as does the raw loop', async () => {
  const u = bukaCoreUji();
  buatDataDemo({ sqlite: u.core.sqlite, berkas: u.core.berkas }, { skala: 0.002, benih: 'paralel', sampai: '2026-06-30' });
  const ids = await siapkanSuratBertanda(u.core, 40, '2026-06-30');

  const h = await nomoriParalel(APP_ROOT, 'layanan', u.dataDir, 0, bagiRata(ids, 4));
  expect(h.galat).toEqual([]);
  expect(new Set(h.nomor).size).toBe(40);
  expect(periksaBuku(u.core.sqlite, 'surat', 2026, ids)).toEqual({ duplikat: 0, celah: 0, penghitungCocok: true, belumBernomor: 0 });

  siapkanPenghitungMentah(u.core.sqlite, 2100);
  const m = await nomoriParalel(APP_ROOT, 'mentah', u.dataDir, 2100, bagiRata(Array.from({ length: 40 }, (_, i) => i), 4));
  expect(m.galat).toEqual([]);
  const db = new Database(join(u.dataDir, DB_FILE), { readonly: true });
  expect(periksaMentah(db, 2100)).toEqual({ jumlah: 40, duplikat: 0, celah: 0 });
  db.close();
  expect(await u.core.call('audit.verify', {}, 'uji')).toMatchObject({ ok: true });
  await u.selesai();
}, 120_000);
