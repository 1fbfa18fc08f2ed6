import { compileMeetingLinkFilter } from '@jamsessie/domain';
import { filterDeep } from '../privacy/public-link-filter.js';

/**
 * {@link filterDeep} against a few known links (one session's), for answers assembled before
 * they reach the public filter of `publicProcedure`, which covers ALL links.
 *
 * @example redactDeep({ intro: 'Via https://zoom.us/j/123456789' }, ['https://zoom.us/j/123456789'])
 */
export function redactDeep<T>(value: T, secrets: readonly (string | null | undefined)[]): T {
  if (!secrets.some(Boolean)) return value;
  return filterDeep(value, compileMeetingLinkFilter(secrets));
}
