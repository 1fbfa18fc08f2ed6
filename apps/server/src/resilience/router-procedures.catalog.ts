import { appRouter } from '@jamsessie/api';
import type { AnyProcedure, AnyRouter } from '@trpc/server';
import { z } from 'zod';
import type { ProcedureKind } from './trpc-http.client.js';

/** Who may call a procedure, read from where it sits in the router tree. */
export type ProcedureAccess = 'public' | 'participant' | 'coordinator' | 'admin';

/** One procedure of the router, as the resilience tests see it. */
export type ProcedureInfo = {
  /** Dotted path, e.g. 'admin.sessions.update'. */
  readonly path: string;
  readonly kind: ProcedureKind;
  readonly access: ProcedureAccess;
  /** Its input as JSON Schema (input side), or null when it takes no input. */
  readonly inputSchema: JsonSchema | null;
};

/** The subset of JSON Schema that zod's `toJSONSchema` produces for our inputs. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

/**
 * The access rule of the router's layout: `admin.accounts.*` needs an admin, everything
 * else under `admin.*` a coordinator (or admin), `participant.mine.*` a participant signed in
 * to their own page by link, and everything else is public.
 *
 * @example accessOf('admin.accounts.create') // 'admin'
 */
export function accessOf(path: string): ProcedureAccess {
  if (path.startsWith('participant.mine.')) return 'participant';
  if (path.startsWith('admin.accounts.')) return 'admin';
  if (path.startsWith('admin.')) return 'coordinator';
  return 'public';
}

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

function inputSchemaOf(procedure: AnyProcedure): JsonSchema | null {
  const inputs = (procedure._def as { inputs?: unknown[] }).inputs ?? [];
  const first = inputs[0];
  if (!isZodSchema(first)) return inputs.length === 0 ? null : {};
  return z.toJSONSchema(first, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * Every procedure of the router, generated from `_def.procedures`, so a procedure added
 * later is fuzzed, crawled and put in the authorisation matrix without editing a test.
 *
 * @example routerProcedures().filter((p) => p.access === 'public')
 */
export function routerProcedures(router: AnyRouter = appRouter): ProcedureInfo[] {
  const procedures = router._def.procedures as Record<string, AnyProcedure>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({
      path,
      kind: procedure._def.type,
      access: accessOf(path),
      inputSchema: inputSchemaOf(procedure),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
