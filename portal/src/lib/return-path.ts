/**
 * Where to go back to after logging in ("Meld je aan om te steunen" → log in → the proposal again).
 * Only a path on this site is accepted: anything that could leave it (`//other`, `/\other`,
 * `https://…`, control characters) is dropped, so the parameter cannot be used for phishing redirects.
 */
export const RETURN_PARAM = 'terug';

export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 500) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = 'http://portal.invalid';
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return null;
  }
  if (parsed.origin !== base) return null;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The log-in page's address that returns to `path` afterwards. */
export function logInHref(logInPath: string, returnTo: string): string {
  const safe = safeReturnPath(returnTo);
  return safe ? `${logInPath}?${RETURN_PARAM}=${encodeURIComponent(safe)}` : logInPath;
}
