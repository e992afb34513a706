import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/**
 * Backups and restores open connections of their own (the copy, the file being replaced). Inside
 * Electron each one must load the Electron-ABI module the core was opened with, so the app passes
 * that path here once at start, next to Core.open.
 */
export function gunakanNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function nativeBindingAktif(): string | undefined {
  return nativeBinding;
}

export function bukaDb(file: string, opsi: { readonly?: boolean; timeoutMs?: number } = {}): Database.Database {
  return new Database(file, {
    readonly: opsi.readonly ?? false,
    fileMustExist: true,
    timeout: opsi.timeoutMs ?? 10_000,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}
