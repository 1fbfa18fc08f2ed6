import type { ThemeView } from '../api/api-types';
import { groupByMonth } from './agenda-grouping';
import type { AgendaItem } from './agenda-items';
import { EditionCard } from './EditionCard';
import type { LinkTarget } from './link-target';
import { SessionCard } from './SessionCard';

/** Props of {@link AgendaList}. */
export type AgendaListProps = {
  items: readonly AgendaItem[];
  themes: readonly ThemeView[];
  linkTarget?: LinkTarget;
};

/**
 * The agenda grouped by month: a heading per month ('april 2025') and a card per session
 * (local programmes included) or edition, in the order given.
 */
export function AgendaList({ items, themes, linkTarget = 'self' }: AgendaListProps) {
  const labelOf = new Map(themes.map((theme) => [theme.id, theme.label]));
  return (
    <div className="agenda-list">
      {groupByMonth(items).map((group) => (
        <section key={group.key} className="month" aria-labelledby={`maand-${group.key}`}>
          <h2 className="month__title" id={`maand-${group.key}`}>
            {group.label}
          </h2>
          <ul className="month__items">
            {group.items.map((item) => (
              <li key={item.key}>
                {item.type === 'session' ? (
                  <SessionCard
                    entry={item.entry}
                    themeLabels={item.entry.themeIds.flatMap((id) => labelOf.get(id) ?? [])}
                    linkTarget={linkTarget}
                  />
                ) : (
                  <EditionCard edition={item.edition} linkTarget={linkTarget} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
