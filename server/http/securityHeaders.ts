import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The security headers of every response (hono's secure-headers):
 * - Content-Security-Policy: scripts only from the app's own files, never inline or eval'd
 *   (the built index.html loads one module script by URL; Vite writes no inline script).
 *   Styles allow 'unsafe-inline', honestly: ProseMirror and Tiptap inject a <style> element,
 *   the collaboration carets and React views set `style` attributes, and KaTeX / MathLive
 *   render formulas with inline styles. A style cannot run code, so the risk left is CSS
 *   injection, not script. WebSockets to the app itself are covered by connect-src 'self'.
 *   Images may be data: or blob: URLs (pasted figures before upload), fonts data: (KaTeX).
 * - frame-ancestors 'self' and X-Frame-Options SAMEORIGIN: no framing by other sites.
 * - X-Content-Type-Options nosniff, Referrer-Policy no-referrer, and hono's other defaults
 *   (Cross-Origin-Opener/Resource-Policy same-origin, …). HSTS only means something over
 *   HTTPS and then without includeSubDomains, which could break other sites of the school.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
    xFrameOptions: 'SAMEORIGIN',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: 'max-age=15552000',
  });
}
