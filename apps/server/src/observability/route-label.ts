import { appRouter } from '@jamsessie/api';

/** Exact paths that are their own route in logs and metrics. */
const NAMED = new Set(['/healthz', '/metrics', '/agenda.ics', '/verslagen.rss', '/']);

/** Path prefixes that stand for their whole family (slugs and files would be endless labels). */
const FAMILIES = ['/trpc', '/agenda', '/downloads', '/abonnement', '/docs', '/beheer', '/assets'];

/**
 * A request's route for logs and metrics: a few fixed names, never a slug, token or query,
 * so neither personal data nor endless label values reach them.
 *
 * @example routeLabel('/downloads/reeks/zorg/schema.pdf') // '/downloads'
 */
export function routeLabel(pathname: string): string {
  if (NAMED.has(pathname)) return pathname;
  const family = FAMILIES.find((f) => pathname === f || pathname.startsWith(`${f}/`));
  return family ?? 'other';
}

let known: ReadonlySet<string> | undefined;

/**
 * The procedures a `/trpc/a,b` path names, each as itself when the router has it and as
 * 'unknown' otherwise (a made-up name must not become a label).
 *
 * @example procedureLabels('/trpc/agenda.list,nope') // ['agenda.list', 'unknown']
 */
export function procedureLabels(pathname: string): string[] {
  if (!pathname.startsWith('/trpc/')) return [];
  known ??= new Set(Object.keys(appRouter._def.procedures));
  return pathname
    .slice('/trpc/'.length)
    .split(',')
    .map((name) => (known?.has(name) ? name : 'unknown'));
}
