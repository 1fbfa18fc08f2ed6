import { createCaller, createContextInner, type AuthUser, type Db } from '@jamsessie/api';
import { APRIL_SESSION_ID } from '@jamsessie/db';
import { plantPersonalFeeds } from './personal-feeds.testing.js';
import { RESILIENCE_NOW } from './resilience-server.testing.js';
import type { PlantedTraps } from './secret-traps.testing.js';

/** The documents a series offers as downloads, and their formats. */
const DOWNLOADS = ['schema.pdf', 'beschrijving.pdf', 'uitnodiging.pdf', 'uitnodiging.png'];

/**
 * Every public address worth crawling, built from the data: the apps and their fallbacks,
 * health, every calendar feed (all, per theme, per series, per session), the reports and tips feeds, the tips bank,
 * every series download, personal calendar feeds (see `plantPersonalFeeds`), and addresses
 * that do not exist.
 *
 * @example for (const path of await publicRoutePaths(db)) await fetch(base + path);
 */
export async function publicRoutePaths(db: Db): Promise<string[]> {
  const [themes, series, sessions, personal] = await Promise.all([
    db.selectFrom('theme').select('slug').execute(),
    db.selectFrom('series').select('slug').execute(),
    db.selectFrom('session').select('slug').execute(),
    plantPersonalFeeds(db),
  ]);
  return [
    '/',
    '/index.html',
    '/favicon.svg',
    '/assets/app-3f2a1b.js',
    '/agenda',
    '/agenda/sessie/jamsessie-7-april-2025',
    '/verslagen/korte-jamsessies',
    '/beheer',
    '/beheer/',
    '/beheer/sessies/bewerken',
    '/healthz',
    '/agenda.ics',
    '/verslagen.rss',
    '/tips',
    '/tips.rss',
    ...themes.map((t) => `/agenda/thema/${t.slug}.ics`),
    ...series.map((s) => `/agenda/reeks/${s.slug}.ics`),
    ...sessions.map((s) => `/agenda/sessie/${s.slug}.ics`),
    // Personal feeds at a clock where no link window is open: public-clean, even the eligible.
    personal.eligible,
    personal.outsider,
    personal.unknown,
    '/agenda/persoonlijk/kort.ics',
    ...series.flatMap((s) => DOWNLOADS.map((d) => `/downloads/reeks/${s.slug}/${d}`)),
    ...sessions
      .slice(0, 4)
      .map((s) => `/downloads/reeks/${series[0]?.slug ?? 'x'}/uitnodiging.pdf?sessie=${s.slug}`),
    `/downloads/reeks/${series[0]?.slug ?? 'x'}/uitnodiging.png?voor=reeks`,
    '/downloads/reeks/bestaat-niet/schema.pdf',
    '/downloads/',
    '/abonnement/bevestigen?token=onbekend',
    '/abonnement/afmelden?token=onbekend.token',
    '/abonnement/afmelden',
    '/onbekend',
    '/onbekend.txt',
    '/agenda/sessie/bestaat-niet.ics',
    '/agenda/thema/Geen Slug.ics',
    '/agenda/reeks/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/.env',
    '/.git/config',
    '/robots.txt',
    '/trpc',
    '/trpc/',
  ];
}

/**
 * A view token of a live run, started by a coordinator through the API as in a real
 * session: it opens the participants' screen (`live.view`) of a session with a private
 * dilemma.
 */
async function viewTokens(db: Db, coordinator: AuthUser, sessionIds: string[]) {
  const caller = createCaller(
    createContextInner({ db, user: coordinator, now: () => RESILIENCE_NOW, baseUrl: 'http://x' }),
  );
  const tokens: string[] = [];
  for (const sessionId of sessionIds) {
    const run = await caller.admin.protocol.start({ sessionId });
    if (run.viewToken) tokens.push(run.viewToken);
  }
  return tokens;
}

/**
 * Valid inputs for every public procedure, from the demo data and the planted traps: all
 * sessions (by slug and id), all reports (drafts too, which must be "not found"), all
 * editions, searches for the private words. A public procedure missing here fails the
 * secrets test, so a new one gets inputs before it ships.
 *
 * @example const calls = await publicProcedureInputs(db, traps, coordinator);
 */
export async function publicProcedureInputs(
  db: Db,
  traps: PlantedTraps,
  coordinator: AuthUser,
): Promise<Record<string, unknown[]>> {
  const [themes, keywords, series, sessions, reports, editions, movements, organisations] =
    await Promise.all([
      db.selectFrom('theme').select('slug').execute(),
      db.selectFrom('keyword').select('slug').execute(),
      db.selectFrom('series').select('slug').execute(),
      db.selectFrom('session').select(['id', 'slug']).execute(),
      db.selectFrom('report').select('slug').execute(),
      db.selectFrom('week_edition').select(['slug', 'year']).execute(),
      db.selectFrom('movement').select('slug').execute(),
      db.selectFrom('organisation_email_domain').select('domain').limit(2).execute(),
    ]);
  const plantedSession = await db
    .selectFrom('session')
    .select('id')
    .where('slug', '=', traps.sessionSlugs[0]!)
    .executeTakeFirstOrThrow();
  const tokens = await viewTokens(db, coordinator, [APRIL_SESSION_ID, plantedSession.id]);
  const pages = [1, 2, 3].map((page) => ({ year: 2025, pageSize: 50, page }));
  return {
    'agenda.list': [
      undefined,
      ...pages,
      { when: 'past', pageSize: 50 },
      { when: 'past', year: 2021, pageSize: 50 },
      { kind: 'week_item', pageSize: 50 },
      ...themes.map((t) => ({ theme: t.slug, pageSize: 50 })),
      ...series.map((s) => ({ series: s.slug, pageSize: 50 })),
      ...movements.map((m) => ({ movement: m.slug, pageSize: 50 })),
    ],
    'agenda.session': sessions.flatMap((s) => [{ slug: s.slug }, { id: s.id }]),
    'auth.login': [{ email: 'onbekend@elders.example', password: 'een-fout-wachtwoord' }],
    'auth.logout': [undefined],
    'auth.me': [undefined],
    'auth.requestPasswordReset': [{ email: 'onbekend@elders.example' }],
    'auth.resetPassword': [
      { token: 'x'.repeat(43), newPassword: 'zonnebloem-fietsenstalling-regenjas' },
    ],
    'catalogue.keywords': [undefined],
    'catalogue.movements': [undefined],
    'catalogue.participants': [undefined, ...movements.map((m) => ({ movement: m.slug }))],
    'catalogue.series': [undefined],
    'catalogue.themes': [undefined],
    'forms.bringDilemma': [
      { sessionSlug: traps.sessionSlugs[0], text: 'Een nieuwe vraag over open deuren in de wijk.' },
      { sessionSlug: 'bestaat-niet', text: 'Een vraag voor een sessie die er niet is.' },
    ],
    'forms.requestLink': [
      { email: 'iemand@elders.example', seriesSlug: traps.seriesSlug },
      ...organisations.map((o) => ({ email: `collega@${o.domain}`, seriesSlug: traps.seriesSlug })),
      { email: 'iemand@elders.example', seriesSlug: 'bestaat-niet' },
    ],
    'participant.confirmDilemma': [{ token: 'x'.repeat(43) }],
    // Guessed consent links: the same "does not work (any more)" for every one; nothing shown.
    'participant.consentLink': [{ token: 'x'.repeat(43) }],
    'participant.decideByLink': [
      { token: 'x'.repeat(43), decision: 'give' },
      { token: 'x'.repeat(43), decision: 'refuse' },
    ],
    'participant.me': [undefined],
    'participant.requestSignIn': [{ email: 'onbekend@elders.example' }],
    'participant.signIn': [{ token: 'x'.repeat(43) }],
    'participant.signOut': [undefined],
    // Guessed cue links: the same "not (any more) valid" for every one.
    'cue.view': [{ token: 'x'.repeat(43) }],
    'cue.version': [{ token: 'x'.repeat(43) }],
    'cue.saveNotes': [{ token: 'x'.repeat(43), notes: 'Een aantekening.', consent: 'private' }],
    'cue.back': [{ token: 'x'.repeat(43) }],
    'live.version': [...tokens.map((token) => ({ token })), { token: 'x'.repeat(43) }],
    'live.view': [...tokens.map((token) => ({ token })), { token: 'x'.repeat(43) }],
    'reports.bySlug': reports.map((r) => ({ slug: r.slug })),
    'reports.list': [
      undefined,
      { pageSize: 50 },
      ...[
        'deur',
        'vertrouwelijke',
        'nachts alleen',
        'prive',
        'link',
        'vergader',
        'zoom',
        'reactie',
      ].map((q) => ({ q, pageSize: 50 })),
      ...themes.map((t) => ({ theme: t.slug })),
      ...keywords.map((k) => ({ keyword: k.slug })),
    ],
    'subscriptions.subscribe': [
      { email: 'lezer@elders.example', target: { kind: 'week' } },
      ...themes.slice(0, 1).map((t) => ({
        email: 'lezer@elders.example',
        target: { kind: 'theme', slug: t.slug },
      })),
      { email: 'lezer@elders.example', target: { kind: 'series', slug: traps.seriesSlug } },
    ],
    'subscriptions.confirm': [{ token: 'x'.repeat(43) }],
    'subscriptions.unsubscribe': [{ token: 'onbekend.token' }],
    'tips.list': [
      undefined,
      { pageSize: 50 },
      ...['tip', 'link', 'vergader', 'zoom', 'fietsen'].map((q) => ({ q, pageSize: 50 })),
      ...themes.map((t) => ({ theme: t.slug, pageSize: 50 })),
      ...keywords.map((k) => ({ keyword: k.slug, pageSize: 50 })),
    ],
    'week.edition': editions.flatMap((e) => [{ slug: e.slug }, { year: e.year }]),
    'week.editions': [undefined],
    'week.localProgrammes': editions.flatMap((e) => [{ slug: e.slug }, { year: e.year }]),
  };
}
