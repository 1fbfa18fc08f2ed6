import {
  findSeriesById,
  findSeriesBySlug,
  findThemeBySlug,
  listMovements,
  listThemes,
  type SubscriptionTargetKind,
  type Executor,
} from '@jamsessie/db';
import type { SubscriptionTarget } from '@jamsessie/domain';
import { describeTarget, type TargetDescription } from '../mail/templates/mail-footer.template.js';

/** A target found in the database, with its Dutch description. */
export type ResolvedTarget = {
  kind: SubscriptionTargetKind;
  id: string | null;
  description: TargetDescription;
};

/**
 * Finds the target a visitor asked for, or undefined for an unknown slug (themes and
 * series are public, so saying "unknown" reveals nothing about anyone).
 *
 * @example await resolveTarget(db, { kind: 'theme', slug: 'open-deuren' }) // { kind: 'theme', id, description }
 */
export async function resolveTarget(
  db: Executor,
  target: SubscriptionTarget,
): Promise<ResolvedTarget | undefined> {
  switch (target.kind) {
    case 'theme': {
      const theme = await findThemeBySlug(db, target.slug);
      return (
        theme && { kind: 'theme', id: theme.id, description: describeTarget('theme', theme.label) }
      );
    }
    case 'series': {
      const series = await findSeriesBySlug(db, target.slug);
      return (
        series && {
          kind: 'series',
          id: series.id,
          description: describeTarget('series', series.title),
        }
      );
    }
    case 'week':
      return { kind: 'week', id: null, description: describeTarget('week', null) };
  }
}

/**
 * Describes a stored target (kind and id) in Dutch, for the footer of a message.
 *
 * @example await describeStoredTarget(db, 'theme', themeId) // { phrase: 'het thema ‘Open deuren’' }
 */
export async function describeStoredTarget(
  db: Executor,
  kind: SubscriptionTargetKind,
  id: string | null,
): Promise<TargetDescription> {
  if (kind === 'theme') {
    const theme = (await listThemes(db)).find((t) => t.id === id);
    return describeTarget('theme', theme?.label ?? 'onbekend');
  }
  if (kind === 'series') {
    const series = id ? await findSeriesById(db, id) : undefined;
    return describeTarget('series', series?.title ?? 'onbekend');
  }
  if (kind === 'movement') {
    const movement = (await listMovements(db)).find((m) => m.id === id);
    return describeTarget('movement', movement?.name ?? 'Radicale vernieuwing');
  }
  return describeTarget(kind, null);
}
