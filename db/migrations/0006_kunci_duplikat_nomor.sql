-- Hand-written. The duplicate key of a surat masuk becomes its nomor surat alone, without whitespace
-- or case (shared/surat/duplikat.ts kunciNomorSurat); the sender is compared word by word in code,
-- after its abbreviations are written out, so "BPS Kab. Contoh." finds "Badan Pusat Statistik
-- Kabupaten Contoh". The key is derived data: recomputed here from nomor_surat, nothing is lost.
-- SQL's lower() folds ASCII only, as nomor surat are written; a non-ASCII letter keeps its case here
-- and is folded when the letter is next saved.
UPDATE `surat_masuk` SET `kunci_duplikat` = lower(replace(replace(replace(replace(`nomor_surat`, ' ', ''), char(9), ''), char(10), ''), char(13), ''));
