import type { ThemeView } from '../api/api-types';
import { SubscribeLink } from '../common/SubscribeLink';
import { texts } from '../texts';
import type { AgendaFilters } from './agenda-filters';
import { coordinatorPaths, feedPaths } from '@jamsessie/domain';

/** Props of {@link SubscribePanel}. */
export type SubscribePanelProps = {
  filters: AgendaFilters;
  themes: readonly ThemeView[];
  seriesTitle: string | null;
};

/**
 * "Altijd de actuele data in je eigen agenda": the whole agenda's feed, the feed of the
 * theme or series the visitor filtered on, and the code to show the agenda (so filtered) on
 * one's own website.
 */
export function SubscribePanel({ filters, themes, seriesTitle }: SubscribePanelProps) {
  const theme = themes.find((candidate) => candidate.slug === filters.theme);
  return (
    <aside className="panel" aria-labelledby="abonneren-titel">
      <h2 id="abonneren-titel" className="panel__title">
        {texts.agenda.subscribeTitle}
      </h2>
      <p>{texts.agenda.subscribeText}</p>
      {theme ? (
        <SubscribeLink
          path={feedPaths.theme(theme.slug)}
          label={texts.agenda.subscribeTheme(theme.label)}
        />
      ) : null}
      {filters.series ? (
        <SubscribeLink
          path={feedPaths.series(filters.series)}
          label={texts.agenda.subscribeSeries(seriesTitle ?? filters.series)}
        />
      ) : null}
      <SubscribeLink path={feedPaths.agenda()} label={texts.agenda.subscribeAll} />
      <p className="subscribe__embed">
        <a href={coordinatorPaths.embed({ theme: filters.theme, series: filters.series })}>
          {texts.agenda.embedLink}
        </a>
      </p>
    </aside>
  );
}
