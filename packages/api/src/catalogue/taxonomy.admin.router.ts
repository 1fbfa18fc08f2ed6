import { randomUUID } from 'node:crypto';
import {
  findKeywordById,
  findThemeById,
  insertKeyword,
  insertTheme,
  listKeywords,
  listThemes,
  updateKeyword,
  updateTheme,
  deleteKeyword,
  deleteTheme,
  keywordUsage,
  themeUsage,
  type Usage,
} from '@jamsessie/db';
import {
  Keyword,
  KeywordInput,
  KeywordUpdate,
  sortByLabel,
  Theme,
  ThemeInput,
  ThemeUpdate,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import { withLinkWarning } from '../privacy/link-warning.js';
import { coordinatorProcedure, router } from '../trpc.js';
import {
  changedKeys,
  expectVersion,
  found,
  givenFields,
  refuse,
  saved,
  finishDelete,
} from '../shared/admin.helpers.js';

const THEME_NOT_FOUND = 'Dit thema bestaat niet (meer).';
const KEYWORD_NOT_FOUND = 'Dit trefwoord bestaat niet (meer).';

function refuseInUse(code: 'THEME.IN_USE' | 'KEYWORD.IN_USE', what: string, usage: Usage): void {
  const total = Object.values(usage).reduce((sum, n) => sum + n, 0);
  if (total > 0) {
    refuse(code, `Dit ${what} is nog in gebruik en kan niet worden verwijderd.`, { usage });
  }
}

/**
 * Themes and keywords (`admin.taxonomy.*`): create, rename, delete. A rename or delete carries
 * the version it started from (a stale one is refused); deleting refuses while something
 * refers to it.
 */
export const taxonomyRouter = router({
  themes: router({
    list: coordinatorProcedure.query(async ({ ctx }) => {
      const themes = sortByLabel(await listThemes(ctx.db));
      return Promise.all(
        themes.map(async (t) => ({ ...t, usage: await themeUsage(ctx.db, t.id) })),
      );
    }),
    create: coordinatorProcedure.input(ThemeInput).mutation(async ({ ctx, input }) =>
      withLinkWarning(
        ctx.db,
        input,
        await ctx.db.transaction().execute(async (tx) => {
          const theme = saved(await insertTheme(tx, { ...input, id: randomUUID() }));
          await audit(ctx, tx, {
            action: 'theme.create',
            entity: 'theme',
            entityId: theme.id,
            details: { slug: theme.slug },
          });
          return theme;
        }),
      ),
    ),
    update: coordinatorProcedure.input(ThemeUpdate).mutation(async ({ ctx, input }) =>
      withLinkWarning(
        ctx.db,
        input,
        await ctx.db.transaction().execute(async (tx) => {
          const current = found(await findThemeById(tx, input.id), 'THEME', THEME_NOT_FOUND);
          expectVersion('theme', current, input.version);
          const next: Theme = { ...current, ...givenFields(input), version: input.version };
          const theme = saved(await updateTheme(tx, next));
          await audit(ctx, tx, {
            action: 'theme.update',
            entity: 'theme',
            entityId: theme.id,
            details: { changed: changedKeys(current, { ...next, version: current.version }) },
          });
          return theme;
        }),
      ),
    ),
    delete: coordinatorProcedure
      .input(Theme.pick({ id: true, version: true }))
      .mutation(({ ctx, input }) =>
        ctx.db.transaction().execute(async (tx) => {
          refuseInUse('THEME.IN_USE', 'thema', await themeUsage(tx, input.id));
          return finishDelete(ctx, tx, await deleteTheme(tx, input.id, input.version), {
            entity: 'theme',
            id: input.id,
            version: input.version,
            notFoundMessage: THEME_NOT_FOUND,
          });
        }),
      ),
  }),

  keywords: router({
    list: coordinatorProcedure.query(async ({ ctx }) => {
      const keywords = sortByLabel(await listKeywords(ctx.db));
      return Promise.all(
        keywords.map(async (k) => ({ ...k, usage: await keywordUsage(ctx.db, k.id) })),
      );
    }),
    create: coordinatorProcedure.input(KeywordInput).mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const keyword = saved(await insertKeyword(tx, { ...input, id: randomUUID() }));
        await audit(ctx, tx, {
          action: 'keyword.create',
          entity: 'keyword',
          entityId: keyword.id,
          details: { slug: keyword.slug },
        });
        return keyword;
      }),
    ),
    update: coordinatorProcedure.input(KeywordUpdate).mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const current = found(await findKeywordById(tx, input.id), 'KEYWORD', KEYWORD_NOT_FOUND);
        expectVersion('keyword', current, input.version);
        const next: Keyword = { ...current, ...givenFields(input), version: input.version };
        const keyword = saved(await updateKeyword(tx, next));
        await audit(ctx, tx, {
          action: 'keyword.update',
          entity: 'keyword',
          entityId: keyword.id,
          details: { changed: changedKeys(current, { ...next, version: current.version }) },
        });
        return keyword;
      }),
    ),
    delete: coordinatorProcedure
      .input(Keyword.pick({ id: true, version: true }))
      .mutation(({ ctx, input }) =>
        ctx.db.transaction().execute(async (tx) => {
          refuseInUse('KEYWORD.IN_USE', 'trefwoord', await keywordUsage(tx, input.id));
          return finishDelete(ctx, tx, await deleteKeyword(tx, input.id, input.version), {
            entity: 'keyword',
            id: input.id,
            version: input.version,
            notFoundMessage: KEYWORD_NOT_FOUND,
          });
        }),
      ),
  }),
});
