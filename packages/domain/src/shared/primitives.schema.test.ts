import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Email,
  HttpsUrl,
  Id,
  Instant,
  LocalDate,
  LocalTime,
  Slug,
  Version,
} from './primitives.schema.js';
import { dutchErrorMap, fieldErrors, formatZodIssues, parseDutch } from './dutch-messages.js';

describe('primitives', () => {
  it('accepts and normalises valid values', () => {
    expect(Id.safeParse('8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f').success).toBe(true);
    expect(Slug.parse('open-deuren')).toBe('open-deuren');
    expect(Instant.parse('2025-03-03T13:00:00+01:00')).toBe('2025-03-03T12:00:00.000Z');
    expect(Instant.parse('2025-03-03T12:00:00Z')).toBe('2025-03-03T12:00:00.000Z');
    expect(LocalDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(LocalTime.parse('13:00')).toBe('13:00');
    expect(Email.parse('  Iemand@Zorg.NL ')).toBe('iemand@zorg.nl');
    expect(HttpsUrl.parse('https://zoom.us/j/123?pwd=x')).toBe('https://zoom.us/j/123?pwd=x');
    expect(Version.parse(1)).toBe(1);
  });
  it('refuses invalid values with Dutch messages', () => {
    const msg = (s: z.ZodType, v: unknown) => s.safeParse(v).error?.issues[0]?.message;
    expect(msg(Slug, 'Open Deuren')).toMatch(/kleine letters/);
    expect(msg(Slug, 'a'.repeat(81))).toMatch(/80 tekens/);
    expect(msg(LocalDate, '2025-02-29')).toBe('Deze datum bestaat niet.');
    expect(msg(LocalDate, '3-3-2025')).toMatch(/JJJJ-MM-DD/);
    expect(msg(LocalTime, '24:00')).toMatch(/UU:MM/);
    expect(msg(Email, 'geen-adres')).toBe('Vul een geldig e-mailadres in.');
    expect(msg(HttpsUrl, 'http://zoom.us/j/1')).toMatch(/https/);
    expect(msg(HttpsUrl, 'javascript:alert(1)')).toMatch(/https/);
    expect(msg(Version, 0)).toBe('Een versie begint bij 1.');
    expect(msg(Id, 'x')).toBe('Ongeldige id.');
    expect(msg(Instant, '2025-03-03')).toMatch(/tijdstip/);
  });
});

describe('Dutch messages', () => {
  const Form = z.object({
    title: z.string().min(1),
    count: z.number().max(3),
    kind: z.enum(['a', 'b']),
    nested: z.object({ when: LocalDate }),
  });
  it('gives a readable Dutch message per field without global configuration', () => {
    const parsed = Form.safeParse(
      { title: '', count: 5, kind: 'c', nested: { when: 'x' } },
      { error: dutchErrorMap },
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldErrors(parsed.error)).toEqual({
      title: 'Dit veld mag niet leeg zijn.',
      count: 'Mag hoogstens 3 zijn.',
      kind: 'Kies een van: a, b.',
      'nested.when': 'Vul een datum in als JJJJ-MM-DD.',
    });
    expect(formatZodIssues(parsed.error)[0]).toEqual({
      path: 'title',
      message: 'Dit veld mag niet leeg zijn.',
    });
  });
  it('says a missing field is required', () => {
    const r = parseDutch(z.object({ count: z.number() }), {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION.INVALID');
    expect(r.error.details?.fields).toEqual({ count: 'Dit veld is verplicht.' });
  });
  it('does not change zod globally on import', () => {
    const english = z.string().safeParse(1).error?.issues[0]?.message;
    expect(english).toMatch(/expected string/i);
  });
});
