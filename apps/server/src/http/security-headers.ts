import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every response, except the frame rule. Same origin only:
 * the apps load their bundles, styles and API from this server and nothing else. Inline
 * scripts and `<style>` blocks are not allowed; React sets `style` props through the CSSOM,
 * which CSP does not restrict, so the apps need no 'unsafe-inline'. `data:` images cover
 * small icons that Vite inlines.
 */
const basePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Browser features the platform never uses: switched off so embedded or injected code can't. */
const permissionsPolicy = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * Whether a path is the embeddable agenda view (`/embed` or `/embed/…`), which other sites may
 * show in an iframe. A path that only starts with the same letters (`/embedbeheer/`) is not.
 * Only documents are framed, so the view's scripts need no exception.
 *
 * @example isEmbeddablePath('/embed/') // true; isEmbeddablePath('/embedbeheer/') // false
 */
export function isEmbeddablePath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * Sets the security headers every response carries. Framing is denied everywhere except the
 * embeddable agenda view, which any site may frame (`frame-ancestors *`, no X-Frame-Options).
 * HSTS only when the site is served over https (sending it on http is meaningless and would
 * break a local setup behind a future https proxy).
 *
 * @example applySecurityHeaders(res, { pathname: url.pathname, https: false });
 */
export function applySecurityHeaders(
  res: ServerResponse,
  options: { pathname: string; https: boolean },
): void {
  const embeddable = isEmbeddablePath(options.pathname);
  res.setHeader(
    'Content-Security-Policy',
    `${basePolicy}; frame-ancestors ${embeddable ? '*' : "'none'"}`,
  );
  if (!embeddable) res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', permissionsPolicy);
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  if (options.https) {
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
}
