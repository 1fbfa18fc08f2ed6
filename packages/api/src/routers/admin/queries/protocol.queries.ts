import { protocolRunFromRow, type Executor, type StoredProtocolRun } from '@jamsessie/db';
import { sql } from 'kysely';

/**
 * The key under which a run's view token is kept inside the stored state (jsonb). The db
 * package has no column for it yet; the domain's reducer never reads or writes this key, and
 * the API re-attaches it after every event, so it survives every save.
 */
export const VIEW_TOKEN_KEY = 'viewToken';

/**
 * The run whose public view token is `token`, or undefined. The token is 32 random bytes
 * (base64url), so it cannot be guessed; an unknown token and no token look the same.
 *
 * @example await findRunByViewToken(db, input.token)
 */
export async function findRunByViewToken(
  db: Executor,
  token: string,
): Promise<StoredProtocolRun | undefined> {
  const row = await db
    .selectFrom('protocol_run')
    .selectAll()
    .where(sql<string>`state ->> ${VIEW_TOKEN_KEY}`, '=', token)
    .executeTakeFirst();
  return row && protocolRunFromRow(row);
}
