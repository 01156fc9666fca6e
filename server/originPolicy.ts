/**
 * Whether a request that changes state (a POST/PUT/PATCH/DELETE, or opening an editor
 * connection) may come from the page that sent it. Browsers name that page's origin in the
 * `Origin` header; a page on another origin — even another port of the same host — must not
 * act with the teacher's session cookie.
 *
 * - No Origin: not a browser page (scripts and API clients with a Bearer token), allowed.
 * - The app's own origin: the Host the request was addressed to, over http or https (behind a
 *   proxy that keeps the Host header, as the README's nginx example does).
 * - Any origin the operator listed in ALLOWED_ORIGINS (scheme://host[:port]).
 * Anything else, including the opaque origin `null` (sandboxed frames, file: pages), is refused.
 */
export function originAllowed(
  origin: string | null | undefined,
  host: string | null | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined || origin === null) return true;
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  if (host) {
    const own = parseOrigin(`${parsed.protocol}//${host}`);
    if (own && own.origin === parsed.origin) return true;
  }
  return allowedOrigins.some((allowed) => parseOrigin(allowed)?.origin === parsed.origin);
}

/** An http(s) origin in its normal form (lower case, default port dropped), or null. */
function parseOrigin(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // An origin has no path, query, fragment or credentials; a Host header has none either.
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return url;
}
