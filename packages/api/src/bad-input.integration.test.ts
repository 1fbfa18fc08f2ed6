import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from './error-formatter.js';
import { callerFor, openSeededDatabase } from './testing/api-harness.testing.js';
import { invoke } from './testing/procedure-paths.testing.js';

const long = (n: number) => 'x'.repeat(n);

/** [procedure, input, fields that must carry a Dutch message] */
const badInputs: [string, unknown, string[]][] = [
  [
    'forms.requestLink',
    { email: `${long(10_000)}@delinde.example`, seriesSlug: 'jamsessies-vvlg' },
    ['email'],
  ],
  [
    'forms.requestLink',
    { email: "a@b.nl'; DROP TABLE person; --", seriesSlug: 'jamsessies-vvlg' },
    ['email'],
  ],
  ['forms.requestLink', { email: 42, seriesSlug: null }, ['email', 'seriesSlug']],
  ['forms.requestLink', { email: 'a@delinde.example', seriesSlug: "x' OR '1'='1" }, ['seriesSlug']],
  ['forms.requestLink', undefined, ['']],
  [
    'forms.bringDilemma',
    { sessionSlug: '<script>alert(1)</script>', text: long(5000) },
    ['sessionSlug', 'text'],
  ],
  [
    'forms.bringDilemma',
    {
      sessionSlug: 'jamsessie',
      text: 'Een redelijke vraag hier.',
      followUpQuestions: ['a', 'b', 'c', 'd', 'e', 'f'],
    },
    ['followUpQuestions'],
  ],
  [
    'forms.bringDilemma',
    {
      sessionSlug: 'jamsessie',
      text: 'Een redelijke vraag hier.',
      ownerEmail: '<img src=x onerror=alert(1)>',
    },
    ['ownerEmail'],
  ],
  [
    'forms.bringDilemma',
    { sessionSlug: 'jamsessie', text: 'Een redelijke vraag hier.', consent: 'openbaar' },
    ['consent'],
  ],
  ['agenda.list', { pageSize: 10_000 }, ['pageSize']],
  ['agenda.list', { year: 'tweeduizend', page: -1 }, ['year', 'page']],
  ['agenda.list', { theme: "open-deuren' OR 1=1 --", kind: 'feest' }, ['theme', 'kind']],
  ['agenda.list', { when: 'altijd', programmeKind: 'feestje' }, ['when', 'programmeKind']],
  ['agenda.session', { slug: '../../etc/passwd' }, ['slug']],
  ['reports.list', { q: long(1000) }, ['q']],
  ['reports.bySlug', { slug: { $ne: null } }, ['slug']],
  ['auth.login', { email: [], password: {} }, ['email', 'password']],
  ['auth.login', { email: 'a@b.nl', password: long(5000) }, ['password']],
  ['catalogue.participants', { movement: 'Zorg & Welzijn' }, ['movement']],
  ['week.edition', { year: 1850 }, ['year']],
];

const englishWords = /\b(invalid|expected|required|received|must|string|number|too (big|small))\b/i;

async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not like 'kysely_%'
    order by table_name`.execute(handle.db);
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const result = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table_name)}`.execute(handle.db);
    counts[table_name] = result.rows[0]?.n ?? -1;
  }
  return counts;
}

describe.each(databaseKindsUnderTest())('bad input on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('is refused with BAD_REQUEST and Dutch field errors, leaving every table unchanged', async () => {
    const before = await rowCounts(handle);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    const caller = callerFor(handle.db, { clientKey: 'bad-input' });
    for (const [path, input, fields] of badInputs) {
      const error = await invoke(caller, path, input).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${path} ${JSON.stringify(input)?.slice(0, 80)}`).toBeInstanceOf(TRPCError);
      const trpcError = error as TRPCError;
      expect(trpcError.code, path).toBe('BAD_REQUEST');
      const { message, extra } = describeError(trpcError, false);
      expect(message).toBe('Niet alle velden zijn goed ingevuld.');
      for (const field of fields) {
        expect(extra.fieldErrors[field], `${path}: ${field}`).toEqual(expect.any(String));
        expect(extra.fieldErrors[field], `${path}: ${field}`).not.toMatch(englishWords);
      }
      expect(JSON.stringify(extra)).not.toContain('<script>');
    }
    expect(await rowCounts(handle)).toEqual(before);
  });
});
