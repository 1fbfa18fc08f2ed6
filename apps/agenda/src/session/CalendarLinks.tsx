import type { ThemeView } from '../api/api-types';
import { SubscribeLink } from '../common/SubscribeLink';
import { texts } from '../texts';
import { feedPaths } from '@jamsessie/domain';

/** Props of {@link CalendarLinks}. */
export type CalendarLinksProps = {
  sessionSlug: string;
  series: { slug: string; title: string } | null;
  themes: readonly ThemeView[];
};

/** "Zet in je agenda": this session as an .ics file, and subscriptions to its series and themes. */
export function CalendarLinks({ sessionSlug, series, themes }: CalendarLinksProps) {
  return (
    <section className="panel" aria-labelledby="agenda-titel">
      <h2 id="agenda-titel" className="panel__title">
        {texts.session.calendarTitle}
      </h2>
      <p>
        <a className="button button--block" href={feedPaths.session(sessionSlug)} download>
          {texts.session.calendarOne}
        </a>
      </p>
      <p className="panel__hint">{texts.session.calendarHint}</p>
      {series ? (
        <SubscribeLink
          path={feedPaths.series(series.slug)}
          label={texts.session.calendarSeries(series.title)}
        />
      ) : null}
      {themes.map((theme) => (
        <SubscribeLink
          key={theme.slug}
          path={feedPaths.theme(theme.slug)}
          label={texts.session.calendarTheme(theme.label)}
        />
      ))}
    </section>
  );
}
