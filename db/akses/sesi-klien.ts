import type { Core } from '../app';

/**
 * The session of one UI client (a window, a browser tab), kept on the adapter's side of the wire:
 * the token from a login never reaches renderer JavaScript, so a script injected into the page has
 * nothing to steal, and it dies with the window.
 */
export class SesiKlien {
  private token = '';
  private readonly pathDiizinkan = new Set<string>();

  constructor(private readonly core: Pick<Core, 'callUnknown'>) {}

  /** A file the person chose in the app's Save dialog: this client may write it. */
  izinkanPath(absPath: string): void {
    this.pathDiizinkan.add(absPath);
  }

  async panggil(method: string, input: unknown): Promise<unknown> {
    const result = await this.core.callUnknown(method, input, { token: this.token, pathDiizinkan: this.pathDiizinkan });
    if ((method === 'auth.login' || method === 'auth.setupAdmin') && result && typeof result === 'object' && 'token' in result) {
      this.token = String(result.token);
      return { ...result, token: '' };
    }
    if (method === 'auth.logout') this.token = '';
    return result;
  }
}
