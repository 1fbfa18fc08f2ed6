import { toPublicSeries, type Series } from '@jamsessie/domain';

/** The public facts of a series: never its link or eligibility rules. */
export type PublicSeriesSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  documents: Series['documents'];
  linkOnRequest: boolean;
};

/**
 * Projects a series for the public through the domain's `toPublicSeries` (the link removed,
 * also from texts), then keeps only what a visitor needs: the eligibility rules (e-mail
 * domains) and planning internals stay inside.
 *
 * @example toPublicSeriesSummary(series) // { slug: 'jamsessies-vvlg', linkOnRequest: true, … }
 */
export function toPublicSeriesSummary(series: Series): PublicSeriesSummary {
  const open = toPublicSeries(series);
  return {
    id: open.id,
    slug: open.slug,
    title: open.title,
    description: open.description,
    documents: open.documents,
    linkOnRequest: open.linkOnRequest,
  };
}
