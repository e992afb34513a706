DROP INDEX `surat_keluar_register`;--> statement-breakpoint
CREATE INDEX `surat_keluar_nomor` ON `surat_keluar` (`nomor`) WHERE nomor IS NOT NULL;
--> statement-breakpoint
-- Hand-written. The number of an outgoing letter leaves the full-text index: re-indexing a whole
-- letter in FTS5 at the moment it is numbered was the largest cost inside the numbering lock. A
-- search by number scans surat_keluar_nomor instead (db/surat/pencarian.ts). The FTS table is an
-- index, not data: it is rebuilt from surat_keluar below.
DROP TRIGGER `surat_keluar_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `surat_keluar_fts_au`;
--> statement-breakpoint
DROP TRIGGER `surat_keluar_fts_ad`;
--> statement-breakpoint
DROP TABLE `surat_keluar_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `surat_keluar_fts` USING fts5(
	perihal, tujuan, ringkasan,
	content='surat_keluar', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `surat_keluar_fts`(`surat_keluar_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `surat_keluar_fts_ai` AFTER INSERT ON `surat_keluar` BEGIN
	INSERT INTO surat_keluar_fts(rowid, perihal, tujuan, ringkasan)
	VALUES (new.id, new.perihal, new.tujuan, coalesce(new.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `surat_keluar_fts_au` AFTER UPDATE OF perihal, tujuan, ringkasan ON `surat_keluar` BEGIN
	INSERT INTO surat_keluar_fts(surat_keluar_fts, rowid, perihal, tujuan, ringkasan)
	VALUES ('delete', old.id, old.perihal, old.tujuan, coalesce(old.ringkasan, ''));
	INSERT INTO surat_keluar_fts(rowid, perihal, tujuan, ringkasan)
	VALUES (new.id, new.perihal, new.tujuan, coalesce(new.ringkasan, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `surat_keluar_fts_ad` AFTER DELETE ON `surat_keluar` BEGIN
	INSERT INTO surat_keluar_fts(surat_keluar_fts, rowid, perihal, tujuan, ringkasan)
	VALUES ('delete', old.id, old.perihal, old.tujuan, coalesce(old.ringkasan, ''));
END;
