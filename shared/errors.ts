/**
 * The one error type that crosses every adapter (IPC, HTTP, CLI). Its message is
 * always Indonesian and meant for the person at the keyboard; `code` is for programs.
 */
export type ErrorCode =
  | 'VALIDASI'
  | 'TIDAK_DITEMUKAN'
  | 'KONFLIK'
  | 'DITOLAK'
  /** Not signed in, or the session ended: the UI shows the login screen. */
  | 'SESI'
  | 'TIDAK_DIKENAL'
  | 'INTERNAL';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toJSON(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export const notFound = (what: string) => new AppError('TIDAK_DITEMUKAN', `${what} tidak ditemukan.`);
export const rejected = (message: string) => new AppError('DITOLAK', message);
export const conflict = (message: string, issues?: FieldIssue[]) => new AppError('KONFLIK', message, issues);
export const invalid = (message: string, issues?: FieldIssue[]) => new AppError('VALIDASI', message, issues);
/** A refusal about one field, shown both above the form and next to that field. */
export const invalidBidang = (path: string, message: string) => invalid(message, [{ path, message }]);

/** Anything thrown becomes a payload; unknown errors never leak stack traces to the user. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return err.toJSON();
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const e = err as { code: unknown; message: unknown };
    if (typeof e.code === 'string' && /^SQLITE_BUSY/.test(e.code)) {
      return { code: 'KONFLIK', message: 'Basis data sedang dipakai proses lain. Coba lagi sebentar.' };
    }
    if (typeof e.code === 'string' && /^SQLITE_CONSTRAINT/.test(e.code)) {
      return { code: 'KONFLIK', message: 'Data bertentangan dengan data yang sudah ada (batasan basis data).' };
    }
  }
  return { code: 'INTERNAL', message: 'Terjadi kesalahan internal. Tidak ada data yang diubah.' };
}
