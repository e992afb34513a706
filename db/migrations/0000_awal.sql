CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`waktu` text NOT NULL,
	`aktor` text NOT NULL,
	`aksi` text NOT NULL,
	`tabel` text NOT NULL,
	`record_id` text NOT NULL,
	`sebelum` text,
	`sesudah` text,
	`hash_sebelumnya` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_record` ON `audit_log` (`tabel`,`record_id`);--> statement-breakpoint
CREATE INDEX `audit_log_waktu` ON `audit_log` (`waktu`);--> statement-breakpoint
CREATE TABLE `berkas_file` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`nama_file` text NOT NULL,
	`mime` text NOT NULL,
	`ukuran` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `berkas_file_sha` ON `berkas_file` (`sha256`);--> statement-breakpoint
CREATE TABLE `urutan` (
	`lingkup` text NOT NULL,
	`tahun` integer NOT NULL,
	`terakhir` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `urutan_pk` ON `urutan` (`lingkup`,`tahun`);--> statement-breakpoint
CREATE TABLE `instansi` (
	`id` integer PRIMARY KEY NOT NULL,
	`pemerintah` text NOT NULL,
	`nama_dinas` text NOT NULL,
	`alamat` text NOT NULL,
	`kota` text NOT NULL,
	`kode_pos` text,
	`telepon` text,
	`email` text,
	`laman` text,
	`kode_unit` text NOT NULL,
	`logo_sha256` text
);
--> statement-breakpoint
CREATE TABLE `jabatan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nama` text NOT NULL,
	`singkatan` text,
	`kode` text,
	`unit_id` integer,
	`atasan_id` integer,
	`urutan` integer DEFAULT 0 NOT NULL,
	`aktif` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`atasan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jabatan_nama` ON `jabatan` (`nama`);--> statement-breakpoint
CREATE INDEX `jabatan_unit` ON `jabatan` (`unit_id`);--> statement-breakpoint
CREATE TABLE `pegawai` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nama` text NOT NULL,
	`gelar_depan` text,
	`gelar_belakang` text,
	`nip` text,
	`pangkat` text,
	`golongan` text,
	`aktif` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pegawai_nip` ON `pegawai` (`nip`);--> statement-breakpoint
CREATE TABLE `penugasan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jabatan_id` integer NOT NULL,
	`pegawai_id` integer NOT NULL,
	`status` text NOT NULL,
	`mulai` text NOT NULL,
	`selesai` text,
	`nomor_sk` text,
	FOREIGN KEY (`jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `penugasan_jabatan` ON `penugasan` (`jabatan_id`,`mulai`);--> statement-breakpoint
CREATE TABLE `unit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kode` text NOT NULL,
	`nama` text NOT NULL,
	`jenis` text NOT NULL,
	`parent_id` integer,
	`aktif` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_kode` ON `unit` (`kode`);--> statement-breakpoint
CREATE TABLE `instruksi_disposisi` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`teks` text NOT NULL,
	`urutan` integer NOT NULL,
	`aktif` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instruksi_disposisi_teks_unique` ON `instruksi_disposisi` (`teks`);--> statement-breakpoint
CREATE TABLE `jenis_naskah` (
	`slug` text PRIMARY KEY NOT NULL,
	`nama` text NOT NULL,
	`kelompok` text NOT NULL,
	`layout` text NOT NULL,
	`register_kode` text NOT NULL,
	`aktif` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kode_klasifikasi` (
	`skema` text NOT NULL,
	`kode` text NOT NULL,
	`nama` text NOT NULL,
	`parent` text,
	`level` integer NOT NULL,
	`urut_kode` text NOT NULL,
	`retensi_aktif_tahun` integer,
	`retensi_aktif_keterangan` text,
	`retensi_inaktif_tahun` integer,
	`retensi_inaktif_keterangan` text,
	`nasib_akhir` text,
	`nasib_akhir_keterangan` text,
	`catatan` text,
	`sumber` text NOT NULL,
	`versi` text NOT NULL,
	`diubah_admin` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`skema`, `kode`)
);
--> statement-breakpoint
CREATE TABLE `disposisi` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`surat_masuk_id` integer NOT NULL,
	`dari_jabatan_id` integer NOT NULL,
	`asal_penerima_id` integer,
	`tanggal` text NOT NULL,
	`instruksi` text NOT NULL,
	`catatan` text,
	`batas_waktu` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`surat_masuk_id`) REFERENCES `surat_masuk`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`dari_jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`asal_penerima_id`) REFERENCES `disposisi_penerima`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `disposisi_surat` ON `disposisi` (`surat_masuk_id`);--> statement-breakpoint
CREATE TABLE `disposisi_penerima` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`disposisi_id` integer NOT NULL,
	`surat_masuk_id` integer NOT NULL,
	`jabatan_id` integer NOT NULL,
	`utama` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'belum_dibaca' NOT NULL,
	`batas_waktu` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`disposisi_id`) REFERENCES `disposisi`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`surat_masuk_id`) REFERENCES `surat_masuk`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disposisi_penerima_unik` ON `disposisi_penerima` (`disposisi_id`,`jabatan_id`);--> statement-breakpoint
CREATE INDEX `disposisi_penerima_jabatan` ON `disposisi_penerima` (`jabatan_id`,`status`);--> statement-breakpoint
CREATE INDEX `disposisi_penerima_batas` ON `disposisi_penerima` (`status`,`batas_waktu`);--> statement-breakpoint
CREATE INDEX `disposisi_penerima_surat` ON `disposisi_penerima` (`surat_masuk_id`);--> statement-breakpoint
CREATE TABLE `ekspedisi` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`surat_keluar_id` integer NOT NULL,
	`tanggal_kirim` text NOT NULL,
	`cara` text NOT NULL,
	`penerima_nama` text,
	`keterangan` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`surat_keluar_id`) REFERENCES `surat_keluar`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ekspedisi_surat` ON `ekspedisi` (`surat_keluar_id`);--> statement-breakpoint
CREATE TABLE `lampiran_surat` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jenis_surat` text NOT NULL,
	`surat_id` integer NOT NULL,
	`berkas_id` integer NOT NULL,
	FOREIGN KEY (`berkas_id`) REFERENCES `berkas_file`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `lampiran_surat_idx` ON `lampiran_surat` (`jenis_surat`,`surat_id`);--> statement-breakpoint
CREATE TABLE `nomor_surat` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`register_kode` text NOT NULL,
	`tahun` integer NOT NULL,
	`urut` integer NOT NULL,
	`sisipan` integer DEFAULT 0 NOT NULL,
	`nomor` text NOT NULL,
	`tanggal` text NOT NULL,
	`surat_keluar_id` integer NOT NULL,
	`status` text DEFAULT 'terbit' NOT NULL,
	`alasan` text,
	`alasan_batal` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`register_kode`) REFERENCES `register`(`kode`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`surat_keluar_id`) REFERENCES `surat_keluar`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nomor_surat_unik` ON `nomor_surat` (`register_kode`,`tahun`,`urut`,`sisipan`);--> statement-breakpoint
CREATE TABLE `paraf` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`surat_keluar_id` integer NOT NULL,
	`jabatan_id` integer NOT NULL,
	`jenis` text NOT NULL,
	`hasil` text NOT NULL,
	`catatan` text,
	`waktu` text NOT NULL,
	`aktor` text NOT NULL,
	FOREIGN KEY (`surat_keluar_id`) REFERENCES `surat_keluar`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `paraf_surat` ON `paraf` (`surat_keluar_id`);--> statement-breakpoint
CREATE TABLE `register` (
	`kode` text PRIMARY KEY NOT NULL,
	`nama` text NOT NULL,
	`format` text NOT NULL,
	`padding` integer DEFAULT 0 NOT NULL,
	`sisipan_format` text DEFAULT '.{n:2}' NOT NULL,
	`unit` text,
	`aktif` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `register_tahun` (
	`register_kode` text NOT NULL,
	`tahun` integer NOT NULL,
	`nomor_terakhir` integer NOT NULL,
	PRIMARY KEY(`register_kode`, `tahun`),
	FOREIGN KEY (`register_kode`) REFERENCES `register`(`kode`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `riwayat_surat` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jenis_surat` text NOT NULL,
	`surat_id` integer NOT NULL,
	`waktu` text NOT NULL,
	`aksi` text NOT NULL,
	`uraian` text NOT NULL,
	`aktor` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `riwayat_surat_idx` ON `riwayat_surat` (`jenis_surat`,`surat_id`);--> statement-breakpoint
CREATE TABLE `surat_keluar` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jenis_naskah` text NOT NULL,
	`tanggal` text NOT NULL,
	`tujuan` text NOT NULL,
	`perihal` text NOT NULL,
	`kode_klasifikasi` text NOT NULL,
	`register_kode` text NOT NULL,
	`unit_pengolah_id` integer,
	`penandatangan_jabatan_id` integer,
	`urgensi` text NOT NULL,
	`klasifikasi_keamanan` text NOT NULL,
	`lampiran` text,
	`ringkasan` text,
	`status` text NOT NULL,
	`nomor_id` integer,
	`nomor` text,
	`nomor_urut` integer,
	`nomor_sisipan` integer,
	`tahun_nomor` integer,
	`ditandatangani_tanggal` text,
	`ditandatangani_jabatan_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`register_kode`) REFERENCES `register`(`kode`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`unit_pengolah_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`penandatangan_jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`nomor_id`) REFERENCES `nomor_surat`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`ditandatangani_jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `surat_keluar_tanggal` ON `surat_keluar` (`tanggal`,`id`);--> statement-breakpoint
CREATE INDEX `surat_keluar_status` ON `surat_keluar` (`status`);--> statement-breakpoint
CREATE INDEX `surat_keluar_register` ON `surat_keluar` (`register_kode`,`tahun_nomor`);--> statement-breakpoint
CREATE TABLE `surat_masuk` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tahun_agenda` integer NOT NULL,
	`nomor_agenda` integer NOT NULL,
	`tanggal_terima` text NOT NULL,
	`asal` text NOT NULL,
	`nomor_surat` text NOT NULL,
	`tanggal_surat` text NOT NULL,
	`perihal` text NOT NULL,
	`ringkasan` text,
	`lampiran` text,
	`urgensi` text NOT NULL,
	`klasifikasi_keamanan` text NOT NULL,
	`kode_klasifikasi` text,
	`status` text DEFAULT 'belum_didisposisi' NOT NULL,
	`kunci_duplikat` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surat_masuk_agenda` ON `surat_masuk` (`tahun_agenda`,`nomor_agenda`);--> statement-breakpoint
CREATE INDEX `surat_masuk_terima` ON `surat_masuk` (`tanggal_terima`,`id`);--> statement-breakpoint
CREATE INDEX `surat_masuk_status` ON `surat_masuk` (`status`,`tanggal_terima`);--> statement-breakpoint
CREATE INDEX `surat_masuk_duplikat` ON `surat_masuk` (`kunci_duplikat`);--> statement-breakpoint
CREATE TABLE `tindak_lanjut` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`penerima_id` integer NOT NULL,
	`waktu` text NOT NULL,
	`status` text NOT NULL,
	`catatan` text,
	`aktor` text NOT NULL,
	FOREIGN KEY (`penerima_id`) REFERENCES `disposisi_penerima`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `tindak_lanjut_penerima` ON `tindak_lanjut` (`penerima_id`);