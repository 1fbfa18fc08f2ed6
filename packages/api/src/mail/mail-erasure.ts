import { sql } from 'kysely';
import type { DbOrTx } from '../context.js';

/**
 * Part of erasing a person: removes mail not yet sent that is addressed to them or names
 * their address (a contact list queued for someone else). Sent mail is kept as the log of
 * what left the system. Run it in the erasure's transaction; afterwards, send the contact
 * lists of their sessions again if needed: the new lists no longer contain them.
 *
 * @example await forgetQueuedMail(tx, person.email) // 2
 */
export async function forgetQueuedMail(db: DbOrTx, email: string): Promise<number> {
  const address = email.trim().toLowerCase();
  if (address === '') return 0;
  // Escape LIKE's wildcards: an address may contain '_' (and, in theory, '%').
  const pattern = `%${address.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const result = await db
    .deleteFrom('email_outbox')
    .where('status', 'in', ['queued', 'failed'])
    .where((eb) =>
      eb.or([
        eb(sql`lower(recipient)`, '=', address),
        eb(sql`lower(text_body)`, 'like', pattern),
        eb(sql`lower(coalesce(html_body, ''))`, 'like', pattern),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
