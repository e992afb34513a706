-- Covering indexes for an archive of ten years (npm run bench): every filtered page and total of the
-- agenda book, and every dashboard query, is read from one index in list order.
DROP INDEX `disposisi_penerima_batas`;--> statement-breakpoint
DROP INDEX `disposisi_penerima_surat`;--> statement-breakpoint
CREATE INDEX `disposisi_penerima_batas` ON `disposisi_penerima` (`status`,`batas_waktu`,`jabatan_id`,`surat_masuk_id`);--> statement-breakpoint
CREATE INDEX `disposisi_penerima_surat` ON `disposisi_penerima` (`surat_masuk_id`,`jabatan_id`,`status`,`batas_waktu`);--> statement-breakpoint
DROP INDEX `surat_keluar_status`;--> statement-breakpoint
CREATE INDEX `surat_keluar_register_tanggal` ON `surat_keluar` (`register_kode`,`tanggal`,`id`);--> statement-breakpoint
CREATE INDEX `surat_keluar_status` ON `surat_keluar` (`status`,`tanggal`,`id`);--> statement-breakpoint
DROP INDEX `surat_masuk_status`;--> statement-breakpoint
CREATE INDEX `surat_masuk_tahun` ON `surat_masuk` (`tahun_agenda`,`tanggal_terima`,`id`,`status`,`urgensi`);--> statement-breakpoint
CREATE INDEX `surat_masuk_urgensi` ON `surat_masuk` (`urgensi`,`tanggal_terima`,`id`,`status`,`tahun_agenda`);--> statement-breakpoint
CREATE INDEX `surat_masuk_status` ON `surat_masuk` (`status`,`tanggal_terima`,`id`,`urgensi`,`tahun_agenda`);