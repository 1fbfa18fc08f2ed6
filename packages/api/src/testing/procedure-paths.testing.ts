import type { AnyProcedure, AnyRouter } from '@trpc/server';
import { appRouter } from '../root.js';

/** One procedure of the router tree, with its dotted path and type. */
export type ProcedureEntry = { path: string; type: 'query' | 'mutation' | 'subscription' };

/**
 * Every procedure of a router, generated from `_def.procedures` so tests that loop over it
 * cover procedures added later without being edited.
 */
export function procedureEntries(router: AnyRouter = appRouter): ProcedureEntry[] {
  const procedures = router._def.procedures as Record<string, AnyProcedure>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Calls a procedure of a caller by dotted path, e.g. `invoke(caller, 'admin.sessions.list', {})`.
 */
export function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split('.')) {
    target = (target as Record<string, unknown>)[part];
  }
  return (target as (input: unknown) => Promise<unknown>)(input);
}
