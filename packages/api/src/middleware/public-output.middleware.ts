import { filterDeep, publicLinkFilter } from '../privacy/public-link-filter.js';
import { t } from '../trpc-core.js';

/**
 * Where a public answer leaves: its output, deep, and the message of its error, are run
 * through the filter of ALL meeting links (and their IDs and passcodes). Every public
 * procedure is built on this, so a new field or a new procedure cannot be forgotten.
 *
 * @example const publicProcedure = t.procedure.use(filterPublicOutput);
 */
export const filterPublicOutput = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  // An answer never leaves unfiltered: if the links cannot be read, the call fails.
  if (result.ok)
    return { ...result, data: filterDeep(result.data, await publicLinkFilter(ctx.db)) };
  // A refusal keeps its own code (a database that is down stays a 503): its message is
  // filtered when the links can be read; our messages are fixed Dutch texts otherwise.
  const filter = await publicLinkFilter(ctx.db).catch(() => null);
  if (filter) result.error.message = filter.redact(result.error.message);
  return result;
});
