import type { Executor } from './repository.helpers.js';

/**
 * Gives an address a new personal feed token (by its hash), replacing any earlier one, so the
 * old address stops working in the same statement.
 *
 * @example await replacePersonalFeed(tx, { email: 'fenna@zorg.example', tokenHash });
 */
export async function replacePersonalFeed(
  db: Executor,
  feed: { email: string; tokenHash: string },
): Promise<{ createdAt: string }> {
  const row = await db
    .insertInto('personal_feed')
    .values({ email: feed.email, token_hash: feed.tokenHash })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet((eb) => ({
        token_hash: eb.ref('excluded.token_hash'),
        created_at: eb.ref('excluded.created_at'),
      })),
    )
    .returning('created_at')
    .executeTakeFirstOrThrow();
  return { createdAt: row.created_at };
}

/** Ends an address's personal feed (its address answers 404 from now on). */
export async function deletePersonalFeed(db: Executor, email: string): Promise<boolean> {
  const result = await db.deleteFrom('personal_feed').where('email', '=', email).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Since when the address has its current personal feed, or undefined when it has none. */
export async function findPersonalFeedOf(
  db: Executor,
  email: string,
): Promise<{ createdAt: string } | undefined> {
  const row = await db
    .selectFrom('personal_feed')
    .select('created_at')
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { createdAt: row.created_at };
}

/**
 * The address whose feed has this token hash, or undefined. PRIVATE: the server's personal
 * feed route only.
 */
export async function findPersonalFeedEmail(
  db: Executor,
  tokenHash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('personal_feed')
    .select('email')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.email;
}
