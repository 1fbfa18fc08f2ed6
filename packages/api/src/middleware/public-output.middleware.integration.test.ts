import { DEMO_MEETING_LINK, databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { REDACTED_LINK } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context.js';
import { toTRPCError } from '../errors.js';
import { openSeededDatabase, TEST_BASE_URL } from '../testing/api-harness.testing.js';
import { createCallerFactory, publicProcedure, router } from '../trpc.js';

// A procedure that echoes a link in its answer and in its error, as a careless new one might.
const careless = router({
  answer: publicProcedure.query(() => ({ nested: [{ text: `Via ${DEMO_MEETING_LINK}` }] })),
  refuse: publicProcedure.query(() => {
    throw toTRPCError({ code: 'SESSION.NOT_FOUND', message: `Niet via ${DEMO_MEETING_LINK}` });
  }),
});

describe.each(databaseKindsUnderTest())('filterPublicOutput on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(() => handle.close());

  const caller = () =>
    createCallerFactory(careless)(
      createContextInner({ db: handle.db, user: null, baseUrl: TEST_BASE_URL }),
    );

  it('redacts every string of a public answer, however deep', async () => {
    expect(await caller().answer()).toEqual({ nested: [{ text: `Via ${REDACTED_LINK}` }] });
  });

  it('redacts the message of a public error', async () => {
    await expect(caller().refuse()).rejects.toThrow(`Niet via ${REDACTED_LINK}`);
  });
});
