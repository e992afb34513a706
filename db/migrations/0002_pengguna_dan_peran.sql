CREATE TABLE `pengguna` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`nama` text NOT NULL,
	`pegawai_id` integer,
	`jabatan_id` integer,
	`sandi_hash` text,
	`harus_ganti_sandi` integer DEFAULT false NOT NULL,
	`gagal_beruntun` integer DEFAULT 0 NOT NULL,
	`terkunci_sampai` text,
	`aktif` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`jabatan_id`) REFERENCES `jabatan`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pengguna_username` ON `pengguna` (`username`);--> statement-breakpoint
CREATE TABLE `pengguna_peran` (
	`pengguna_id` integer NOT NULL,
	`peran` text NOT NULL,
	PRIMARY KEY(`pengguna_id`, `peran`),
	FOREIGN KEY (`pengguna_id`) REFERENCES `pengguna`(`id`) ON UPDATE no action ON DELETE restrict
);
