import { filterForPublic, type Db } from '@jamsessie/api';
import {
  findSeriesBySlug,
  listActionTeams,
  listMovements,
  listSessionsOfSeries,
  listThemes,
} from '@jamsessie/db';
import {
  describeRecurrence,
  formatDate,
  formatDuration,
  formatTime,
  toLocalParts,
  toPublicSeries,
  toPublicSession,
  type PublicSeries,
  type PublicSession,
  type Theme,
  publicPaths,
  publicUrl,
} from '@jamsessie/domain';

/** One date of the schedule, with everything already in Dutch and Amsterdam time. */
export type ScheduleDate = {
  readonly sessionId: string;
  readonly slug: string;
  readonly startsAt: string;
  readonly endsAt: string;
  /** 'maandag 7 april 2025' */
  readonly date: string;
  /** '13.00–14.00 uur' */
  readonly time: string;
  readonly year: number;
  readonly theme: string | null;
  readonly status: PublicSession['status'];
  /** 'Vervalt: …' or 'Verplaatst van maandag 2 juni' (or null). */
  readonly note: string | null;
};

/** Everything the three documents of a series show: public data only, never the link. */
export type SeriesDocumentData = {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly documentTitles: Readonly<
    Record<'schedule' | 'description' | 'invitation', string | null>
  >;
  readonly recurrence: string;
  readonly duration: string;
  readonly online: boolean;
  readonly team: { readonly name: string; readonly shortName: string } | null;
  readonly movement: string | null;
  readonly themes: readonly { readonly label: string; readonly description: string | null }[];
  readonly audience: readonly string[];
  readonly dates: readonly ScheduleDate[];
  readonly join: {
    /** Whether a meeting link exists that eligible people can ask for. */
    readonly linkOnRequest: boolean;
    /** The agenda page of the series, where the request form is. */
    readonly pageUrl: string;
    /** An address named in the series' own text for questions (e.g. the movement's). */
    readonly contactEmail: string | null;
    readonly participantsUrl: string;
  };
};

const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * The first e-mail address a text names, or null: the series' own description says where to
 * ask for the link ("Neem contact op met radicalevernieuwing@loc.nl").
 *
 * @example contactEmailIn('Vraag die aan via radicalevernieuwing@loc.nl.') // 'radicalevernieuwing@loc.nl'
 */
export function contactEmailIn(text: string): string | null {
  return EMAIL_IN_TEXT.exec(text)?.[0]?.toLowerCase() ?? null;
}

/**
 * Who may join, in Dutch, from the series' eligibility settings.
 *
 * @example audienceOf(series, 'Radicale vernieuwing zorg')
 * // ['Alle betrokkenen bij zorgorganisaties die deelnemen aan Radicale vernieuwing zorg', 'Leden van LOC Waardevolle zorg']
 */
export function audienceOf(series: PublicSeries, movement: string | null): string[] {
  const lines: string[] = [];
  if (series.eligibility.participatingOrganisations) {
    lines.push(
      `Alle betrokkenen bij zorgorganisaties die deelnemen aan ${movement ?? 'Radicale vernieuwing'}: zorgmedewerkers, behandelaars, leidinggevenden en coördinatoren`,
    );
  }
  if (series.eligibility.locMembers) lines.push('Leden van LOC Waardevolle zorg');
  const domains = series.eligibility.extraEmailDomains;
  if (domains.length > 0) {
    lines.push(`Medewerkers met een e-mailadres van ${domains.map((d) => `@${d}`).join(', ')}`);
  }
  return lines;
}

function noteFor(session: PublicSession, series: PublicSeries): string | null {
  if (session.status === 'cancelled') {
    return session.cancellationReason ? `Vervalt: ${session.cancellationReason}` : 'Vervalt';
  }
  const localDate = toLocalParts(session.startsAt).date;
  const moved = series.exceptions.find((e) => e.kind === 'move' && e.to === localDate);
  if (moved) return `Verplaatst van ${formatDate(moved.date)}`;
  return null;
}

/** Builds the document data from loaded parts (pure: the loader below reads the database). */
export function toSeriesDocumentData(parts: {
  series: PublicSeries;
  sessions: readonly PublicSession[];
  themes: readonly Theme[];
  team: { name: string; shortName: string } | null;
  movement: string | null;
  baseUrl: string;
}): SeriesDocumentData {
  const { series, baseUrl } = parts;
  const themeById = new Map(parts.themes.map((theme) => [theme.id, theme]));
  const titleOf = (kind: 'schedule' | 'description' | 'invitation') =>
    series.documents.find((d) => d.kind === kind)?.title ?? null;
  const rotation = [...new Set(series.themeRotation)].flatMap((id) => themeById.get(id) ?? []);
  return {
    slug: series.slug,
    title: series.title,
    description: series.description,
    documentTitles: {
      schedule: titleOf('schedule'),
      description: titleOf('description'),
      invitation: titleOf('invitation'),
    },
    recurrence: describeRecurrence(series.recurrence),
    duration: formatDuration(series.recurrence.durationMinutes),
    online: parts.sessions.length === 0 || parts.sessions.some((s) => s.online),
    team: parts.team,
    movement: parts.movement,
    themes: rotation.map((theme) => ({
      label: theme.label,
      description: theme.description ?? null,
    })),
    audience: audienceOf(series, parts.movement),
    dates: parts.sessions.map((session) => ({
      sessionId: session.id,
      slug: session.slug,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      date: formatDate(session.startsAt),
      time: `${formatTime(session.startsAt)}–${formatTime(session.endsAt)} uur`,
      year: Number(toLocalParts(session.startsAt).date.slice(0, 4)),
      theme: session.themeIds.flatMap((id) => themeById.get(id)?.label ?? []).join(' / ') || null,
      status: session.status,
      note: noteFor(session, series),
    })),
    join: {
      linkOnRequest: series.linkOnRequest,
      pageUrl: publicUrl(baseUrl, publicPaths.seriesAgenda(series.slug)),
      contactEmail: contactEmailIn(series.description),
      participantsUrl: publicUrl(baseUrl, publicPaths.participants()),
    },
  };
}

/**
 * Reads a series and its sessions for the documents, through the public projections
 * (`toPublicSeries`, `toPublicSession`), so the meeting link is gone before any text is set.
 * Undefined for an unknown slug.
 *
 * @example const data = await loadSeriesDocumentData(db, 'jamsessies-vvlg', 'https://jamsessie.example');
 */
export async function loadSeriesDocumentData(
  db: Db,
  slug: string,
  baseUrl: string,
): Promise<SeriesDocumentData | undefined> {
  const series = await findSeriesBySlug(db, slug);
  if (!series) return undefined;
  const [sessions, themes, teams, movements] = await Promise.all([
    listSessionsOfSeries(db, series.id),
    listThemes(db),
    listActionTeams(db),
    listMovements(db),
  ]);
  const team = teams.find((t) => t.id === series.actionTeamId);
  const movement = movements.find((m) => m.id === team?.movementId);
  // Every text of the documents (PDFs, the PNG card) passes the filter of ALL meeting links.
  return filterForPublic(
    db,
    toSeriesDocumentData({
      series: toPublicSeries(series),
      sessions: sessions.map((s) => toPublicSession(s, { seriesLink: series.meetingLink })),
      themes,
      team: team ? { name: team.name, shortName: team.shortName } : null,
      movement: movement?.name ?? null,
      baseUrl,
    }),
  );
}
