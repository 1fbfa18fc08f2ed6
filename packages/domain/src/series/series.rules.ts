import {
  Email,
  err,
  ok,
  redactSecrets,
  type HttpsUrl,
  type Id,
  type LocalDate,
  type Result,
} from '../shared/index.js';
import {
  participatingOrganisations,
  type Organisation,
  type Participation,
} from '../organisation/index.js';
import { occurrencesOf } from './series.planning.js';
import type { PublicSeries, Series } from './series.schema.js';

/** What link eligibility is decided against. `movementId` narrows to one movement (optional). */
export type EligibilityContext = {
  organisations: readonly Organisation[];
  participations: readonly Participation[];
  /** E-mail addresses of registered LOC members (any case; compared normalised). */
  locMemberEmails: readonly string[];
  onDate: LocalDate;
  movementId?: Id | null;
};

function domainMatches(domain: string, allowed: string): boolean {
  const wanted = allowed.trim().toLowerCase();
  return wanted !== '' && (domain === wanted || domain.endsWith(`.${wanted}`));
}

/**
 * Whether an e-mail address may receive the series' meeting link: its domain (or a
 * subdomain) belongs to an organisation participating on `onDate`, or it is a registered
 * LOC member, or its domain is one of the series' extra domains, each only when the series
 * allows that route. Answers yes/no only: it never returns or exposes the link.
 *
 * @example isEligibleForLink('iemand@zorggroep.nl', series, { organisations, participations, locMemberEmails: [], onDate: '2025-03-01' }) // true
 */
export function isEligibleForLink(
  email: string,
  series: Pick<Series, 'eligibility'>,
  ctx: EligibilityContext,
): boolean {
  const parsed = Email.safeParse(email);
  if (!parsed.success) return false;
  const address = parsed.data;
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const { eligibility } = series;
  if (eligibility.extraEmailDomains.some((d) => domainMatches(domain, d))) return true;
  if (eligibility.locMembers && ctx.locMemberEmails.some((m) => m.trim().toLowerCase() === address))
    return true;
  if (!eligibility.participatingOrganisations) return false;
  const orgs = participatingOrganisations(
    ctx.organisations,
    ctx.participations,
    ctx.movementId ?? null,
    ctx.onDate,
  );
  return orgs.some((org) => org.emailDomains.some((d) => domainMatches(domain, d)));
}

/**
 * The one way to hand out the meeting link: only to an eligible address, for sending BY
 * E-MAIL to that address (never to put in an API response or a page).
 *
 * @example const r = meetingLinkForEligible(email, series, ctx); if (r.ok) sendMail(email, r.value);
 */
export function meetingLinkForEligible(
  email: string,
  series: Pick<Series, 'eligibility' | 'meetingLink'>,
  ctx: EligibilityContext,
): Result<HttpsUrl, 'SERIES.NOT_ELIGIBLE' | 'SERIES.NO_LINK'> {
  if (!isEligibleForLink(email, series, ctx)) {
    return err(
      'SERIES.NOT_ELIGIBLE',
      'Dit e-mailadres hoort niet bij een deelnemende organisatie of een LOC-lid. Neem contact op met de coördinatoren.',
    );
  }
  if (series.meetingLink === null) {
    return err('SERIES.NO_LINK', 'Voor deze reeks is nog geen link bekend.');
  }
  return ok(series.meetingLink);
}

/**
 * Guard for any public path that is asked for a series' link: always refuses. Use it where
 * a request would otherwise expose the link, so the refusal has one code and one message.
 *
 * @example seriesLinkForPublic(series) // { ok: false, error: { code: 'SERIES.LINK_NOT_PUBLIC', … } }
 */
export function seriesLinkForPublic(
  series: Pick<Series, 'id'>,
): Result<never, 'SERIES.LINK_NOT_PUBLIC'> {
  return err(
    'SERIES.LINK_NOT_PUBLIC',
    'De link van de Jamsessies is niet openbaar. Vraag hem aan per e-mail; je ontvangt hem als je organisatie deelneemt.',
    { seriesId: series.id },
  );
}

/**
 * The public view of a series: the meeting link removed (also from the description and
 * document titles), with `linkOnRequest` saying whether one exists.
 *
 * @example JSON.stringify(toPublicSeries(series)).includes(series.meetingLink) // false
 */
export function toPublicSeries(series: Series): PublicSeries {
  const { meetingLink, ...rest } = series;
  const secrets = [meetingLink];
  return {
    ...rest,
    title: redactSecrets(rest.title, secrets),
    description: redactSecrets(rest.description, secrets),
    documents: rest.documents.map((d) => ({ ...d, title: redactSecrets(d.title, secrets) })),
    exceptions: rest.exceptions.map((e) =>
      e.reason === undefined ? e : { ...e, reason: redactSecrets(e.reason, secrets) },
    ),
    linkOnRequest: meetingLink !== null,
  };
}

/** One problem found in a series' planning data. */
export type SeriesProblem = { path: string; message: string };

/**
 * Checks what a schema cannot: last date not before the first, each exception on a regular
 * date, no two exceptions for one date, and moves not onto another session's date. Returns the
 * series or all problems (`details.problems`, and `details.fields`: the first message per field,
 * which the API passes on as field errors so the form shows each at its field).
 *
 * @example checkSeries({ ...series, lastDate: '2024-01-01' }).ok // false
 */
export function checkSeries(series: Series): Result<Series, 'SERIES.INVALID'> {
  const problems: SeriesProblem[] = [];
  if (series.lastDate !== null && series.lastDate < series.firstDate) {
    problems.push({ path: 'lastDate', message: 'De laatste datum ligt vóór de eerste datum.' });
  }
  const end =
    series.lastDate ??
    series.exceptions.reduce((max, e) => (e.date > max ? e.date : max), series.firstDate);
  const regular = new Set(occurrencesOf(series.recurrence, series.firstDate, end));
  const seen = new Set<LocalDate>();
  series.exceptions.forEach((exception, index) => {
    const path = `exceptions.${index}`;
    if (!regular.has(exception.date)) {
      problems.push({
        path: `${path}.date`,
        message: 'Op deze datum staat geen sessie van de reeks.',
      });
    }
    if (seen.has(exception.date)) {
      problems.push({ path: `${path}.date`, message: 'Voor deze datum is al een uitzondering.' });
    }
    seen.add(exception.date);
    if (exception.kind === 'move' && exception.to !== exception.date && regular.has(exception.to)) {
      const target = series.exceptions.find((e) => e.date === exception.to);
      if (!target || target.kind !== 'skip') {
        problems.push({
          path: `${path}.to`,
          message: 'Op die datum is al een sessie van de reeks.',
        });
      }
    }
  });
  if (problems.length > 0) {
    // `fields` (the first problem per field) is what the apps show at each field.
    const fields: Record<string, string> = {};
    for (const problem of problems) fields[problem.path] ??= problem.message;
    return err('SERIES.INVALID', 'De planning van de reeks klopt niet.', { problems, fields });
  }
  return ok(series);
}
