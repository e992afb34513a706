import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { kataPengirim, kunciNomorSurat, pengirimSama } from '../../shared/surat/duplikat';

describe('a likely duplicate surat masuk', () => {
  it('compares the sender word by word with the usual abbreviations written out', () => {
    expect(kataPengirim('Dinsos Prov. Jawa Timur')).toBe('dinas sosial provinsi jawa timur');
    expect(pengirimSama('Pemkab Contoh / Setda', 'Pemerintah Kabupaten Contoh, Sekretariat Daerah')).toBe(true);
    expect(pengirimSama('Kec. Sukamaju', 'Kecamatan Sukamaju.')).toBe(true);
    expect(pengirimSama('Kecamatan Sukamaju', 'Kelurahan Sukamaju')).toBe(false);
  });

  it('keys a letter by its nomor surat without whitespace or case, as migration 0006 does in SQL', () => {
    expect(kunciNomorSurat(' 005 / 123/Dinsos\t/2026\n')).toBe('005/123/dinsos/2026');
    expect(kunciNomorSurat('B-12/BPS/3501/2025')).toBe(kunciNomorSurat('b-12 /bps/ 3501/2025'));
    // The migration's SQL gives the same key for the nomor surat offices write.
    const db = new Database(':memory:');
    db.exec('CREATE TABLE surat_masuk (nomor_surat TEXT, kunci_duplikat TEXT)');
    const contoh = [' 005 / 123/Dinsos\t/2026\n', 'B-12/BPS/3501/2025', '400.9.7/1234/107.3/2025', 'W15.PAS.PAS21-PK.01.05.02-1519/2026', '800/ 45 /SEKR/XI/2026'];
    for (const n of contoh) db.prepare('INSERT INTO surat_masuk (nomor_surat) VALUES (?)').run(n);
    db.exec(readFileSync(join(import.meta.dirname, '../../db/migrations/0006_kunci_duplikat_nomor.sql'), 'utf8'));
    expect(db.prepare('SELECT kunci_duplikat FROM surat_masuk ORDER BY rowid').pluck().all()).toEqual(contoh.map(kunciNomorSurat));
  });
});
