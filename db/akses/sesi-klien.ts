import type { Core } from '../app';

/**
 * The session of one UI client (a window, a browser tab), kept on the adapter's side of the wire:
 * the token from a login never reaches renderer JavaScript, so a script injected into the page has
 * nothing to steal, and it dies with the window.
 */
export class SesiKlien {
  private token = '';

  constructor(private readonly core: Pick<Core, 'callUnknown'>) {}

  async panggil(method: string, input: unknown): Promise<unknown> {
    const result = await this.core.callUnknown(method, input, { token: this.token });
    if ((method === 'auth.login' || method === 'auth.setupAdmin') && result && typeof result === 'object' && 'token' in result) {
      this.token = String(result.token);
      return { ...result, token: '' };
    }
    if (method === 'auth.logout') this.token = '';
    return result;
  }
}
