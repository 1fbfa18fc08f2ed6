import { sql, type Kysely } from 'kysely';

// Runs stored before the step protocol kept unsent note text (`drafts`) and closing-round
// reactions (`reactions`) get both as empty lists, so every stored state has the shape the
// domain's reducer expects. Existing values win (`||` keeps the right-hand side).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update protocol_run
    set state = jsonb_build_object('drafts', '[]'::jsonb, 'reactions', '[]'::jsonb) || state
    where not (state ? 'drafts' and state ? 'reactions')`.execute(db);
}

// Going back keeps the words: unsent text becomes ordinary notes before the keys go.
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update protocol_run
    set state = jsonb_set(
      state - 'drafts' - 'reactions',
      '{notes}',
      coalesce(state -> 'notes', '[]'::jsonb) || coalesce(state -> 'drafts', '[]'::jsonb)
    )
    where state ? 'drafts' or state ? 'reactions'`.execute(db);
}
