/**
 * The address a request comes from. Behind a reverse proxy every request arrives from the
 * proxy's address, so the client's own is the last one the proxy appended to
 * X-Forwarded-For; that header is read only when the operator said a proxy is in front
 * (TRUST_PROXY), since without one any client could write it.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor !== undefined) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
    const hops = header
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const nearest = hops.at(-1);
    if (nearest) return nearest;
  }
  return remoteAddress ?? 'unknown';
}
