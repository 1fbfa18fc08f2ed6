import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { Email, Slug } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContextInner, type Db } from './context.js';
import { describeError, formatErrorShape } from './error-formatter.js';
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
});

async function call(path: string, init: { method: 'GET' | 'POST'; body?: unknown }) {
  const url = `http://localhost/trpc/${path}`;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    router: testRouter,
    req: new Request(url, {
      method: init.method,
      headers: { 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
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

  it('keeps our own Dutch messages', () => {
    const error = new TRPCError({
      code: 'FORBIDDEN',
      message: 'Hiervoor heb je beheerrechten nodig.',
    });
    expect(describeError(error, false).message).toBe('Hiervoor heb je beheerrechten nodig.');
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
