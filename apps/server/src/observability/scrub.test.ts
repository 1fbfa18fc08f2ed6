import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { routeLabel } from './route-label.js';
import { scrub, serializeError } from './scrub.js';

describe('what logs may show', () => {
  it('takes addresses and links out of foreign texts', () => {
    expect(scrub('Key (email)=(a.b@zorg.example) at https://meet.example/x?y=1 ok')).toBe(
      'Key (email)=([e-mail]) at [url] ok',
    );
    const error = Object.assign(new Error('mislukt voor a@b.nl'), {
      code: '23505',
      detail: 'a@b.nl',
    });
    expect(serializeError(error)).toMatchObject({
      type: 'Error',
      code: '23505',
      message: 'mislukt voor [e-mail]',
    });
    expect(JSON.stringify(serializeError(error))).not.toContain('a@b.nl');
  });

  it('names routes without slugs or tokens', () => {
    expect(routeLabel('/downloads/reeks/zorg/schema.pdf')).toBe('/downloads');
    expect(routeLabel('/abonnement/bevestigen')).toBe('/abonnement');
    expect(routeLabel('/agenda.ics')).toBe('/agenda.ics');
    expect(routeLabel('/wp-login.php')).toBe('other');
  });

  it('writes short lines for a person, errors to stderr', () => {
    const out: string[] = [];
    const err: string[] = [];
    const logger = createLogger({
      level: 'info',
      format: 'pretty',
      out: { write: (line: string) => out.push(line) },
      err: { write: (line: string) => err.push(line) },
    });
    logger.info('Jamsessie draait');
    logger.request?.({ requestId: 'x', method: 'GET', route: '/healthz', status: 200, ms: 3 });
    logger.error('mislukt');
    expect(out).toEqual(['Jamsessie draait\n', 'GET /healthz 200 3 ms\n']);
    expect(err).toEqual(['mislukt\n']);
  });
});
