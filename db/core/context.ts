import type Database from 'better-sqlite3';
import { formatTanggal, toIsoDate } from '../../shared/format/tanggal';
import { invalidBidang } from '../../shared/errors';
import { appendAudit, type AuditInput } from './audit';
import type { BerkasStore } from './berkas';
import type { Db } from './open';
import type { PenggunaSesi } from '../../shared/api/akses';
import type { SesiStore } from '../akses/sesi';

/** Turns HTML into a PDF; Electron uses printToPDF, the CLI and tests the system Chromium. */
export interface PdfPage {
  width: string;
  height: string;
  /** Chromium footer template (classes pageNumber, totalPages), printed in the bottom margin. */
  footerTemplate?: string;
}

export interface PdfRenderer {
  render(html: string, page: PdfPage): Promise<Buffer>;
  close?(): Promise<void>;
}

/** Everything a service needs; no Electron, no globals. One per call (the actor differs). */
export interface Ctx {
  sqlite: Database.Database;
  db: Db;
  berkas: BerkasStore;
  pdf: PdfRenderer;
  resourcesDir: string;
  /** The data folder, or null for an in-memory core. */
  dataDir: string | null;
  now(): Date;
  /** Name written to the audit log. */
  aktor: string;
  /** The signed-in user, or null for a trusted local process (the CLI without --as, tests, tools). */
  pengguna: PenggunaSesi | null;
  /** The session token of this call, when it came through a UI adapter. */
  token?: string;
  /** Files the person chose in the adapter's own Save dialog (see db/core/path-aman.ts). */
  pathDiizinkan?: ReadonlySet<string>;
  sesi: SesiStore;
}

export const waktuSekarang = (ctx: Ctx) => ctx.now().toISOString();
export const hariIni = (ctx: Ctx) => toIsoDate(ctx.now());

/** A letter cannot be received, signed, disposed or sent on a day that has not come yet. */
export function wajibBukanMasaDepan(ctx: Ctx, tanggal: string, label: string, path: string): void {
  if (tanggal <= hariIni(ctx)) return;
  throw invalidBidang(path, `${label} (${formatTanggal(tanggal)}) tidak boleh sesudah hari ini.`);
}

export function audit(ctx: Ctx, a: Omit<AuditInput, 'aktor' | 'waktu'>): void {
  appendAudit(ctx.sqlite, { ...a, aktor: ctx.aktor, waktu: waktuSekarang(ctx) });
}
