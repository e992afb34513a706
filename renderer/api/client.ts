import type { ApiClient, Input, MethodName, Result } from '../../shared/api';
import type { Envelope, PreloadBridge } from '../../shared/api/envelope';
import type { ErrorPayload, FieldIssue } from '../../shared/errors';

declare global {
  interface Window {
    sekretariat?: PreloadBridge;
  }
}

/** An error from the core, with its Indonesian message and per-field issues for forms. */
export class ApiError extends Error {
  readonly code: string;
  readonly issues: FieldIssue[];
  constructor(p: ErrorPayload) {
    super(p.message);
    this.code = p.code;
    this.issues = p.issues ?? [];
  }
}

/** The HTTP bridge of the browser preview (`npm run web`); the token comes with index.html. */
async function viaHttp(method: string, input: unknown): Promise<Envelope> {
  const token = document.querySelector<HTMLMetaElement>('meta[name="sekretariat-token"]')?.content ?? '';
  const res = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sekretariat-token': token },
    body: JSON.stringify(input ?? {}),
  });
  return (await res.json()) as Envelope;
}

function transport(): (method: string, input: unknown) => Promise<Envelope> {
  const bridge = window.sekretariat;
  return bridge ? (m, i) => bridge.call(m, i) : viaHttp;
}

const pendengarSesi = new Set<() => void>();

/**
 * Called whenever the core answers "not signed in / session ended" (code SESI), so the UI can ask
 * for the password again over the current screen instead of throwing away what is on it.
 */
export function saatSesiBerakhir(f: () => void): () => void {
  pendengarSesi.add(f);
  return () => pendengarSesi.delete(f);
}

export const client: ApiClient = {
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
    const env = await transport()(method, input);
    if (env.error) {
      if (env.error.code === 'SESI') pendengarSesi.forEach((f) => f());
      throw new ApiError(env.error);
    }
    return env.result as Result<M>;
  },
};

export const call = client.call.bind(client);
