import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { api, isMethodName, type Input, type MethodName, type Result } from '../shared/api';
import { AppError } from '../shared/errors';
import { auditHandlers } from './core/audit-service';
import { sistemHandlers } from './core/sistem-service';
import { naskahHandlers } from './naskah/service';
import { cadanganHandlers } from './cadangan/service';
import { aksesHandlers, penggunaByUsername, penggunaSesi } from './akses/service';
import { SesiStore } from './akses/sesi';
import { bolehMemanggil } from '../shared/akses/izin';
import type { PenggunaSesi } from '../shared/api/akses';
import { BerkasStore } from './core/berkas';
import type { Ctx, PdfRenderer } from './core/context';
import type { Handlers } from './core/handlers';
import { databasePath, openDatabase, type OpenedDatabase } from './core/open';
import { parseInput } from './core/validasi';
import { tulisAntre } from './core/tulis';
import { laporanHandlers } from './laporan/service';
import { organisasiHandlers } from './organisasi/service';
import { muatReferensi, type HasilMuat } from './referensi/seed';
import { referensiHandlers } from './referensi/service';
import { disposisiHandlers } from './surat/disposisi-service';
import { suratKeluarHandlers } from './surat/keluar-service';
import { suratMasukHandlers } from './surat/masuk-service';
import { tmpdir } from 'node:os';
import { gunakanNativeBinding } from './cadangan/koneksi';
import { cadanganHarianBilaPerlu, type HasilHarian } from './cadangan/harian';
import { bacaPengaturan } from './cadangan/pengaturan';
import { randomBytes } from 'node:crypto';

const handlers: Handlers<typeof api> = {
  ...organisasiHandlers,
  ...referensiHandlers,
  ...suratMasukHandlers,
  ...disposisiHandlers,
  ...suratKeluarHandlers,
  ...laporanHandlers,
  ...auditHandlers,
  ...sistemHandlers,
  ...naskahHandlers,
  ...cadanganHandlers,
  ...aksesHandlers,
};

/**
 * Who is calling. A bare string is a trusted local process (tests, tools, the CLI without --as) acting
 * under that name with every right — it could open the database file anyway. `{ username }` is a
 * local process acting as that user (CLI --as); `{ token }` is a signed-in session (the window and
 * the browser preview): for both, the role table decides.
 */
export type Pemanggil = string | { username: string } | { token: string; pathDiizinkan?: ReadonlySet<string> };

export interface CoreOptions {
  /** A folder (created if missing) or ':memory:' for tests. */
  dataDir: string;
  /** Folder holding db/migrations and resources/ (the repo root, or the packaged app root). */
  appRoot: string;
  pdf?: PdfRenderer;
  now?: () => Date;
  nativeBinding?: string;
  /** Minutes without a call after which a session ends (default 15). */
  batasDiamMenit?: number;
}

const tanpaPdf: PdfRenderer = {
  render: () => Promise.reject(new AppError('DITOLAK', 'Pembuat PDF tidak tersedia di sini.')),
};

/**
 * The Electron-free core: one database, every service, one `call` that validates input, runs the
 * method (writes in one IMMEDIATE transaction: all or nothing) and returns plain JSON.
 */
export class Core {
  readonly dataDir: string;
  readonly opened: OpenedDatabase;
  readonly berkas: BerkasStore;
  readonly resourcesDir: string;
  private readonly now: () => Date;
  readonly sesi: SesiStore;
  pdf: PdfRenderer;

  private constructor(opts: CoreOptions) {
    this.dataDir = opts.dataDir;
    this.now = opts.now ?? (() => new Date());
    this.pdf = opts.pdf ?? tanpaPdf;
    this.sesi = new SesiStore(opts.batasDiamMenit ?? 15, this.now);
    this.resourcesDir = join(opts.appRoot, 'resources');
    const memory = opts.dataDir === ':memory:';
    // Backups open connections of their own; inside Electron they must load the same native module.
    gunakanNativeBinding(opts.nativeBinding);
    // The default export folder exists from the start, so the first export to it just works.
    if (!memory) mkdirSync(join(opts.dataDir, 'ekspor'), { recursive: true });
    this.opened = openDatabase(memory ? ':memory:' : databasePath(opts.dataDir), {
      migrationsFolder: join(opts.appRoot, 'db', 'migrations'),
      backupDir: memory ? null : join(opts.dataDir, 'cadangan'),
      nativeBinding: opts.nativeBinding,
      now: this.now,
    });
    const berkasRoot = memory ? join(tmpdir(), `sekretariat-mem-${randomBytes(6).toString('hex')}`) : join(opts.dataDir, 'berkas');
    this.berkas = new BerkasStore(berkasRoot);
  }

  static open(opts: CoreOptions): Core {
    const core = new Core(opts);
    // A brand-new database gets its reference data at once, so the app is usable on first start.
    const kosong = core.opened.sqlite.prepare('SELECT count(*) AS n FROM kode_klasifikasi').get() as { n: number };
    if (kosong.n === 0) core.muatReferensi();
    return core;
  }

  /** The app calls this at start and at quit: one backup per day into the configured folder, then rotation. */
  async cadanganHarian(): Promise<HasilHarian | null> {
    if (this.dataDir === ':memory:') return null;
    return cadanganHarianBilaPerlu(this.dataDir, bacaPengaturan(this.dataDir).folderCadangan, this.now(), { sqlite: this.sqlite });
  }

  get sqlite() {
    return this.opened.sqlite;
  }

  muatReferensi(aktor = 'sistem'): HasilMuat {
    return muatReferensi(this.sqlite, this.resourcesDir, this.now().toISOString(), aktor);
  }

  ctx(aktor: string, pengguna: PenggunaSesi | null = null, token?: string, pathDiizinkan?: ReadonlySet<string>): Ctx {
    return {
      pengguna,
      token,
      pathDiizinkan,
      sesi: this.sesi,
      sqlite: this.sqlite,
      db: this.opened.db,
      berkas: this.berkas,
      pdf: this.pdf,
      resourcesDir: this.resourcesDir,
      dataDir: this.dataDir === ':memory:' ? null : this.dataDir,
      now: this.now,
      aktor,
    };
  }

  /** For adapters: the method name and input come from outside and are checked here. */
  async callUnknown(method: string, input: unknown, pemanggil: Pemanggil): Promise<unknown> {
    if (!isMethodName(method)) throw new AppError('TIDAK_DIKENAL', `Metode "${method}" tidak dikenal. Lihat daftar dengan: api list`);
    return this.call(method, input as Input<typeof method>, pemanggil);
  }

  /** Resolves the caller and enforces the role table before anything else runs. */
  private ctxUntuk(method: MethodName, pemanggil: Pemanggil): Ctx {
    if (typeof pemanggil === 'string') return this.ctx(pemanggil);
    const awal = this.ctx('anonim');
    let pengguna: PenggunaSesi | null;
    if ('token' in pemanggil) {
      const id = this.sesi.pakai(pemanggil.token);
      pengguna = id === null ? null : penggunaSesi(awal, id);
    } else {
      pengguna = penggunaByUsername(awal, pemanggil.username);
      if (!pengguna) throw new AppError('DITOLAK', `Pengguna "${pemanggil.username}" tidak dikenal atau tidak aktif.`);
    }
    if (!bolehMemanggil(method, pengguna?.peran ?? null)) {
      if (!pengguna) throw new AppError('SESI', 'Sesi berakhir atau belum masuk. Silakan masuk lagi.');
      throw new AppError('DITOLAK', `Anda tidak berwenang: ${api[method].ringkasan}`);
    }
    if (pengguna?.harusGantiSandi && method !== 'auth.gantiSandi' && method !== 'auth.status' && method !== 'auth.logout') {
      throw new AppError('DITOLAK', 'Ganti kata sandi Anda terlebih dahulu.');
    }
    if ('token' in pemanggil) return this.ctx(pengguna?.username ?? 'anonim', pengguna, pemanggil.token, pemanggil.pathDiizinkan);
    return this.ctx(pengguna?.username ?? 'anonim', pengguna);
  }

  async call<M extends MethodName>(method: M, input: Input<M>, pemanggil: Pemanggil): Promise<Result<M>> {
    const def = api[method];
    const ctx = this.ctxUntuk(method, pemanggil);
    const parsed = parseInput(def.input, input);
    const handler = handlers[method] as (ctx: Ctx, input: unknown) => Result<M> | Promise<Result<M>>;
    if (!def.write) return handler(ctx, parsed);
    return tulisAntre(this.sqlite, () => {
      const out = handler(ctx, parsed);
      if (out instanceof Promise) throw new Error(`Metode tulis ${method} tidak boleh asinkron.`);
      return out;
    });
  }

  async close(): Promise<void> {
    await this.pdf.close?.();
    try {
      this.sqlite.pragma('optimize');
    } finally {
      this.sqlite.close();
    }
  }
}
