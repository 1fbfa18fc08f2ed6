import { createTestDatabase, databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context.js';
import { audit } from './audit.js';

describe.each(databaseKindsUnderTest())('audit on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('writes who did what in the transaction, masking secret-looking details', async () => {
    const account = await handle.db
      .insertInto('coordinator_account')
      .values({ email: 'c@beweging.example', display_name: 'C', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ctx = createContextInner({
      db: handle.db,
      user: { id: account.id, email: 'c@beweging.example', displayName: 'C', role: 'coordinator' },
      now: () => new Date('2025-03-03T12:30:00.000Z'),
      baseUrl: 'https://jamsessie.test',
    });
    await handle.db.transaction().execute((tx) =>
      audit(ctx, tx, {
        action: 'series.update',
        entity: 'series',
        entityId: 'abc',
        details: { changed: ['title'], meetingLink: 'https://zoom.example/j/1', password: 'p' },
      }),
    );
    // A rolled-back mutation leaves no audit entry behind.
    await expect(
      handle.db.transaction().execute(async (tx) => {
        await audit(ctx, tx, { action: 'series.delete', entity: 'series', entityId: 'abc' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');

    const rows = await handle.db.selectFrom('audit_log').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: account.id,
      action: 'series.update',
      entity: 'series',
      entity_id: 'abc',
      at: '2025-03-03T12:30:00.000Z',
      details: { changed: ['title'], meetingLink: '[verborgen]', password: '[verborgen]' },
    });
  });
});
