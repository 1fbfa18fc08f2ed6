import { z } from 'zod';
import { Id, Slug, Version, optionalText, requiredText } from '../shared/index.js';

/**
 * A theme ("thema"): a series' session theme such as "Open deuren", or a site theme such as
 * "Zorgzame gemeenschappen" used to tag reports.
 *
 * @example Theme.parse({ id, slug: 'open-deuren', label: 'Open deuren', version: 1 })
 */
export const Theme = z.object({
  id: Id,
  slug: Slug,
  label: requiredText(200),
  description: optionalText(2000).optional(),
  version: Version,
});
/** A theme. */
export type Theme = z.infer<typeof Theme>;
/** Theme create input. */
export const ThemeInput = Theme.omit({ id: true, version: true });
/** Theme create input. */
export type ThemeInput = z.infer<typeof ThemeInput>;
/** A partial update of a theme with the version it was based on. */
export const ThemeUpdate = ThemeInput.partial().extend({ id: Id, version: Version });
/** Theme update input. */
export type ThemeUpdate = z.infer<typeof ThemeUpdate>;

/**
 * A keyword ("trefwoord") on reports: Behandelaars, Buurtbewoners, zeggenschap, ….
 *
 * @example Keyword.parse({ id, slug: 'buurtbewoners', label: 'Buurtbewoners', version: 1 })
 */
export const Keyword = z.object({
  id: Id,
  slug: Slug,
  label: requiredText(100),
  version: Version,
});
/** A keyword. */
export type Keyword = z.infer<typeof Keyword>;
/** Keyword create input. */
export const KeywordInput = Keyword.omit({ id: true, version: true });
/** Keyword create input. */
export type KeywordInput = z.infer<typeof KeywordInput>;
/** A partial update of a keyword with the version it was based on. */
export const KeywordUpdate = KeywordInput.partial().extend({ id: Id, version: Version });
/** Keyword update input. */
export type KeywordUpdate = z.infer<typeof KeywordUpdate>;
