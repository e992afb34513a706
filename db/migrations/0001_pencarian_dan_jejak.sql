-- Hand-written: FTS5 tables drizzle-kit cannot describe, and triggers that make the records append-only.
-- Full-text search: unicode61 folds case and diacritics; numbers such as 400.9.7/1234 become tokens.
CREATE VIRTUAL TABLE `surat_masuk_fts` USING fts5(
	perihal, asal, nomor_surat, ringkasan,
	content='surat_masuk', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `surat_masuk_fts_ai` AFTER INSERT ON `surat_masuk` BEGIN
	INSERT INTO surat_masuk_fts(rowid, perihal, asal, nomor_surat, ringkasan)
	VALUES (new.id, new.perihal, new.asal, new.nomor_surat, coalesce(new.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `surat_masuk_fts_au` AFTER UPDATE OF perihal, asal, nomor_surat, ringkasan ON `surat_masuk` BEGIN
	INSERT INTO surat_masuk_fts(surat_masuk_fts, rowid, perihal, asal, nomor_surat, ringkasan)
	VALUES ('delete', old.id, old.perihal, old.asal, old.nomor_surat, coalesce(old.ringkasan, ''));
	INSERT INTO surat_masuk_fts(rowid, perihal, asal, nomor_surat, ringkasan)
	VALUES (new.id, new.perihal, new.asal, new.nomor_surat, coalesce(new.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `surat_masuk_fts_ad` AFTER DELETE ON `surat_masuk` BEGIN
	INSERT INTO surat_masuk_fts(surat_masuk_fts, rowid, perihal, asal, nomor_surat, ringkasan)
	VALUES ('delete', old.id, old.perihal, old.asal, old.nomor_surat, coalesce(old.ringkasan, ''));
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `surat_keluar_fts` USING fts5(
	perihal, tujuan, nomor, ringkasan,
	content='surat_keluar', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `surat_keluar_fts_ai` AFTER INSERT ON `surat_keluar` BEGIN
	INSERT INTO surat_keluar_fts(rowid, perihal, tujuan, nomor, ringkasan)
	VALUES (new.id, new.perihal, new.tujuan, coalesce(new.nomor, ''), coalesce(new.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `surat_keluar_fts_au` AFTER UPDATE OF perihal, tujuan, nomor, ringkasan ON `surat_keluar` BEGIN
	INSERT INTO surat_keluar_fts(surat_keluar_fts, rowid, perihal, tujuan, nomor, ringkasan)
	VALUES ('delete', old.id, old.perihal, old.tujuan, coalesce(old.nomor, ''), coalesce(old.ringkasan, ''));
	INSERT INTO surat_keluar_fts(rowid, perihal, tujuan, nomor, ringkasan)
	VALUES (new.id, new.perihal, new.tujuan, coalesce(new.nomor, ''), coalesce(new.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `surat_keluar_fts_ad` AFTER DELETE ON `surat_keluar` BEGIN
	INSERT INTO surat_keluar_fts(surat_keluar_fts, rowid, perihal, tujuan, nomor, ringkasan)
	VALUES ('delete', old.id, old.perihal, old.tujuan, coalesce(old.nomor, ''), coalesce(old.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_tanpa_ubah` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'Jejak audit tidak boleh diubah.');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_tanpa_hapus` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'Jejak audit tidak boleh dihapus.');
END;
--> statement-breakpoint
CREATE TRIGGER `riwayat_surat_tanpa_ubah` BEFORE UPDATE ON `riwayat_surat` BEGIN
	SELECT RAISE(ABORT, 'Linimasa surat tidak boleh diubah.');
END;
--> statement-breakpoint
CREATE TRIGGER `riwayat_surat_tanpa_hapus` BEFORE DELETE ON `riwayat_surat` BEGIN
	SELECT RAISE(ABORT, 'Linimasa surat tidak boleh dihapus.');
END;
--> statement-breakpoint
CREATE TRIGGER `nomor_surat_tanpa_hapus` BEFORE DELETE ON `nomor_surat` BEGIN
	SELECT RAISE(ABORT, 'Nomor surat yang sudah terbit tidak boleh dihapus; batalkan saja.');
END;
--> statement-breakpoint
CREATE TRIGGER `nomor_surat_tetap` BEFORE UPDATE OF register_kode, tahun, urut, sisipan, nomor ON `nomor_surat` BEGIN
	SELECT RAISE(ABORT, 'Nomor surat yang sudah terbit tidak boleh diubah.');
END;
