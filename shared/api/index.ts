import type { InputOf, ResultOf } from './contract';
import { auditApi } from './audit';
import { disposisiApi } from './disposisi';
import { laporanApi } from './laporan';
import { organisasiApi } from './organisasi';
import { referensiApi } from './referensi';
import { suratKeluarApi } from './surat-keluar';
import { suratMasukApi } from './surat-masuk';
import { sistemApi } from './sistem';
import { naskahApi } from './naskah';
import { cadanganApi } from './cadangan';
import { aksesApi } from './akses';

/** The whole API: every adapter (IPC, HTTP, CLI) serves exactly this map. */
export const api = {
  ...organisasiApi,
  ...referensiApi,
  ...suratMasukApi,
  ...disposisiApi,
  ...suratKeluarApi,
  ...laporanApi,
  ...auditApi,
  ...sistemApi,
  ...naskahApi,
  ...cadanganApi,
  ...aksesApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
export type Input<M extends MethodName> = InputOf<Api[M]>;
export type Result<M extends MethodName> = ResultOf<Api[M]>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What the renderer sees, whatever carries the call (preload IPC or the HTTP bridge). */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>>;
}

export * from './contract';
export type * from './organisasi';
export type * from './referensi';
export type * from './surat-masuk';
export type * from './disposisi';
export type * from './surat-keluar';
export type * from './laporan';
export type * from './audit';
export type * from './sistem';
export type * from './naskah';
export type * from './cadangan';
export type * from './akses';
