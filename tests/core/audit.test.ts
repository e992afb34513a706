import { expect, it } from 'vitest';
import { bukaCoreUji } from '../helpers/core';

it('the audit log is append-only, chained, and an edit made behind the app breaks the chain at that entry', async () => {
  const u = bukaCoreUji();
  const s = await u.core.call(
    'suratMasuk.create',
    { tanggalTerima: '2026-11-20', asal: 'BKPSDM', nomorSurat: '800/1/2026', tanggalSurat: '2026-11-19', perihal: 'Usulan' },
    'agendaris',
  );
  await u.core.call('suratMasuk.update', { id: s.id, perihal: 'Usulan kenaikan pangkat' }, 'agendaris');
  const entri = await u.core.call('audit.list', { tabel: 'surat_masuk', recordId: String(s.id) }, 'x');
  expect(entri.map((e) => [e.aksi, e.aktor])).toEqual([
    ['update', 'agendaris'],
    ['create', 'agendaris'],
  ]);
  // An update keeps what changed, not the whole row twice.
  expect(Object.keys(entri[0]!.sesudah as object).sort()).toEqual(['perihal', 'updatedAt']);
  expect(entri[0]).toMatchObject({ sebelum: { perihal: 'Usulan' }, sesudah: { perihal: 'Usulan kenaikan pangkat' } });
  expect(entri[1]!.sesudah).toMatchObject({ asal: 'BKPSDM', nomorSurat: '800/1/2026', perihal: 'Usulan' });
  expect((await u.core.call('audit.verify', {}, 'x')).ok).toBe(true);

  expect(() => u.core.sqlite.prepare('UPDATE audit_log SET aktor = ? WHERE id = ?').run('orang lain', entri[1]!.id)).toThrow(/tidak boleh diubah/);
  expect(() => u.core.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/tidak boleh dihapus/);

  // Someone with a SQLite editor drops the trigger and rewrites history.
  u.core.sqlite.exec('DROP TRIGGER audit_log_tanpa_ubah');
  u.core.sqlite.prepare('UPDATE audit_log SET aktor = ? WHERE id = ?').run('orang lain', entri[1]!.id);
  const v = await u.core.call('audit.verify', {}, 'x');
  expect(v).toMatchObject({ ok: false, rusakPada: entri[1]!.id });
  expect(v.pesan).toMatch(/rusak pada entri/);
  await u.selesai();
});
