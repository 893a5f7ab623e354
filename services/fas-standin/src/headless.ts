/**
 * Going through the stand-in without a browser, for integration tests: open the authorization URL,
 * pick a persona on the picker (a plain form POST), follow the redirects with the provider's
 * cookies, and stop at the relying party's redirect URI. Returns that URL with `code`, `state`
 * and `iss` (or `error`), exactly what a browser would bring to the portal's callback page.
 */

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const separator = pair?.indexOf('=') ?? -1;
      if (!pair || separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface HeadlessChoice {
  /** Persona id from personas.ts, or 'cancel' to press the cancel button. */
  persona: string;
  /** The relying party's redirect URI; following stops there (nothing needs to listen on it). */
  redirectUri: string;
  /** Extra picker form fields, e.g. { nationalNumber } for the generated persona (generated-personas.ts). */
  fields?: Record<string, string>;
  /** Share cookies across logins, like one browser would (default: a fresh jar per login). */
  jar?: CookieJar;
}

export async function loginHeadless(authorizationUrl: string, choice: HeadlessChoice): Promise<URL> {
  const jar = choice.jar ?? new CookieJar();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.href.startsWith(choice.redirectUri)) return url;
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    jar.store(response);
    body = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      if (!html.includes('Testaanbieder — geen echte e-ID')) throw new Error('persona picker without its test label');
      body = new URLSearchParams(
        choice.persona === 'cancel' ? { cancel: '1' } : { ...choice.fields, persona: choice.persona },
      );
      continue;
    }
    throw new Error(`unexpected answer ${response.status} at ${url.pathname}: ${html.slice(0, 300)}`);
  }
  throw new Error('too many redirects');
}
