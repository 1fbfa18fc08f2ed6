import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { Email, Slug } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContextInner, type Db } from './context.js';
import {
  DUTCH_ERROR_MESSAGES,
  SERVICE_UNAVAILABLE_MESSAGE,
  describeError,
  formatErrorShape,
} from './error-formatter.js';
import { toTRPCError } from './errors.js';
import { coordinatorProcedure, publicProcedure, router } from './trpc.js';

const testRouter = router({
  echo: publicProcedure
    .input(z.object({ email: Email, slug: Slug }))
    .mutation(({ input }) => input),
  refuse: publicProcedure.query(() => {
    throw toTRPCError({
      code: 'REPORT.CONSENT_MISSING',
      message: 'Voor dit citaat ontbreekt toestemming.',
      details: { reactionIds: ['r1'] },
    });
  }),
  secret: coordinatorProcedure.query(() => 'geheim'),
  find: publicProcedure.input(z.object({ slug: Slug })).query(({ input }) => input.slug),
});

async function call(path: string, init: { method: 'GET' | 'POST'; body?: unknown }) {
  return callRaw(path, {
    method: init.method,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function callRaw(
  path: string,
  init: { method: 'GET' | 'POST'; body?: string; contentType?: string },
) {
  const url = `http://localhost/trpc/${path}`;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    router: testRouter,
    req: new Request(url, {
      method: init.method,
      headers: { 'content-type': init.contentType ?? 'application/json' },
      ...(init.body === undefined ? {} : { body: init.body }),
    }),
    createContext: () =>
      createContextInner({ db: {} as Db, user: null, baseUrl: 'http://localhost' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      error: { message: string; data: Record<string, unknown> };
    },
  };
}

describe('error formatter over HTTP', () => {
  it('turns zod input errors into Dutch fieldErrors with BAD_REQUEST', async () => {
    const { status, body } = await call('echo', {
      method: 'POST',
      body: { email: 'geen-adres', slug: 'Niet Goed<script>' },
    });
    expect(status).toBe(400);
    expect(body.error.message).toBe('Niet alle velden zijn goed ingevuld.');
    expect(body.error.data['code']).toBe('BAD_REQUEST');
    expect(body.error.data['fieldErrors']).toEqual({
      email: 'Vul een geldig e-mailadres in.',
      slug: 'Gebruik alleen kleine letters, cijfers en enkele streepjes (bijv. open-deuren).',
    });
    expect(body.error.data['domainCode']).toBe('VALIDATION.INVALID');
    expect(JSON.stringify(body)).not.toContain('<script>');
  });

  it('says a missing field is required, in Dutch', async () => {
    const { body } = await call('echo', { method: 'POST', body: { slug: 'open-deuren' } });
    expect(body.error.data['fieldErrors']).toEqual({ email: 'Vul een e-mailadres in.' });
  });

  it('carries the domain code and details of a refusal', async () => {
    const { status, body } = await call('refuse', { method: 'GET' });
    expect(status).toBe(412);
    expect(body.error.message).toBe('Voor dit citaat ontbreekt toestemming.');
    expect(body.error.data['domainCode']).toBe('REPORT.CONSENT_MISSING');
    expect(body.error.data['domainDetails']).toEqual({ reactionIds: ['r1'] });
    expect(body.error.data['fieldErrors']).toEqual({});
  });

  it('refuses an anonymous caller of a coordinator procedure in Dutch', async () => {
    const { status, body } = await call('secret', { method: 'GET' });
    expect(status).toBe(401);
    expect(body.error.message).toBe('Log in om verder te gaan.');
  });
});

describe("tRPC's own refusals over HTTP", () => {
  it.each([
    ['an unknown procedure', 'bestaat.niet', { method: 'GET' }, 404, 'Niet gevonden.'],
    [
      'a GET to a mutation',
      'echo?input=%7B%7D',
      { method: 'GET' },
      405,
      'Deze aanvraag wordt niet ondersteund.',
    ],
    [
      'unreadable JSON',
      'echo',
      { method: 'POST', body: '{"email":' },
      400,
      'De aanvraag kon niet worden gelezen.',
    ],
    [
      'unreadable query input',
      'find?input=%7B',
      { method: 'GET' },
      400,
      'De aanvraag kon niet worden gelezen.',
    ],
    [
      'an unknown content type',
      'echo',
      { method: 'POST', body: 'x', contentType: 'text/x-onbekend' },
      415,
      'De aanvraag heeft een vorm die de server niet kent.',
    ],
  ] as const)(
    'answers %s in Dutch, without echoing the request',
    async (_, path, init, status, message) => {
      const { status: actual, body } = await callRaw(path, init);
      expect(actual).toBe(status);
      expect(body.error.message).toBe(message);
      expect(JSON.stringify(body)).not.toMatch(
        /No procedure|Unsupported|JSON|parsable|content-type|Invalid/,
      );
    },
  );
});

describe('describeError in production', () => {
  it('hides the message of an unexpected error', () => {
    const error = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new Error('postgres://admin:geheim@db'),
    });
    const { message, extra } = describeError(error, false);
    expect(message).toBe('Er ging iets mis aan onze kant. Probeer het later opnieuw.');
    expect(message).not.toContain('geheim');
    expect(extra.domainCode).toBeNull();
  });

  it('keeps our own Dutch messages, which come with a domain code', () => {
    const error = toTRPCError({
      code: 'AUTH.FORBIDDEN',
      message: 'Hiervoor heb je beheerrechten nodig.',
    });
    expect(describeError(error, false)).toMatchObject({
      message: 'Hiervoor heb je beheerrechten nodig.',
      code: 'FORBIDDEN',
    });
  });

  it('replaces any other message by the Dutch one of its code, also in development', () => {
    const error = new TRPCError({ code: 'NOT_FOUND', message: 'No procedure found on path "x"' });
    expect(describeError(error, false).message).toBe('Niet gevonden.');
    expect(describeError(error, true).message).toBe('Niet gevonden.');
  });

  it('answers 503 with a Dutch "try later" when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: refused });
    const shape = {
      message: refused.message,
      code: -32603,
      data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, stack: 'Error\n    at x' },
    };
    const formatted = formatErrorShape(shape, error, false);
    expect(formatted.message).toBe(SERVICE_UNAVAILABLE_MESSAGE);
    expect(formatted.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503 });
    expect(JSON.stringify(formatted)).not.toMatch(/ECONNREFUSED|5432/);
  });

  it('has a Dutch message for every tRPC code', () => {
    for (const message of Object.values(DUTCH_ERROR_MESSAGES)) {
      expect(message).toMatch(/^[A-Z].+[.)]$/);
      expect(message).not.toMatch(/\b(the|request|invalid|procedure|error)\b/i);
    }
  });

  it('drops the stack trace outside development and keeps it in development', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'kapot' });
    const shape = {
      message: 'kapot',
      code: -32603,
      data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, stack: 'Error: kapot\n    at x' },
    };
    const production = formatErrorShape(shape, error, false);
    expect(production.data).not.toHaveProperty('stack');
    expect(production.message).toBe('Er ging iets mis aan onze kant. Probeer het later opnieuw.');
    expect(formatErrorShape(shape, error, true).data).toHaveProperty('stack');
  });
});
