CREATE TABLE `naskah_isi` (
	`surat_keluar_id` integer PRIMARY KEY NOT NULL,
	`judul` text,
	`tujuan_di` text,
	`atas_nama_jabatan_id` integer,
	`isi` text NOT NULL,
	`tembusan` text NOT NULL,
	`menimbang` text NOT NULL,
	`mengingat` text NOT NULL,
	`memperhatikan` text NOT NULL,
	`menetapkan` text,
	`diktum` text NOT NULL,
	`lampiran` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`surat_keluar_id`) REFERENCES `surat_keluar`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`atas_nama_jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `naskah_pengaturan` (
	`id` integer PRIMARY KEY NOT NULL,
	`nilai` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `naskah_tata_letak` (
	`jenis_naskah` text PRIMARY KEY NOT NULL,
	`nilai` text NOT NULL,
	`template_id` integer,
	FOREIGN KEY (`jenis_naskah`) REFERENCES `jenis_naskah`(`slug`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `naskah_template`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `naskah_template` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nama` text NOT NULL,
	`berkas_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`placeholder` text NOT NULL,
	`aktif` integer DEFAULT true NOT NULL,
	`aktor` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`berkas_id`) REFERENCES `berkas_file`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `naskah_versi` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`surat_keluar_id` integer NOT NULL,
	`versi` integer NOT NULL,
	`format` text NOT NULL,
	`status` text NOT NULL,
	`isi_sha256` text NOT NULL,
	`berkas_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`ukuran` integer NOT NULL,
	`template_id` integer,
	`qr` text,
	`aktor` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`surat_keluar_id`) REFERENCES `surat_keluar`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`berkas_id`) REFERENCES `berkas_file`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `naskah_template`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `naskah_versi_unik` ON `naskah_versi` (`surat_keluar_id`,`versi`,`format`);--> statement-breakpoint
CREATE INDEX `naskah_versi_isi` ON `naskah_versi` (`isi_sha256`);--> statement-breakpoint
-- Hand-written: a generated version is evidence of what was printed and signed; it is never changed or removed.
CREATE TRIGGER `naskah_versi_tanpa_ubah` BEFORE UPDATE ON `naskah_versi` BEGIN
	SELECT RAISE(ABORT, 'Versi naskah tidak boleh diubah.');
END;--> statement-breakpoint
CREATE TRIGGER `naskah_versi_tanpa_hapus` BEFORE DELETE ON `naskah_versi` BEGIN
	SELECT RAISE(ABORT, 'Versi naskah tidak boleh dihapus.');
END;
