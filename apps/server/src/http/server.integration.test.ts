import type { Db } from '@jamsessie/api';
import { databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './cookies.js';
import { TEST_ADMIN, startSeededServer, type SeededServer } from '../testing/seeded-server.js';

async function count(db: Db, table: 'auth_session' | 'rate_limit'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(databaseKindsUnderTest())('the HTTP server on %s', (kind) => {
  let s: SeededServer;

  beforeAll(async () => {
    s = await startSeededServer(kind);
  });
  afterAll(() => s?.close());

  describe('CSRF', () => {
    const loginBody = JSON.stringify(TEST_ADMIN);

    it('refuses a cross-site POST (Origin: https://evil.example) and changes nothing', async () => {
      const before = [
        await count(s.handle.db, 'auth_session'),
        await count(s.handle.db, 'rate_limit'),
      ];
      const refusedHeaders: Record<string, string>[] = [
        { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
        { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' },
        { 'Content-Type': 'text/plain' },
        { 'Content-Type': 'application/x-www-form-urlencoded' },
      ];
      for (const headers of refusedHeaders) {
        const res = await fetch(s.url('/trpc/auth.login'), {
          method: 'POST',
          headers,
          body: loginBody,
        });
        expect(res.status).toBe(403);
        expect(res.headers.get('set-cookie')).toBeNull();
        const body = (await res.json()) as { error: { message: string } };
        expect(body.error.message).toContain('geweigerd');
      }
      const after = [
        await count(s.handle.db, 'auth_session'),
        await count(s.handle.db, 'rate_limit'),
      ];
      expect(after).toEqual(before);
    });

    it('accepts the same POST from its own origin', async () => {
      const res = await fetch(s.url('/trpc/auth.login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: s.server.baseUrl },
        body: loginBody,
      });
      expect(res.status).toBe(200);
    });
  });

  describe('signing in over HTTP', () => {
    it('sets an HttpOnly, SameSite=Lax session cookie that identifies the coordinator', async () => {
      const res = await fetch(s.url('/trpc/auth.login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(TEST_ADMIN),
      });
      expect(res.status).toBe(200);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).toContain('Path=/');
      expect(cookie).not.toContain('Secure');
      const token = cookie.split(';')[0] ?? '';

      const me = await fetch(s.url('/trpc/auth.me'), { headers: { Cookie: token } });
      const meBody = (await me.json()) as { result: { data: { user: { email: string } | null } } };
      expect(meBody.result.data.user?.email).toBe(TEST_ADMIN.email);

      const adminCall = await fetch(s.url('/trpc/admin.sessions.list'), {
        headers: { Cookie: token },
      });
      expect(adminCall.status).not.toBe(401);
      expect(adminCall.status).not.toBe(403);

      const anonymous = await fetch(s.url('/trpc/auth.me'));
      const anonymousBody = (await anonymous.json()) as { result: { data: { user: unknown } } };
      expect(anonymousBody.result.data.user).toBeNull();

      const logout = await fetch(s.url('/trpc/auth.logout'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: token },
      });
      expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    });

    it('answers admin.* with 401 without a session cookie', async () => {
      const res = await fetch(s.url('/trpc/admin.sessions.list'));
      expect(res.status).toBe(401);
    });

    it('allows batched calls', async () => {
      const res = await fetch(s.url('/trpc/auth.me,auth.me?batch=1&input={}'));
      expect(res.status).toBe(200);
      expect(((await res.json()) as unknown[]).length).toBe(2);
    });
  });

  describe('the built apps', () => {
    it("serves index.html for the agenda's pages (200) and its unknown paths (404)", async () => {
      const pages = ['/', '/agenda/open-deuren', '/verslagen', '/week/', '/embed/'];
      const unknown = ['/sessies/open-deuren', '/bestaat-niet', '/embedbeheer/', '/agenda/A'];
      for (const path of [...pages, ...unknown]) {
        const res = await fetch(s.url(path));
        expect(res.status, path).toBe(pages.includes(path) ? 200 : 404);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(res.headers.get('cache-control')).toBe('no-cache');
        // The app itself is the body: it shows its own not-found page.
        expect(await res.text()).toContain('AGENDA-INDEX');
      }
    });

    it('serves the admin app under /beheer/: its screens 200, unknown paths 404', async () => {
      const screens = [
        '/beheer/',
        '/beheer/sessies',
        '/beheer/sessies/abc/live',
        '/beheer/meekijken/t',
      ];
      const unknown = ['/beheer/bestaat-niet', '/beheer/sessies/abc/onzin', '/beheer/planning/a/b'];
      for (const path of [...screens, ...unknown]) {
        const res = await fetch(s.url(path));
        expect(res.status, path).toBe(screens.includes(path) ? 200 : 404);
        // The app itself is the body: it shows its own not-found page.
        expect(await res.text()).toContain('ADMIN-INDEX');
      }
      const bare = await fetch(s.url('/beheer'), { redirect: 'manual' });
      expect(bare.status).toBe(308);
      expect(bare.headers.get('location')).toBe('/beheer/');
    });

    it('gzips and long-caches hashed assets, with ETag revalidation', async () => {
      const res = await fetch(s.url('/assets/app-3f2a1b.js'), {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await res.text()).toContain('xxxx');
      const again = await fetch(s.url('/assets/app-3f2a1b.js'), {
        headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': res.headers.get('etag') ?? '' },
      });
      expect(again.status).toBe(304);
      const svg = await fetch(s.url('/favicon.svg'));
      expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    });

    it('answers 404 for missing files and never leaves the build folder', async () => {
      const missing = await fetch(s.url('/assets/bestaat-niet.js'));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('Deze pagina bestaat niet.\n');
      for (const path of [
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/assets/..%2f..%2fsecret.txt',
      ]) {
        const res = await fetch(s.url(path));
        expect(await res.text(), path).not.toContain('OUTSIDE-THE-ROOT');
      }
    });
  });

  describe('security headers', () => {
    it('are on every response; only /embed may be framed', async () => {
      const paths = ['/', '/agenda.ics', '/healthz', '/trpc/auth.me', '/bestaat-niet.js'];
      for (const path of [...paths, '/embedbeheer/', '/embedded', '/beheer/embed']) {
        const res = await fetch(s.url(path));
        expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
        expect(res.headers.get('x-frame-options'), path).toBe('DENY');
        expect(res.headers.get('content-security-policy'), path).toContain(
          "frame-ancestors 'none'",
        );
        expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
        expect(res.headers.get('permissions-policy'), path).toContain('camera=()');
      }
      const embed = await fetch(s.url('/embed'));
      expect(embed.headers.get('x-frame-options')).toBeNull();
      expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect(await embed.text()).toContain('AGENDA-INDEX');
      const below = await fetch(s.url('/embed/'));
      expect(below.headers.get('content-security-policy')).toContain('frame-ancestors *');
    });
  });
});
