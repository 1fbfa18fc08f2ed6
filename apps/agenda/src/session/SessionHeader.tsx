import { formatSessionTime, sessionKindLabels } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import type { SessionOutput, ThemeView } from '../api/api-types';
import { CancelledMarker, OnlineMarker, Tag } from '../common/Markers';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** Props of {@link SessionHeader}. */
export type SessionHeaderProps = {
  session: SessionOutput['session'];
  series: SessionOutput['series'];
  themes: readonly ThemeView[];
  past: boolean;
  /** Whether the page offers the link form (a jump link then leads to it). */
  joinable: boolean;
  /** Whether the page shows a report (the notice of a past session then points to it). */
  hasReport?: boolean;
};

/** The top of a session page: breadcrumb, title, when, online marker, themes and status. */
export function SessionHeader({
  session,
  series,
  themes,
  past,
  joinable,
  hasReport = false,
}: SessionHeaderProps) {
  const cancelled = session.status === 'cancelled';
  return (
    <div className="page-intro">
      <nav aria-label={texts.common.breadcrumbLabel} className="breadcrumb">
        <Link href={paths.agenda()}>{texts.site.nav.agenda}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{session.title}</span>
      </nav>
      <p className="kicker">{series?.title ?? sessionKindLabels[session.kind]}</p>
      <h1 className={cancelled ? 'is-cancelled' : undefined}>{session.title}</h1>
      <dl className="facts">
        <div>
          <dt>{texts.common.time}</dt>
          <dd>
            <time dateTime={session.startsAt}>
              {formatSessionTime(session.startsAt, session.endsAt)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{texts.common.location}</dt>
          <dd className="facts__where">
            {session.online ? <OnlineMarker /> : null}
            {session.location ? <span>{session.location}</span> : null}
          </dd>
        </div>
        {themes.length > 0 ? (
          <div>
            <dt>{themes.length === 1 ? texts.common.theme : texts.common.themes}</dt>
            <dd className="facts__tags">
              {themes.map((theme) => (
                <Tag key={theme.id}>{theme.label}</Tag>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {joinable ? (
        <a className="button join-link" href="#meedoen">
          {texts.session.joinJump}
        </a>
      ) : null}
      {cancelled ? (
        <div className="notice notice--cancelled" role="note">
          <h2 className="notice__title">{texts.session.cancelledTitle}</h2>
          <CancelledMarker reason={session.cancellationReason} />
        </div>
      ) : past ? (
        <p className="notice notice--info">
          {texts.session.pastNotice}
          {hasReport ? (
            <>
              {' '}
              <a href="#verslag">{texts.session.pastReportJump}</a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
